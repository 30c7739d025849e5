s = '\N{NOT A NAME}'

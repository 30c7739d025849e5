# math.floor of inf and nan raises; caught inside a hot loop which goes on
import math

def run(n):
    s = 0
    over = 0
    bad = 0
    msgs = []
    for i in range(n):
        if i % 1000 == 999:
            x = math.inf if (i // 1000) % 2 == 0 else math.nan
        else:
            x = i * 0.5
        try:
            s += math.floor(x)
        except OverflowError as e:
            over += 1
            if len(msgs) < 2:
                msgs.append(str(e))
        except ValueError as e:
            bad += 1
            if len(msgs) < 2:
                msgs.append(str(e))
    return s, over, bad, msgs

print(run(12000))

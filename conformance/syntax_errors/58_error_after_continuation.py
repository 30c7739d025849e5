if x and \
   y = 1:
    pass

for start in (-3, 0, 4):
    for stop in (-5, 0, 6):
        for step in (-3, -1, 1, 2):
            r = range(start, stop, step)
            assert len(r) == len(list(r))
            print(start, stop, step, len(r), list(r))

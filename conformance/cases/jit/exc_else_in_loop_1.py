# try/except/else/finally inside a hot loop: every clause counted
def run(n):
    ok = 0
    bad = 0
    fin = 0
    s = 0
    for i in range(n):
        try:
            v = 12 // (i % 6)
        except ZeroDivisionError:
            bad += 1
        else:
            ok += 1
            s += v
        finally:
            fin += 1
    return ok, bad, fin, s

print(run(12000))

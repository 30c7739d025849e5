# RecursionError raised and caught inside a hot loop
import sys

def down(k):
    if k == 0:
        return 0
    return 1 + down(k - 1)

def run(n):
    s = 0
    errs = 0
    for i in range(n):
        try:
            s += down(i % 50 if i % 2000 else 5000)
        except RecursionError:
            errs += 1
    return s, errs

print(run(6000))

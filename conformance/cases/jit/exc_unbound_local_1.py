# a local deleted in the loop and read again: UnboundLocalError escapes
def run(n):
    t = 0
    s = 0
    for i in range(n):
        t = i
        if i == 7000:
            del t
        s += t
    return s

try:
    run(12000)
except UnboundLocalError as e:
    print(type(e).__name__)
print(run(7000))
run(12000)

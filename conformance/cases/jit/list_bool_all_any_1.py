# expect: jit
# all(flags) and any(flags) after a native loop that sets then clears flags
def run(n, clear_at):
    f = [False] * 10
    for i in range(n):
        f[i % 10] = True
        if i == clear_at:
            f[3] = False
    return f

f = run(6000, 5995)
print(all(f), any(f), f)
f = run(6000, -1)
print(all(f), any(f), sum(f))

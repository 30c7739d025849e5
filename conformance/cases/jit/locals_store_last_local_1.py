# expect: jit
# x = a op b and x += c folded into one stencil each, storing to the last
# local while the stack is empty: the cached top of the stack is that local
def run(n):
    i = 0
    m = 5
    k = 7
    while i < n:
        i += 1
        k = m + i
    return i, m, k


def run_mul(n):
    i = 0
    k = 1
    while i < n:
        i += 1
        k = i * i
    return i, k


print(run(3000))
print(run_mul(3000))

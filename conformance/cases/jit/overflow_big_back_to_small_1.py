# expect: jit
# a value oscillates across 2**63 - 1: big on odd phases, small on even ones
def run(n):
    x = 9223372036854775807 - 500
    big_iters = 0
    small_iters = 0
    mx = 0
    for i in range(n):
        if (i // 1000) % 2 == 0:
            x += 1
        else:
            x -= 1
        if x > 9223372036854775807:
            big_iters += 1
        else:
            small_iters += 1
        if x > mx:
            mx = x
    return x, big_iters, small_iters, mx

print(run(12000))
print(run(4500))

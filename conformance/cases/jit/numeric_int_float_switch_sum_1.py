# expect: jit
# int and float accumulators side by side, converted only at the end
def run(n):
    si = 0
    sf = 0.0
    for i in range(n):
        si += i % 97
        sf += (i % 97) * 1.0
        if i % 1000 == 0:
            sf -= 0.5
    return si, sf, si - sf

print(run(20000))

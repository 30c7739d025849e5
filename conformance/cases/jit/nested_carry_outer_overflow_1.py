# expect: jit
# the outer accumulator, carried natively, grows past int64 in mid-run
def run(n):
    acc = 1
    steps = 0
    for i in range(n):
        k = i % 7 + 1
        while k > 0:
            k -= 1
            steps += 1
        acc = acc * 3 + steps
    return acc, steps, i

r = run(3000)
print(r[0] % 1000000007, r[0].bit_length(), r[1], r[2])

# expect: jit
# storing with indices 2**63, -2**63 - 1 and 2**100 into a float list in a hot loop
def run(n, big):
    a = [0.0, 0.0]
    for i in range(n):
        k = big if i == 6000 else i % 2
        try:
            a[k] = a[k] + 0.25
        except IndexError as e:
            print("IndexError", e, type(k).__name__)
    return a

print(run(7000, 2 ** 63))
print(run(7000, -2 ** 63 - 1))
print(run(7000, 2 ** 100))
print(run(7000, 2 ** 63 - 1))

# expect: jit
# reading with 2**63, -2**63 and 2**100 as the index of an int list in a hot loop
def run(n, big):
    a = [1, 2, 3]
    s = 0
    for i in range(n):
        k = big if i == 5000 else i % 3
        try:
            s += a[k]
        except IndexError as e:
            print("IndexError", e, i)
    return s

print(run(7000, 2 ** 63))
print(run(7000, -2 ** 63))
print(run(7000, 2 ** 100))
print(run(7000, -2 ** 100))

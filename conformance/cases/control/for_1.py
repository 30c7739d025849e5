# for/else: else runs unless the loop was left by break
for i in range(3):
    print("i", i)
else:
    print("else ran, i =", i)
for i in range(10):
    if i == 3:
        break
else:
    print("never")
print("after break i =", i)
for x in []:
    print("never")
else:
    print("else ran on empty loop")
def first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return None
    return d
print([first_divisor(n) for n in (2, 9, 13, 35, 49)])
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
for ch in "abc":
    continue
else:
    print("else after continue, ch =", ch)

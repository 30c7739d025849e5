# augmented assignment building up values in loops
s = ""
for ch in "abc":
    s += ch.upper()
    s += "-"
print(s)
t = ()
for i in range(4):
    t += (i,)
print(t)
total = 0
for i in range(1, 101):
    total += i
print(total)
fact = 1
for i in range(1, 21):
    fact *= i
print(fact)
acc = 1.0
for _ in range(10):
    acc /= 2
print(acc)
bits = 0
for pos in (0, 3, 5):
    bits |= 1 << pos
print(bin(bits))
h = 0
for ch in "hash":
    h = (h * 31 + ord(ch)) % 1000003
print(h)
lst = []
for i in range(3):
    lst += [i] * i
print(lst)
n = 1000
while n > 1:
    n //= 3
print(n)

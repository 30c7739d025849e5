# bool operands mixed with ints in specialized int ops
acc = 0
flags = []
for i in range(200):
    a = (i % 3 == 0) if i >= 50 else i
    b = True if i % 5 == 0 else 1
    s = a + b
    p = a * b
    d = a - b
    acc += s + p + d
    flags.append(type(s).__name__)
    if i % 20 == 0 or i in (49, 50, 51):
        print(i, repr(a), repr(b), repr(s), repr(p), repr(d))
print(acc)
print(True + True, True * 1.5, 1.5 * True, False - True, True / 2, True // True, -True)
print(flags.count("int"), flags.count("bool"))

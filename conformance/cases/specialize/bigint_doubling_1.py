# repeated doubling crosses 2**31, 2**53, 2**63, 2**64 inside a specialized add
x = 1
for i in range(140):
    x = x + x
    if i in (29, 30, 31, 51, 52, 53, 61, 62, 63, 64, 65, 99, 139):
        print(i, x, x.bit_length())
while x > 1:
    x = x // 2
print(x)

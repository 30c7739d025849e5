print((1.0).hex(), (2.0).hex(), (0.5).hex(), (-1.5).hex(), (0.0).hex(), (-0.0).hex())
print((0.1).hex(), (3.0).hex(), (1e300).hex())
print((0.75).hex(), (1024.0).hex(), (-2.5e-3).hex())
print(float("inf").hex(), float("nan").hex())
for x in (1.0, 0.1, -2.5e-3, 1e300):
    print(x, x.hex())

for n in (0, 1, 10, 255, -255, 65535, 2 ** 40):
    print(format(n, "b"), format(n, "o"), format(n, "x"), format(n, "X"), format(n, "d"), format(n, "n"))
for n in (0, 10, 255, -255):
    print(format(n, "#b"), format(n, "#o"), format(n, "#x"), format(n, "#X"))
print(format(65, "c"), format(0x1F600, "c"), format(233, "c"), repr(format(10, "c")))
print(format(255, "#010x"), format(-255, "#010x"), format(5, "#06b"), format(5, "08b"))
print(format(255, "^#12X"), format(255, "*<#10o"), format(-5, "+#x"))
print(format(True, "d"), format(True, "x"), format(False, "b"), format(True))

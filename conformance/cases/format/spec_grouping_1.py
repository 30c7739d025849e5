for n in (0, 999, 1000, -1000, 1234567, -1234567890, 10 ** 20):
    print(format(n, ","), format(n, "_"))
print(format(2 ** 32, "_x"), format(2 ** 32, "_b"), format(2 ** 20, "_o"), format(0xABCDEF, "#_X"))
print(format(1234567.891, ","), format(1234567.891, ",.2f"), format(-1234.5, "_.1f"))
print(format(1234567, "012,"), format(1234567, "015,"), format(123, "08,"), format(-123, "09_"))
print(format(1234.5678, "014,.2f"), format(1e10, ",.0f"), format(123456.0, ",e"))
print(format(1234567, ">15,"), format(1234567, "*^15_d"))
print("{:,}".format(1234567), f"{9876543210:_}", f"{-1234567.5:,}")
print(format(1234567.0, ",g"), format(0.5, ","), format(12345678.9, ",.3g"))

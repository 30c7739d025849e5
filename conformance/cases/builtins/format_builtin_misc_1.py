print(format(12), format(12, "05"), format(12, "x"), format(1234567, ","), format(0.5, ".0%"), format(3.14159, ".3"))
print(format("s", "^5") + "|", format(True, ""), format(True, "d"), format(None), format(1e10, "g"), format(-1, "+"))
print(format(255, "#b"), format(2.5, "e"), format(10 ** 20, ","), format(1 / 3, ".10f"))
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)

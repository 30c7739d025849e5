print(chr(65), chr(0x1F600))
print(ord("€"), hex(ord("€")))
codes = [72, 105]
print("".join(chr(c) for c in codes))
print(chr(0x10FFFF) == "\U0010ffff")
print(chr(0x110000))

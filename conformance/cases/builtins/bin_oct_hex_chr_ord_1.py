print(bin(10), oct(10), hex(10), bin(-10), oct(-10), hex(-10), bin(0), hex(2 ** 70))
print(chr(65), chr(0x263A), ord("A"), ord("☺"), chr(ord("z")), [ord(c) for c in "AZaz09"])
print(ascii("héllo"), ascii(["ü"]), ascii(1), repr("héllo"))
print(int(bin(37), 0), int(oct(37), 0), int(hex(37), 0), int(hex(-37), 16))
for f in (lambda: bin(1.5), lambda: oct("8"), lambda: hex(None), lambda: chr(-1), lambda: ord("ab"), lambda: chr(1.5)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

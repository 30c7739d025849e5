print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"), ord("\x00"), ord("\U0010ffff"))
print(chr(97), chr(65), repr(chr(0)), chr(233), chr(8364), chr(128512), repr(chr(0x10FFFF)), repr(chr(127)))
print("".join(chr(c) for c in range(65, 91)))
print([ord(c) for c in "hi😀"], chr(ord("a") + 1))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("", "ab"):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
try:
    ord(1)
except TypeError as e:
    print("TypeError:", e)

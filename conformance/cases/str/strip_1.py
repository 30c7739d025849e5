print(repr("  x  ".strip()), repr("  x  ".lstrip()), repr("  x  ".rstrip()))
print(repr("\t\n x \r\x0b\x0c".strip()), repr("".strip()), repr("   ".strip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")))
print(repr("hello".strip("")), repr("hello".strip("helo")), repr("  x ".strip(None)))
print(repr("www.example.com".strip("cmowz.")), repr("0001200".lstrip("0")), repr("1.500".rstrip("0")))
print(repr("\u3000wide\u00a0".strip()), repr("😀x😀".strip("😀")))
try:
    "x".strip(1)
except TypeError as e:
    print("TypeError:", e)

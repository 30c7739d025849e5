print("a b  c".split(), " a b ".split(), "".split(), "   ".split())
print("a b  c".split(" "), " a b ".split(" "), "".split(" "), "a,b,,c,".split(","))
print("a\tb\nc\r\nd\x0be\x0cf".split())
print("a b c d".split(None, 1), "a b c d".split(" ", 2), "a b c".split(maxsplit=1))
print("a b c".split(maxsplit=0), "  a b c".split(maxsplit=0), "a b c".split(maxsplit=-1))
print("a::b::c".split("::"), "aaa".split("a"), "abc".split("abc"), "abc".split("abcd"))
print("1,2,3".split(sep=",", maxsplit=1))
print("  lead and trail  ".split(None, 1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("x\u3000y\u00a0z".split())

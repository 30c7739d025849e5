import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
for s in ("", "hello", "héllo wörld", "x" * 300, b"", b"bytes", bytearray(b"ba")):
    random.seed(s)
    print(repr(s)[:20], random.random(), random.randrange(1000))
random.seed("abc", version=1); print(random.random())
random.seed(b"abc", version=1); print(random.random())

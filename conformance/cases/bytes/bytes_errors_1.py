idx = 1.0
fs = [lambda: b"a" * 1.5, lambda: b"abc"[idx], lambda: bytes(-1), lambda: b"a" < "a", lambda: bytearray(b"a").pop(3),
      lambda: bytearray().pop(), lambda: bytes("x", "nope"), lambda: bytearray(b"ab").remove(99),
      lambda: b"x".decode("nope"), lambda: b"x"[5]]
for f in fs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

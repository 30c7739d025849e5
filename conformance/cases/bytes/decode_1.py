print(b"abc".decode(), b"\xc3\xa9".decode("utf-8"), b"\xf0\x9f\x98\x80".decode(), b"".decode())
print(b"\xe9".decode("latin-1"), b"abc".decode("ascii"), bytearray(b"\xe2\x82\xac").decode())
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode(errors="backslashreplace"))
print(len(b"\xc3\xa9".decode()), "é".encode().decode() == "é")
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

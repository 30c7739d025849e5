print("abc".encode(), "é".encode(), "😀".encode(), "€".encode("utf-8"), "".encode())
print("é".encode("latin-1"), "abc".encode("ascii"), "é".encode("utf-8") == b"\xc3\xa9")
print(len("😀".encode()), len("日本".encode()), type("x".encode()).__name__)
print("é😀".encode("ascii", "replace"), "é😀".encode("ascii", "ignore"), "é".encode("ascii", errors="backslashreplace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("héllo".encode().decode(), b"\xe2\x82\xac".decode())
print("A1".encode("utf-8")[0], list("hé".encode()))

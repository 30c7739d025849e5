# simple escape sequences
s = "a\nb\tc\\d\'e\"f"
print(s)
print(repr(s), len(s))
print(repr("\a\b\f\v\r"), [ord(c) for c in "\a\b\f\v\r"])
print(repr("\0"), ord("\0"), len("x\0y"))
print("\x41\x42\x43", "\x7e", repr("\x00\x1f\x7f"))
print("\101\102\103", repr("\7"), repr("\07"), repr("\007"))
print(repr("\1234"), len("\1234"))
print(repr("\x4a\x4A"), "\x61bc")
print("line1\
line2")
print(repr("\\n"), len("\\n"), repr("\\\\"))
print(repr('\r\n'), len('\r\n'))

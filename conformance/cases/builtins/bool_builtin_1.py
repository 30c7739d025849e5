for v in (0, 1, -1, 0.0, -0.0, 0.1, "", " ", "0", "False", [], [0], (), ((),), {}, {0: 0}, set(), {0}, None, range(0), range(1), b"", b"\x00", float("nan")):
    print(repr(v), bool(v))
print(bool(), bool(bool), type(bool(1)).__name__, bool(1) is True, bool(0) is False)
print(True + True, True * False, str(True), int(False), True == 1, False < True)
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError:", e)

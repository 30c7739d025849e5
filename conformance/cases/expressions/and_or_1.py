# and / or return one of their operands, not necessarily a bool
print(0 or "x", "" or 0, [] or {} or None)
print(1 and 2, 1 and 2 and 3, 1 and 0 and 3)
print("a" and "b" or "c", "" and "b" or "c")
print(None or [], [] or None, None and 1)
print(repr(0 and 1), repr("" or ""), repr(0.0 or -0.0))
print(2 or 1 / 0, 0 and 1 / 0)
print([x or "default" for x in ["", "v", None, 0, "w"]])
print([x and x * 2 for x in [0, 1, "", "s"]])
name = ""
print(name or "anonymous")
config = {"debug": 0}
print(config.get("debug") or False, config.get("missing") or "n/a")
print(type(1 and 2.0).__name__, type(0 or 0.0).__name__)
print(True and 5, False or 5, True or 5, False and 5)
print(not 5, not 0, not "", type(not 5).__name__)

print("a" in "abc", "abc" in "abc", "" in "abc", "" in "", "d" in "abc", "ac" in "abc")
print("a" not in "bcd", "😀" in "x😀y")
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z")
print("abc" == "abc", "abc" != "ABC", "a" <= "a", "b" >= "a", "😀" > "\uffff")
print(sorted(["b", "A", "a", "B", "ä", "_", "1", ""]))
print(max("hello"), min("hello"), max(["apple", "pie", "zoo"]), min("b", "ab", "abc"))
print("10" < "9", "abc" == "abc ", "a" * 3 == "aaa")
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
print("a" == 1, "1" == 1)

print("ab" * 2)
print(3 * "x")
print("-" * 0 == "")
n = 2.0
print(n, n.is_integer())
print("ab" * n)

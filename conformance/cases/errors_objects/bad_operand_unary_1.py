print(-5, -(2.5), -True)
print(+7, ~7, abs(-3))
s = "text"
print(s.upper(), len(s))
print(-s)

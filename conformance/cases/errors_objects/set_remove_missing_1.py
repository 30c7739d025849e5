s = {1, 2, 3}
s.discard(10)
s.remove(1)
print(s)
s.remove(10)

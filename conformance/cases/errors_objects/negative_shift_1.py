print(1 << 3, 16 >> 2, -16 >> 2)
print(1 << 100)
print(-1 >> 50)
n = -1
print(8 >> n)

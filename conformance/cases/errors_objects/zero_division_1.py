nums = [4, 2, 1, 0]
for n in nums:
    print("n =", n)
    print(8 // n)
print("unreachable")

# expect: jit
# a list as a default argument mutated by a hot loop across calls
def acc(n, memo=[0] * 4):
    for i in range(n):
        memo[i % 4] += i % 3
    return memo

print(acc(6000))
print(acc(6000))
print(acc(1, [9, 9, 9, 9]), acc(0))

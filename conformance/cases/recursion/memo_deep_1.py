# memoized recursion several thousand calls deep
import sys
sys.setrecursionlimit(30000)
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(100))
print(len(str(fib(5000))), fib(5000) % 1000000007)
def partitions(n, k, cache={}):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in cache:
        cache[key] = partitions(n - k, k) + partitions(n, k - 1)
    return cache[key]
print([partitions(n, n) for n in range(1, 15)])
print(partitions(200, 200))
def stairs(n, cache={}):
    if n <= 1:
        return 1
    if n not in cache:
        cache[n] = stairs(n - 1) + stairs(n - 2) + (stairs(n - 3) if n >= 3 else 0)
    return cache[n]
print(stairs(10), stairs(8000) % 998244353)

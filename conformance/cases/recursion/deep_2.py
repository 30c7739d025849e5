# deep recursion through methods, lambdas and default arguments
import sys
sys.setrecursionlimit(120000)
class Counter:
    def __init__(self):
        self.calls = 0
    def down(self, n):
        self.calls += 1
        if n > 0:
            self.down(n - 1)
        return self.calls
c = Counter()
print(c.down(60000))
fact_digits = lambda n, acc=1: acc if n <= 1 else fact_digits(n - 1, acc * n)
print(len(str(fact_digits(1000))), fact_digits(20))
def collect(n, acc=None):
    if acc is None:
        acc = []
    if n == 0:
        return acc
    acc.append(n % 7)
    return collect(n - 1, acc)
result = collect(80000)
print(len(result), sum(result), result[:7])
def nested_lists(n):
    return [] if n == 0 else [nested_lists(n - 1)]
def measure(x):
    return 0 if not x else 1 + measure(x[0])
print(measure(nested_lists(30000)))

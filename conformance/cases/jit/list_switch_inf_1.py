# inf and -inf in a float list; inf - inf makes nan inside the hot loop
import math

def run(n):
    a = [1.0, float("inf"), -float("inf"), 0.0]
    s = 0.0
    for i in range(n):
        j = i % 4
        a[3] = a[1] + a[2] if i == 5000 else a[3]
        if not math.isnan(a[j]):
            s += a[j] * 0.0 if math.isinf(a[j]) else a[j]
    return s, a

s, a = run(8000)
print(s)
print(a)
print(a[3] == a[3], math.isnan(a[3]))

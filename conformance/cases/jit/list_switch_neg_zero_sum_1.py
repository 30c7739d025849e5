# expect: jit
# -0.0 + -0.0 stays -0.0 and -0.0 + 0.0 is 0.0 in native float adds over a list
def run(n):
    a = [-0.0] * 5
    b = [-0.0, 0.0, -0.0, 0.0, -0.0]
    s = -0.0
    t = -0.0
    for i in range(n):
        s = s + a[i % 5]
        t = t + b[i % 5] * 1.0
    return s, t

print(run(6000))
print(run(6001))

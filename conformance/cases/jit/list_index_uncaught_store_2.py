# expect: jit
# a store a[i] = i past the end inside a native loop escapes to the top level
def run(a, n):
    for i in range(n):
        a[i] = a[i - 1] + 1
    return a

a = run([0] * 6000, 6000)
print(a[:3], a[-1])
print(sum(a))
run(a, 6001)
print("not reached")

# expect: jit
# slicing, concatenation and repetition of lists written by native code
def run(n):
    a = [0] * 6
    for i in range(n):
        a[i % 6] = a[i % 6] + i % 7
    return a

a = run(6000)
print(a[1:4], a[::-2], a[-3:], a[:0])
b = a + [0.5]
print(b, a * 2 == a + a, len(a * 3))
a[2:4] = [1.5]
print(a, run(6001)[2:4])

# expect: jit
# an IndexError from a store in a hot loop escapes the function and is caught outside
def run(a, n):
    for i in range(n):
        a[-i - 1] = i * 0.5
    return a

a = [0.0] * 6000
print(run(a, 6000)[:3])
try:
    run(a, 6001)
except IndexError as e:
    print("IndexError", e)
print(a[:3], a[-3:])

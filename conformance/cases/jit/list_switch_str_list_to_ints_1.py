# expect: jit
# a list that starts with strs and is overwritten with ints inside the hot loop
def run(n):
    a = ["a", "b", "c", "d"]
    for i in range(n):
        a[i % 4] = i
    s = 0
    for i in range(n):
        s += a[i % 4]
    return s, a

print(run(7000))

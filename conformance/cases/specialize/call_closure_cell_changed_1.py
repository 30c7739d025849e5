# closures called in a hot loop; cell contents rebound via nonlocal
def make():
    k = 1
    def get(x):
        return x * k
    def set_k(v):
        nonlocal k
        k = v
    return get, set_k

get, set_k = make()
out = []
for i in range(150):
    if i == 50:
        set_k(2.5)
    if i == 100:
        set_k("s")
    out.append(get(3))
    if i % 25 == 0 or i in (49, 50, 99, 100):
        print(i, out[-1])
print(len(out))

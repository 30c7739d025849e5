# a closure reads a cell that is reassigned while the loop calls it
def make():
    k = 1
    def get(x):
        return x * k
    def set_k(v):
        nonlocal k
        k = v
    return get, set_k

def run(n):
    get, set_k = make()
    s = 0
    for i in range(n):
        if i == 4000:
            set_k(2)
        if i == 8000:
            set_k(0.5)
        s += get(i)
    return s

print(run(12000))

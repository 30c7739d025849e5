# builtin len shadowed in the module's globals mid-loop, then restored

def run(items, n):
    s = 0
    for i in range(n):
        if i == 4000:
            globals()["len"] = lambda x: 100
        if i == 8000:
            del globals()["len"]
        s += len(items)
    return s

print(run([1, 2, 3], 12000))

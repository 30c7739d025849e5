# class attribute used as a constant in a hot function, updated via type.__setattr__ / vars
class Const:
    K = 10

def compute(n):
    return n * Const.K

out = []
for i in range(150):
    if i == 50:
        type.__setattr__(Const, "K", 20)
    if i == 100:
        Const.K += 5
    out.append(compute(i))
    if i in (0, 49, 50, 51, 99, 100, 101, 149):
        print(i, out[-1], vars(Const)["K"])
print(sum(out))

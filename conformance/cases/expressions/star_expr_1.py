# starred expressions in return, for, subscripts and yield
def pack(*xs):
    return *xs, "end"
print(pack(1, 2), pack())
a = [1, 2]
for x in *a, 3:
    print("item", x)
def gen():
    yield *a, 99
print(list(gen()))
t = *a, *"bc"
print(t)
d = {"x": 1}
print([*d, *d.values()], (*d.items(),))
def first_rest(first, *rest):
    return first, rest
print(first_rest(*a, *[3]))
print(*[1, 2], *(3,), sep=",")
s = {*a, *range(3, 5)}
print(sorted(s))
class G:
    def __getitem__(self, k):
        return k
print(G()[*a, 3] if False else G()[(*a, 3)])

# walrus inside comprehensions binds in the containing function; capture a witness
def find_first_negative(values):
    if any((witness := v) < 0 for v in values):
        return witness
    return None
print(find_first_negative([3, 1, -4, -1]), find_first_negative([1, 2]))
def running_totals(values):
    total = 0
    return [total := total + v for v in values], total
print(running_totals([1, 2, 3, 4]))
def last_examined(words):
    [found for w in words if (found := w).startswith("b")]
    return found
print(last_examined(["apple", "banana", "cherry"]))
class Holder:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
print(Holder.doubled)
print([(n, r) for n in range(5) if (r := n % 3)])
def chunks(seq, size):
    out = []
    i = 0
    while (piece := seq[i:i + size]):
        out.append(piece)
        i += size
    return out
print(chunks([1, 2, 3, 4, 5], 2))
x = 0
print((x := x + 1), (x := x + 1), x)
print([y := 5, y ** 2])
def nested():
    res = [[(z := i * j) for j in range(3)] for i in range(3)]
    return res, z
print(nested())

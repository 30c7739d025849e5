# expect: jit
# nested loop over the items of tuples in a list; the outer loop also unpacks them
def inner_sum(pairs):
    s = 0
    for t in pairs:
        for v in t:
            s = (s * 31 + v) % 1000003
    return s

def unpacked(pairs):
    s = 0
    for a, b, c in pairs:
        for v in (a, c, b):
            s += v * a - c
    return s

pairs = [(i, i * i % 97, -i) for i in range(2500)]
print(inner_sum(pairs))
print(unpacked(pairs))
print(inner_sum([(), (1,), (2, 3), ()]))
mixed = [(1.5, 2, 3), (4, 5.25, 6)] * 1500
print(repr(inner_sum(mixed)), repr(unpacked(mixed)))

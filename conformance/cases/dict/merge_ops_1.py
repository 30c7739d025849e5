a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a | {}, {} | b)
c = a
c |= b
print(a, c is a)
c |= [("w", 0)]
print(c)
c |= {"x": -1}
print(c)
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    a | 1
except TypeError as e:
    print("TypeError:", e)
try:
    c |= 5
except TypeError as e:
    print("TypeError:", e)
print({**a, **b} == (a | b), {1: 1} | {1.0: 2}, {True: "t"} | {1: "one"})

import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
data = [2.5, 3.1, 4.7, 1.2, 9.9, 5.5]
mean = math.fsum(data) / len(data)
var = math.fsum((x - mean) ** 2 for x in data) / (len(data) - 1)
print(mean, var, math.sqrt(var))
print(math.isclose(math.sqrt(var) ** 2, var))
print([math.floor(x) for x in data], [math.ceil(x) for x in data])
print(math.prod(data), math.prod(data, start=0.5))

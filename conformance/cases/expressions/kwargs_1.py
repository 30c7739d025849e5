# keyword arguments bind by name in any order
def describe(name, age, city="unknown"):
    return f"{name} ({age}) from {city}"
print(describe("Ann", 30))
print(describe(age=40, name="Bob"))
print(describe("Cy", city="Oslo", age=25))
print(describe(city="Rome", age=1, name="Di"))
def collect(**kw):
    return list(kw.items())
print(collect(z=1, a=2, m=3))
print(collect())
def mixed(a, *args, b, **kw):
    return a, args, b, kw
print(mixed(1, 2, 3, b=4, c=5))
print(mixed(b="B", a="A"))
print(dict(one=1, two=2), sorted([3, 1, 2], reverse=True))
print("x".join(["a", "b"]), int("ff", base=16), round(2.675, ndigits=2))
print(sep_test := "-".join("abc"), end="!\n")
print("a", "b", sep="")
print("no newline", end="")
print(" <- continued")
print(*"ab", sep=", ", end=".\n")

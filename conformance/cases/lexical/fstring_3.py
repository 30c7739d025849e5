# self-documenting expressions with =
x = 10
name = "Bob"
print(f"{x=}")
print(f"{x = }")
print(f"{x =}", f"{x= }")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name=!r}")
print(f"{x=:>5}|")
print(f"{x*2=}", f"{x + 1 = }")
print(f"{name.upper()=}")
print(f"{3.14159=:.2f}")
print(f"{name=:^9}|")
print(f"{[1, 2]=}", f"{ x = }")
items = {'a': 1}
print(f"{items['a']=}")
print(f"{x=!a}", f"{None=}")

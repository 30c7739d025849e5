# basic f-string replacement fields
name = "Ada"
n = 3
print(f"hello {name}", F'n={n}', f'''{n}''', f"""{name}""")
print(f"{n + 1} {n * 2} {n ** 3} {-n}")
print(f"{name.upper()} {name[0]} {name[::-1]} {len(name)}")
print(f"{{literal braces}} {{{n}}} }}{{")
d = {'key': 'value', 1: 'one'}
print(f"{d['key']} {d[1]}")
print(f'{"inner double"}', f"{'inner single'}")
items = [1, 2, 3]
print(f"{items} {items[1:]} {sum(items)}")
print(f"{[x * 2 for x in items]}")
print(f"{(lambda v: v + 1)(41)}")
print(f"{n if n > 2 else 0} {'yes' if name else 'no'}")
print(f"{n}{n}{n}", f"", f"{''}")
print(f"{3.0} {None} {True} {1/3}")
print(f"{'a' 'b'}", f"{(1, 2)}", f"{n,}")
print(rf"\n{n}", fr'{name}\t', repr(f"\t{n}"))

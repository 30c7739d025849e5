x = 42
name = "Ann"
pi = 3.14159
items = [1, 2, 3]
print(f"{x}", f"{x!r}", f"{name!r}", f"{name!s}", f"{'é'!a}")
print(f"{x:5}|{x:<5}|{x:^5}|{x:05}|{x:+}|{x:x}|{x:#b}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:g} {pi:%}")
print(f"{name:>10} {name:*^9} {name:.1}")
print(f"{x + 1} {x * 2:04d} {items[1]} {items[-1] * 10} {len(items)}")
print(f"{'nested'} {'a' 'b'} {{literal}} {{{x}}}")
print(f"{x=} {pi=:.1f} {name=!s} {x + 1 = }")
print(f"{items!r:>12}", f"{str(items):>12}", f"{items}")
print(f"{x if x > 40 else 0}", f"{'yes' if not x else 'no'}", f"{[i * i for i in items]}")
d = {"k": "v"}
print(f"{d['k']}", f'{d["k"]}', f"{d}")
print(f"a" f"b{x}" "c", F"{x}", rf"\n{x}", fr"{x}\t")
print(f"""{x}
{name}""")

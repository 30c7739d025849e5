w = 10
p = 3
v = 3.14159265
for width in (6, 8, 12):
    for prec in (1, 3):
        print(f"[{v:{width}.{prec}f}]", f"[{v:>{width}.{prec}}]", f"[{'x':{'*'}^{width}}]")
fill = "-"
align = ">"
print(f"[{12345:{fill}{align}{w}}]", f"[{12345:{fill}{'<'}{w},}]")
spec = ".2e"
print(f"{v:{spec}}", f"{v:{'.' + str(p) + 'g'}}")
sign = "+"
print(f"{7:{sign}}", f"{-7:{sign}{w}}", f"{255:{'#x'}}")
print(f"{'abc':{w}}|", f"{'abc':{'>'}{w}}|", f"{123:{w}d}|")
print(f"{f'{v:.2f}':>10}|")

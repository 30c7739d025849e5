# nested replacement fields inside the format spec
value = 3.14159265
width = 12
precision = 3
print(f"[{value:{width}.{precision}f}]")
print(f"[{value:{width}}]")
print(f"[{value:.{precision}}]")
for fill, align in [('*', '<'), ('-', '^'), ('0', '>'), (' ', '=')]:
    print(f"[{-42:{fill}{align}{8}}]")
fmt = ".2e"
print(f"{value:{fmt}}")
print(f"{'text':{'>'}{width}}")
w = 5
print(f"{'ab':>{w}}|{'cd':<{w - 2}}|{'e':^{w + 2}}|")
print(f"{255:{'#x'}} {255:{'b'}}")
print(f"{1234567:{','}}")
spec = "08.3f"
print(f"{value:{spec}} {-value:{spec}}")
print(f"{value!r:>{width}}")

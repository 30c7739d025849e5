s = f"{a b}"

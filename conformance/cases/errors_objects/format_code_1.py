print(format(255, "x"), format(3.5, ".1f"))
print(f"{'text':>8}|")
print(f"{42:d}", f"{42:5d}|")
width = 6
print(f"{'text':{width}}|")
print(f"{'text':d}")

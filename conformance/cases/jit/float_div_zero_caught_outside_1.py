# true division by zero escapes the hot loop and is caught around it
def run(n, zero_at):
    s = 0.0
    i = 0
    try:
        for i in range(n):
            d = 0.0 if i == zero_at else i + 0.5
            s += 1.0 / d
    except ZeroDivisionError as e:
        return "caught", i, s, str(e)
    return "done", i, s

print(run(12000, 6000))
print(run(12000, -1))
print(run(12000, 0))

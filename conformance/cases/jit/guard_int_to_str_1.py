# a local used with + changes from int to str at iteration 5000
def run(n):
    x = 1
    acc = 0
    out = ""
    for i in range(n):
        if i == 5000:
            x = "ab"
            acc = ""
        acc = acc + x
        if i > 5000 and len(acc) > 40:
            out += acc[:3]
            acc = ""
    return len(out), out[:12], acc

print(run(12000))

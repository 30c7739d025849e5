# expect: full-stderr
# UnboundLocalError inside a nested function call
total = 10
def add(n):
    total += n
    return total
def run():
    return add(5)
print("total is", total)
print(run())

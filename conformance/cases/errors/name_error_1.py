# uncaught NameError: a name that was never defined
def compute(values):
    total = 0
    for v in values:
        total += v
    return totl_of_everything
print("computing")
print(compute([1, 2, 3]))

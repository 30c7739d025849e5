# expect: full-stderr
# a bare raise keeps the original traceback
def risky(n):
    return [1, 2, 3][n]
def wrapper(n):
    try:
        return risky(n)
    except IndexError:
        print("logging the error, then re-raising")
        raise
print(wrapper(1))
wrapper(7)

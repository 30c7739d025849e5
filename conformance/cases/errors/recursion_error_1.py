# uncaught RecursionError from recursion without a base case
def countdown(n):
    if n % 100 == 0:
        print("at", n)
    return countdown(n - 1)
print("starting")
countdown(300)

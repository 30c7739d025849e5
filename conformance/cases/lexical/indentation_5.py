print("this never runs")
def f():
        a = 1
    return a
print(f())

print("this never runs")
def f():
    return 1
if f():
print("no indent")

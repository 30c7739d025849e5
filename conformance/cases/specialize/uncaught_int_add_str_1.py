# expect: full-stderr
# uncaught TypeError when an int-specialized + receives a str
def add(a, b):
    return a + b

acc = 0
items = list(range(80)) + ["81"]
for x in items:
    acc = add(acc, x)
    if x % 20 == 0:
        print(x, acc)

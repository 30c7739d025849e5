# expect: full-stderr
# uncaught TypeError from builtin len after a module-level shadow is deleted and len(int) is called
data = [1, 2, 3]
for i in range(100):
    if i == 40:
        len = lambda x: x
        data = 5
    if i == 80:
        print("before del:", len(data))
        del len
    n = len(data)

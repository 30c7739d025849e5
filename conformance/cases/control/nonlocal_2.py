# nonlocal cells outlive the enclosing call and are shared
def accumulator():
    items = []
    size = 0
    def push(v):
        nonlocal size
        items.append(v)
        size += 1
        return size
    def snapshot():
        return list(items), size
    return push, snapshot
push, snapshot = accumulator()
push("a"); push("b")
print(snapshot())
push2, snapshot2 = accumulator()
push2("z")
print(snapshot(), snapshot2())
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
step = fib_gen()
print([step() for _ in range(10)])
def toggler():
    state = False
    def toggle():
        nonlocal state
        state = not state
        return state
    return toggle
t = toggler()
print(t(), t(), t())
def late():
    def show():
        return msg
    msg = "bound after the closure was made"
    return show
print(late()())

# closures capture mutable containers and outer parameters
def make_stack():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    def pop():
        return items.pop() if items else None
    def peek():
        return items[-1] if items else None
    return push, pop, peek
push, pop, peek = make_stack()
push(1); push(2); push(3)
print(pop(), peek(), pop(), pop(), pop())
def memo_counter():
    counts = {}
    def see(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    return see, counts
see, counts = memo_counter()
for w in "a b a c a b".split():
    see(w)
print(counts)
def outer(n):
    def middle():
        def inner():
            return n * 2
        return inner
    n += 1
    return middle()
print(outer(5)())
def make_handlers():
    handlers = {}
    for name in ["start", "stop"]:
        handlers[name] = (lambda name: lambda: "handling " + name)(name)
    return handlers
hs = make_handlers()
print(hs["start"](), hs["stop"]())
def closure_over_closure():
    x = 1
    def a():
        return x
    def b():
        return a() + 1
    return b
print(closure_over_closure()())

# a closure counter incremented in a hot loop (nonlocal)
def make_counter(start):
    c = start
    def inc(k):
        nonlocal c
        c += k
        return c
    def get():
        return c
    return inc, get

def run(n):
    inc, get = make_counter(0)
    for i in range(n):
        inc(i % 3)
    big_inc, big_get = make_counter(2 ** 63 - 6000)
    for i in range(n):
        big_inc(1)
    return get(), big_get()

print(run(12000))

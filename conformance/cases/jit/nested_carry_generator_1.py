# expect: jit
# nested loops inside a generator that yields from the outer loop
def gen(n):
    for i in range(n):
        k = i % 6
        s = 0
        while k:
            s += k * k
            k -= 1
        if i % 1000 == 999:
            yield s, i

print(list(gen(8000)))

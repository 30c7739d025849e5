# integer modulo by zero escapes after 8000 iterations
def run(n):
    s = 0
    for i in range(n):
        d = 8000 - i
        s += i % d
    return s

print(run(8000))
print(run(9000))

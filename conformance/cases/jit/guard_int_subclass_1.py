# an int subclass with its own __add__ enters a hot int loop
class Odd(int):
    def __add__(self, other):
        return Odd(int(self) + other + 1)

def run(start, n):
    x = start
    for i in range(n):
        x = x + 1
    return x, type(x).__name__

print(run(0, 12000))
print(run(Odd(0), 12000))
print(run(0, 12000))
print(run(True, 12000))

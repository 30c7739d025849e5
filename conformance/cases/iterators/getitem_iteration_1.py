class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
it = iter(Squares())
print(next(it), next(it), iter(it) is it)
for v in Squares():
    print(v, end=" ")
print()
class Infinite:
    def __getitem__(self, i):
        return i
for v in Infinite():
    if v > 3:
        break
    print("inf", v)
print(list(zip(Infinite(), "abc")))
class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStopIteration()))

# generators consumed by for loops and built-in functions
def squares(n):
    for i in range(n):
        yield i * i
for s in squares(4):
    print("square", s)
print(list(squares(5)), tuple(squares(3)), set(squares(3)))
print(sum(squares(10)), max(squares(10)), min(squares(10)))
print(sorted(squares(5), reverse=True), any(squares(1)), all(squares(1)))
print(dict(enumerate(squares(3))), list(zip(squares(3), "abc")))
print(list(map(str, squares(3))), list(filter(None, squares(3))))
print(", ".join(str(x) for x in squares(4)))
a, b, c = squares(3)
print(a, b, c)
first, *rest = squares(5)
print(first, rest)
print(9 in squares(10), 10 in squares(10))
print(list(reversed(list(squares(4)))), len(list(squares(7))))
print([x + y for x in squares(2) for y in squares(2)])
print(sum(1 for _ in squares(1000)))

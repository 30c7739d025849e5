# expect: jit
# two nested loops over the same user iterator: the inner one consumes items the outer would see
def run(a):
    it = iter(a)
    s = 0
    outer = 0
    for x in it:
        outer += 1
        for y in it:
            s += y - x
            if y % 5 == 0:
                break
    return s, outer, next(it, None)

print(run(list(range(1, 12001))))
print(run(list(range(1, 13))))
print(run([]))

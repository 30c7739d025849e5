words = ["kiwi", "Fig", "apple", "Date", "cherry", "banana"]
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[::-1]))
print(sorted(range(-5, 6), key=abs))
print(sorted(range(-5, 6), key=lambda x: (abs(x), x < 0)))
nums = [10, 9, 100, 1, 20]
print(sorted(nums, key=str), sorted(map(str, nums)), sorted(nums, key=str, reverse=True))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)
lst = [3, 2, 1]
try:
    lst.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, lst)
print(sorted([(1, None), (0, None)]))
try:
    sorted([(1, None), (1, None)])
    print("equal keys ok")
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, None), (1, 2)])
except TypeError as e:
    print("TypeError:", e)

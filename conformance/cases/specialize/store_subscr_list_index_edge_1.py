# STORE_SUBSCR / BINARY_SUBSCR with list and int index, then bool, negative, big int, slice
lst = list(range(10))
for i in range(100):
    lst[i % 10] = lst[i % 10] + 1
print(lst)
for k in [True, False, -1, -10, 2 ** 62, -(2 ** 62), slice(1, 3), 3]:
    try:
        lst[k] = "w"
        r = lst[k]
    except (IndexError, TypeError) as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(k), r)
try:
    lst[1.0]
except TypeError as e:
    print("TypeError:", e)
print(lst)

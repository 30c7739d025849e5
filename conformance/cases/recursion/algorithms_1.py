# recursive algorithms at moderate depth
import sys
sys.setrecursionlimit(20000)
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, rest = xs[0], xs[1:]
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
data = [(i * 7919) % 1000 for i in range(500)]
print(quicksort(data)[:10], quicksort(data) == sorted(data))
print(quicksort(list(range(800)))[-3:])
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
print(merge_sort(data) == sorted(data))
grid = [[0] * 60 for _ in range(60)]
def fill(r, c):
    if r < 0 or c < 0 or r >= 60 or c >= 60 or grid[r][c]:
        return 0
    grid[r][c] = 1
    return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1)
print(fill(0, 0))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 200), ackermann(3, 5))

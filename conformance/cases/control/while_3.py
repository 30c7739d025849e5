# while conditions with and/or, walrus and side effects
data = [3, 1, 4, 1, 5, 9, 2, 6]
it = iter(data)
while (x := next(it, None)) is not None and x != 9:
    print("got", x)
print("stopped at", x)
a, b = 0, 10
while a < 5 and b > 7 or a == 0:
    a += 1
    b -= 1
print(a, b)
queue = [1, 2, 3]
while queue:
    item = queue.pop(0)
    if item < 3:
        queue.append(item + 10)
    print("item", item, "queue", queue)
count = 0
def tick():
    global count
    count += 1
    return count < 4
while tick():
    pass
print("count", count)
chunks = []
text = "abcdefgh"
while chunk := text[len(chunks) * 3:len(chunks) * 3 + 3]:
    chunks.append(chunk)
print(chunks)

points = {(0, 0), (1, 2), (0, 0), (2, 1), (1, 2)}
print(len(points), sorted(points))
moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
start = (0, 0)
reach = {start}
frontier = {start}
for step in range(3):
    nxt = set()
    for x, y in frontier:
        for dx, dy in moves:
            p = (x + dx, y + dy)
            if p not in reach:
                nxt.add(p)
    reach |= nxt
    frontier = nxt
    print(step, len(frontier), len(reach))
print(sorted(reach)[:5])
print((1, 2) in points, (2, 2) in points, sorted(points - {(0, 0)}))

# expect: jit
# nested rows updated in place: b[k] op= v through a list of lists whose inner list
# changes type, and a negative index past the start raising IndexError
def run(n):
    rows = [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]
    caught = []
    for i in range(n):
        r = rows[i % 2]
        r[0] += 1.5
        r[-3] -= 0.25
        if i == 2000:
            rows[1][2] = "x"
        try:
            r[2] += 1.0
        except TypeError as e:
            caught.append((i, str(e)))
            r[2] = 0.0
        if i == 2600:
            try:
                r[-4] += 1.0
            except IndexError as e:
                caught.append((i, str(e)))
    return rows, caught[:3], len(caught)

print(run(3000))

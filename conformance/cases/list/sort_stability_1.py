people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age_desc)
p = people[:]
p.sort(key=lambda t: t[0][-1])
print(p)
p.sort(key=lambda t: t[1] // 10)
print(p)
data = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (1, "c")]
print(sorted(data, key=lambda x: x[0]))
print(sorted(data, key=lambda x: x[0], reverse=True))
print(sorted(data, key=lambda x: -x[0]))
s = sorted(data, key=lambda x: x[1])
s = sorted(s, key=lambda x: x[0])
print(s)
print(sorted([3, 1, 2], key=lambda x: 0), sorted([3, 1, 2], key=lambda x: 0, reverse=True))

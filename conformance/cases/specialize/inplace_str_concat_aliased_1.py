# s += t in place (BINARY_OP_INPLACE_ADD_UNICODE) while another name aliases s
s = ""
snapshots = []
for i in range(120):
    if i % 30 == 0:
        alias = s
        snapshots.append(alias)
    s += chr(97 + i % 26)
    if i % 30 == 29:
        print(i, len(alias), len(s), alias[-3:], s[-3:])
print([len(x) for x in snapshots], s[:5], len(s))
t = "x"
u = t
for i in range(60):
    t += "y"
print(u, len(t))

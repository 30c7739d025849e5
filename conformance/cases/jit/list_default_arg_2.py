# expect: jit
# a default-argument float list is appended to on some calls and indexed on all
def step(n, buf=[0.5]):
    for i in range(n):
        buf[i % len(buf)] = buf[i % len(buf)] * 0.5 + 1.0
    buf.append(len(buf) * 0.25)
    return buf

print(step(6000))
print(step(6000))
print(step(6000)[-1], len(step.__defaults__[0]))

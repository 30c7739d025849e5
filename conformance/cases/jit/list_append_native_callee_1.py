# expect: jit
# an inlined helper appends to and pops from the caller's list
def push(st, v):
    st.append(v)

def take(st):
    return st.pop()

def f(n):
    st = [0]
    s = 0
    for i in range(n):
        push(st, i)
        push(st, i * 2)
        s += take(st) - take(st)
    return s, st[-3:], len(st)

print(f(20000))

# expect: jit
# a list used as a stack in a traced loop, emptied after, then popped once more: IndexError
def g(n):
    st = []
    s = 0
    for i in range(n):
        if i % 7 < 4:
            st.append(i)
        else:
            s += st.pop() * i
    while st:
        s -= st.pop()
    try:
        st.pop()
    except IndexError as e:
        print("IndexError:", e)
    return s, st

print(g(30000))

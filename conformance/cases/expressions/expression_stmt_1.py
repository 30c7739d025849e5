# expression statements are evaluated for their side effects and discarded
log = []
def note(x):
    log.append(x)
    return x
note(1)
note(2) + note(3)
[note(4), note(5)]
note(6) if note(0) else note(7)
note(8) or note(9)
note("a").upper()
"a bare string literal is a statement too"
42
...
None
(note(10), note(11))
{note("k"): note("v")}
print(log)
lst = []
lst.append(1)
lst.extend([2, 3])
lst.sort(reverse=True)
print(lst)
x = 5
x
x + 1
print(x)
print(print("inner"))

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import string
print(string.capwords('hello world'))
print(string.capwords('  hello   WORLD  again '))
print(string.capwords('a-b-c', '-'))
print(string.capwords('one,,two', ','))
print(string.capwords(''), repr(string.capwords('   ')))
print(string.capwords("they're bill's friends"))
print(string.capwords('x\ty\nz'))
print(string.capwords(s='abc def', sep=' '))
check(lambda: string.capwords())
check(lambda: string.capwords(1))
check(lambda: string.capwords('a b', 1))
check(lambda: string.capwords('a b', ''))

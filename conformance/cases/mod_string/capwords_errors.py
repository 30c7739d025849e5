def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import string
check(lambda: string.capwords('a', ' ', 3))
check(lambda: string.capwords('a', foo=1))
check(lambda: string.capwords('a', s='b'))
check(lambda: string.capwords(None))
print(string.capwords('ÉCOLE été'), string.capwords('a.b c', '.'))

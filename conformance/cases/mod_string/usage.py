def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import string
from string import ascii_lowercase, digits
print(ascii_lowercase.index('k'), digits[::-1])
print(all(c in string.printable for c in 'Hello, World!\n'))
print(''.join(c for c in 'a1b2-c3!' if c in string.ascii_letters))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print('hello'.translate(table))
print(sorted(set(string.hexdigits.lower())) == sorted(set(string.digits + 'abcdef')))
print([c for c in string.whitespace])
print(string.punctuation.count('\\'), '\'' in string.punctuation)
print(int('777', len(string.octdigits)))

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import Counter
print(Counter({'b': 1, 'a': 2, 'c': 2}))
print(Counter([(1, 2), (1, 2), None]))
print(repr(Counter()), str(Counter('aab')))
class C(Counter):
    pass
print(C('xxy'), type(C('a') + C('b')).__name__)
print(Counter({1: 'x', 2: 'y'}))

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import defaultdict
d = defaultdict()
check(lambda: d['x'])
d2 = defaultdict(None)
check(lambda: d2[(1, 2)])
e = defaultdict(lambda: 'dflt')
print(e['k'], dict(e), e.get('z'), 'z' in e)
print(e.__missing__('m'), dict(e))
d.default_factory = set
print(d['q'], d)
check(lambda: defaultdict(1))
check(lambda: defaultdict('abc'))

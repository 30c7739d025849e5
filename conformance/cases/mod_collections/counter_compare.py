def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import Counter
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=1))
print(Counter(a=1) == {'a': 1})
check(lambda: Counter() < 1)
check(lambda: hash(Counter()))
words = 'the quick the lazy the dog quick'.split()
print(Counter(words).most_common(2))

# implicit concatenation of adjacent literals
s = 'a' "b" '''c''' """d"""
print(s)
t = ('first line, '
     'second line, '
     "third")
print(t)
print('x' r'\n' 'y', len('x' r'\n' 'y'))
name = "world"
print('hello, ' f'{name}' '!')
print(f'{1}' f'{2}' '3' f"{4}")
print(b'ab' b'cd' rb'\n')
print(repr('' ''), repr("" 'a' ""))
print('a' 'b' * 2)
print(('a' 'b') == 'ab')
x = ["one" "two", "three"]
print(x, len(x))
print('%s-%s' '!' % ('p', 'q'))

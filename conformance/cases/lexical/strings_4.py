# triple-quoted strings keep newlines and indentation
s = """first
  second
	tabbed
last"""
print(s)
print(repr(s))
t = '''\
no leading newline
ends with newline
'''
print(repr(t))
u = """a \
b"""
print(repr(u))
v = """contains "quotes" and ""double"" and 'single'"""
print(v)
w = '''
'''
print(repr(w), len(w))
print(len("""

"""))
def f():
    """docstring is also a string literal"""
    return f.__doc__
print(f())

# raw strings keep backslashes
print(r'\n', R'\t', r"\\", r'\'')
print(repr(r'\n'), len(r'\n'), len(r'\\'))
print(repr(r"a\"b"), len(r"a\"b"))
print(r'C:\path\to\file')
print(repr(r'\x41\u00e9'))
print(r"""raw
triple \n""")
print(rb'\n' == b'\\n', Rb'\x00', bR'\t', BR'x')
print(r'\d+\.\d+' + 'x')
print(repr(r'''it\'s'''))
print(r'\
'.count('\n'), repr(r'a\
b'))

print("a\tb", "a\\tb", r"a\tb", len("\n"), len(r"\n"), len("\\"), len("\x41"), "\x41\u00e9\U0001F600")
print(repr("\101\102\0"), repr("\0"), repr("\177"), repr("\7"), repr("\18"), "\u03b1")
print('''triple 'single' "double"''', """triple ""double"" quotes""")
print("line1\
line2", "implicit" " concat" ' mixed')
print(r"raw \n \x41 \\", r'raw \'quote\'', len(r"\\"))
print("\a\b\f\v" == "\x07\x08\x0c\x0b", "\\e" == chr(92) + "e")

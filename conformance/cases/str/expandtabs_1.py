s = "a\tbc\tdef\tg"
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-1)))
print(repr("\t".expandtabs()), repr("12345678\t9".expandtabs()), repr("x\ny\tz".expandtabs(3)), repr("ab\r\tc".expandtabs(4)))
print(repr("no tabs".expandtabs()), repr("\t\t".expandtabs(2)), repr("é\tx".expandtabs(tabsize=3)))
table = "name\tqty\nkiwi\t3\nbanana\t12"
for line in table.splitlines():
    print(repr(line.expandtabs(8)))

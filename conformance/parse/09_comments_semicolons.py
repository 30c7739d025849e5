#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Module docstring."""
# A comment at the top level.
x = 1  # trailing comment
y = 2; z = 3
a = 4; b = 5;
pass; pass
if x: y = 10; z = 20
while False: pass
for i in range(2): x += i; y -= i
def f(): return 1; 
class C: pass
# Comment lines with odd indentation do not matter.
        # indented comment
if x:
    # comment before statement
    y = 1
        # deeper comment
    z = 2
# comment between blocks

    # indented comment after a blank line
w = 3
def g():
    # only a comment and a pass
    pass
    # trailing comment in block
v = [  # comment after bracket
    1,  # one
    # a full-line comment inside brackets
    2,
]  # after close
s = "# not a comment"
t = '#' + "#"
import os; import sys
del a; del b
print(x, y, z, w, v, s, t, f(), C, g())

# and / or / not, short-circuiting and returning operands.
a, b, c = 0, 1, 2
r1 = a and b
r2 = a or b
r3 = a and b and c
r4 = a or b or c
r5 = a and b or c
r6 = a or b and c
r7 = (a or b) and c
r8 = a and (b or c)
r9 = not a and b
r10 = not (a and b)
r11 = a or not b
r12 = not a or not b and not c
r13 = a and b or c and a or b
r14 = [] or {} or () or "" or None or 0
r15 = 1 and "x" and [1]
r16 = a < b and b < c or c < a
r17 = (a and b) or (b and c) or (c and a)
r18 = a or (b or (c or a))
r19 = a and (b and (c and a))
r20 = not not not a
r21 = a if a and b else b or c
r22 = lambda: a or b
r23 = [x for x in range(5) if x and x % 2 or not x]
r24 = {a or b: b and c}
print(r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14)
print(r15, r16, r17, r18, r19, r20, r21, r22(), r23, r24)

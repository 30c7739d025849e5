# Comparisons, chained comparisons, identity and membership.
a, b, c = 1, 2, 3
r1 = a < b
r2 = a <= b
r3 = a > b
r4 = a >= b
r5 = a == b
r6 = a != b
r7 = a < b < c
r8 = a < b > c
r9 = a == b == c
r10 = a < b <= c < 4 != 5
r11 = a is b
r12 = a is not b
r13 = a in [1, 2]
r14 = a not in [1, 2]
r15 = a is None
r16 = a is not None is not b
r17 = not a == b
r18 = (a < b) == (b < c)
r19 = a < b and b < c
r20 = a + 1 < b * 2
r21 = a | b == c
r22 = [a] == [a] != [b]
r23 = 'a' in 'abc' not in 'xyz'
r24 = a in b if False else a in (b, c)
r25 = (a, b) < (a, c)
r26 = a == (b == c)
r27 = not a in [2]
r28 = a is (not b)
r29 = a < -b
r30 = x if (x := a < b) else not x
print(r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15)
print(r16, r17, r18, r19, r20, r21, r22, r23, r24, r25, r26, r27, r28, r29, r30)

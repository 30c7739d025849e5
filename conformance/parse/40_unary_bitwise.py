# Unary operators, shifts and bitwise operators.
a, b = 12, 5
r1 = ~a
r2 = ~~a
r3 = -~a
r4 = ~-a
r5 = not a
r6 = not not a
r7 = a & b
r8 = a | b
r9 = a ^ b
r10 = a << 2
r11 = a >> 1
r12 = a & b | a ^ b
r13 = a | b & a
r14 = a ^ b | a & b
r15 = a << 1 + 1
r16 = (a << 1) + 1
r17 = a & b << 1
r18 = a | b ^ a & b << 1 >> 2
r19 = -a & 0xff
r20 = ~a & ~b | ~0
r21 = a < b | a
r22 = not a | b
r23 = -a ** 2
r24 = 1 << 100
r25 = -1 >> 3
r26 = a & (b | a) ^ (a & b)
r27 = +-+-a
r28 = ~True
r29 = a ^ -b
r30 = a >> b << a
print(r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15)
print(r16, r17, r18, r19, r20, r21, r22, r23, r24, r25, r26, r27, r28, r29, r30)

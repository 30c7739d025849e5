# Arithmetic operators at CPython's precedence and associativity.
a, b, c, d = 2, 3, 4, 5
r1 = a + b * c
r2 = (a + b) * c
r3 = a - b - c
r4 = a - (b - c)
r5 = a * b / c // d % a
r6 = a / b * c
r7 = a // b // c
r8 = a % b % c
r9 = a + b - c + d
r10 = a * b + c * d
r11 = a + b * c ** d
r12 = a ** b ** c
r13 = (a ** b) ** c
r14 = -a ** b
r15 = (-a) ** b
r16 = a ** -b
r17 = - - a
r18 = a * -b
r19 = a - -b
r20 = a @ b if False else None
r21 = a + b @ c if False else None
r22 = 1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8
r23 = ((((a))))
r24 = a+b*c-d
r25 = a*(b+c)*(d-a)
r26 = a ** 0.5 * 2
r27 = 10 - 2 - 3 * 2 ** 2 // 3
r28 = +a - -b + ~c
r29 = 7 // -2, 7 % -2, -7 // 2, -7 % 2
r30 = 2 ** -1, 2 ** 10, (-2) ** 3
print(r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15)
print(r16, r17, r18, r19, r20, r21, r22, r23, r24, r25, r26, r27, r28, r29, r30)

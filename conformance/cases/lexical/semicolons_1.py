a = 1; b = 2; c = a + b
print(a, b, c); print("same line")
if c == 3: print("one-line if"); print("still in if")
for i in range(3): print(i, end=" "); print("|", end=" ")
print()
while a < 4: a += 1; b *= 2
print(a, b)
def f(): return "one-line def"
print(f())
class K: x = 5; y = x * 2
print(K.x, K.y)
if a > 100: print("no")
else: print("else one-liner")
x = 1;
print(x);
try: 1 / 0
except ZeroDivisionError: print("caught")

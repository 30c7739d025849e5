# Blocks indented by different amounts, multi-level dedents
def f(n):
  total = 0
  for i in range(n):
        if i % 2 == 0:
                    total += i
        else:
         total -= 1
  return total

class C:
    def m(self):
     if True:
       if True:
         if True:
           return "deep"
print(f(10))
print(C().m())
x = 0
while x < 3:
 x += 1
 if x == 2:
         print("two")
print("x", x)
if x:
    pass
# a comment at column 0 inside nothing
        # an indented comment does not matter
print("end")

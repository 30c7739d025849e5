if True:
	x = 1
	if x:
		y = 2
		for i in range(3):
			y += i
	else:
		y = 3
	while False:
		pass
def f(a):
	if a:
		return 1
	return 2
class C:
	def m(self):
		return [
	1,
			2,
  3,
	]
	z = 4
# Spaces after a tab-indented block, at the top level again.
if f(1):
    a = 1
    if a:
        b = 2
    c = 3
else:
  d = 4
  e = 5
try:
	pass
except Exception:
	pass
with open(__file__) as fh:
		data = fh.read()
print(x, y, a, b, c)

# Tabs for indentation, consistent within each block
if True:
	x = 1
	if x:
		y = 2
		print("tabs", x, y)
	print("back")
def g():
	return "tab-def"
print(g())
for i in range(2):
    print("spaces", i)
while False:
	pass
else:
	print("else-tab")

# mixing tabs and spaces ambiguously
print("never")
if True:
        x = 1
	y = 2
print(x)

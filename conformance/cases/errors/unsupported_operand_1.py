# uncaught TypeError: int + str
count = 3
label = "items"
print(count, label)
print(str(count) + " " + label)
total = count + label
print("never printed", total)

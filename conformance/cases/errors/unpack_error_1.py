# uncaught ValueError: too many values to unpack
records = ["ann:30", "bob:25", "cy:40:extra"]
for record in records:
    name, age = record.split(":")
    print(name, int(age))

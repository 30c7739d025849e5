# uncaught exception raised inside a generator consumed by a for loop
def parse_all(lines):
    for line in lines:
        key, value = line.split("=")
        yield key.strip(), int(value)
data = ["a = 1", "b = 2", "c = three"]
for key, value in parse_all(data):
    print(key, value)

# returning an exception object is not raising it
def returns():
    return ValueError("returned, not raised")
def raises():
    raise ValueError("raised")
r = returns()
print(type(r).__name__, r)
try:
    raises()
except ValueError as e:
    print("caught", e)
def parse(text):
    try:
        return int(text), None
    except ValueError as e:
        return None, e
for t in ["12", "x1"]:
    value, error = parse(t)
    print(value, repr(error))
results = []
for item in [1, "a", 2]:
    try:
        results.append(item * 2 + 0)
    except TypeError as e:
        results.append(e)
print([type(x).__name__ for x in results])
print(isinstance(results[1], Exception), str(results[1]))

# try statements inside loops
errors = []
results = []
for token in ["10", "x", "0", "3.5", "-4", "", "7"]:
    try:
        results.append(100 // int(token))
    except ValueError as e:
        errors.append(str(e))
    except ZeroDivisionError:
        errors.append("zero")
print(results)
for err in errors:
    print("error:", err)
def first_valid(items):
    for item in items:
        try:
            return int(item)
        except (ValueError, TypeError):
            continue
    return None
print(first_valid(["a", None, [], "42", "7"]), first_valid([]))
data = [[1, 2], [3], [], [4, 5, 6]]
seconds = []
for row in data:
    try:
        seconds.append(row[1])
    except IndexError:
        seconds.append(None)
print(seconds)
i = 0
while True:
    try:
        if i == 3:
            raise StopIteration
        i += 1
    except StopIteration:
        print("stopped at", i)
        break
lookups = {"a": 1}
found = [lookups[k] for k in "abc" if k in lookups]
try:
    missing = [lookups[k] for k in "abc"]
except KeyError as e:
    print("comprehension raised KeyError", e, found)

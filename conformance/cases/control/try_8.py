# try statements inside loops with else, break and continue in handlers
results = []
for value in ["1", "x", "3", "", "5"]:
    try:
        n = int(value)
    except ValueError:
        results.append("bad")
        continue
    else:
        results.append(n * 2)
    finally:
        results.append("|")
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise RuntimeError("retry")
        print("succeeded after", attempts)
        break
    except RuntimeError as e:
        print("attempt", attempts, "failed:", e)
data = {"a": 1, "c": 3}
total = 0
for key in "abcd":
    try:
        total += data[key]
    except KeyError:
        if key == "d":
            break
        continue
    finally:
        print("checked", key)
print("total", total)

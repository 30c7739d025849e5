# uncaught ValueError from int()
inputs = ["12", " 7 ", "-3"]
print([int(s) for s in inputs])
inputs.append("4.5")
print(sum(int(s) for s in inputs))

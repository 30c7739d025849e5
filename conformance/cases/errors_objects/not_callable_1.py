handlers = {"a": print, "b": "not a function"}
handlers["a"]("calling a")
for name in sorted(handlers):
    print(name, callable(handlers[name]))
print("now calling b")
handlers["b"]("calling b")

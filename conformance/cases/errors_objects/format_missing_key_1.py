tpl = "{name} is {age}"
print(tpl.format(name="ann", age=3))
print(tpl.format(**{"name": "cy", "age": 9}))
print("{0} {0}".format("twice"))
print(tpl.format(name="bob"))

# uncaught TypeError: calling something that is not callable
handlers = {"double": lambda x: x * 2, "answer": 42}
print(handlers["double"](21))
print(callable(handlers["answer"]))
result = handlers["answer"](0)
print(result)

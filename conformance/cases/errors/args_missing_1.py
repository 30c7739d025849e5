# uncaught TypeError: missing a required positional argument
def greet(greeting, name):
    return greeting + ", " + name
print(greet("Hello", "Ann"))
print(greet(name="Bob", greeting="Hi"))
print(greet("Hey"))

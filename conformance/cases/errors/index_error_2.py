# uncaught IndexError from a string inside a function
def initials(name):
    parts = name.split(" ")
    return parts[0][0] + parts[1][0]
print(initials("Ada Lovelace"))
print(initials("Alan Turing"))
print(initials("Plato"))

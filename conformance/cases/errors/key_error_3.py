# uncaught KeyError raised with no arguments
def lookup(table, key):
    if key not in table:
        raise KeyError
    return table[key]
print(lookup({"a": 1}, "a"))
print("looking up a missing key")
lookup({}, "b")

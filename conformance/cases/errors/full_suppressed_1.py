# expect: full-stderr
# raise ... from None hides the original exception
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"{key} not found") from None
print(lookup({"x": 1}, "x"))
lookup({}, "y")

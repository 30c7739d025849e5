# expect: full-stderr
# "During handling of the above exception, another exception occurred:"
def to_number(text):
    try:
        return int(text)
    except ValueError:
        return float(text)
print(to_number("5"))
print(to_number("2.5"))
print(to_number("five"))

# re-raising with bare raise, also from a function called inside the handler
def log_and_reraise():
    print("helper sees the active exception and re-raises it")
    raise
try:
    try:
        int("nope")
    except ValueError:
        log_and_reraise()
except ValueError as e:
    print("caught:", e)
def handler_then_other():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            pass
        raise
try:
    handler_then_other()
except KeyError as e:
    print("bare raise after nested handler re-raised", repr(e))
def reraise_modified():
    try:
        raise ValueError("original")
    except ValueError as e:
        e.args = ("modified",)
        raise
try:
    reraise_modified()
except ValueError as e:
    print(e)
count = 0
def retry():
    global count
    while True:
        try:
            count += 1
            if count < 3:
                raise RuntimeError(f"try {count}")
            return f"succeeded on try {count}"
        except RuntimeError as e:
            print("retrying after", e)
print(retry())

# exceptions raised and swallowed in finally blocks
def replace():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    replace()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
def swallow():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally returned; exception gone"
print(swallow())
def finally_raises_without_pending():
    try:
        pass
    finally:
        raise RuntimeError("from a clean finally")
try:
    finally_raises_without_pending()
except RuntimeError as e:
    print(repr(e), e.__context__)
def handled_in_finally():
    try:
        raise ValueError("kept")
    finally:
        try:
            raise KeyError("temporary")
        except KeyError:
            print("handled a KeyError inside finally")
try:
    handled_in_finally()
except ValueError as e:
    print("original still propagates:", e)
def loop_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return "never"
try:
    loop_finally()
except ValueError as e:
    print("last iteration's exception escaped:", e)

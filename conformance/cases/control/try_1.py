# the order of try / except / else / finally
def run(fail):
    try:
        print("  try")
        if fail:
            raise ValueError("boom")
        print("  try end")
    except ValueError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")
print("no exception:")
run(False)
print("with exception:")
run(True)
def only_finally():
    try:
        print("  body")
    finally:
        print("  cleanup")
only_finally()
try:
    try:
        raise KeyError("k")
    finally:
        print("inner finally runs while KeyError propagates")
except KeyError as e:
    print("outer caught", repr(e))

# finally blocks run in order while an exception unwinds several frames
def level3():
    try:
        raise ValueError("deep")
    finally:
        print("finally 3")
def level2():
    try:
        level3()
    finally:
        print("finally 2")
def level1():
    try:
        level2()
    except ValueError as e:
        print("caught at level 1:", e)
        return "handled"
    finally:
        print("finally 1")
print(level1())
def nested():
    try:
        try:
            try:
                raise KeyError("k")
            except ValueError:
                print("wrong handler")
            finally:
                print("innermost finally")
        except KeyError:
            print("middle handler")
            raise IndexError("converted")
        finally:
            print("middle finally")
    except IndexError as e:
        print("outer handler", repr(e))
nested()

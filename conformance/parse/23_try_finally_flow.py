# return, break and continue inside try/finally.
def ret_in_finally():
    try:
        return 1
    finally:
        return 2
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError
        finally:
            break
    return i
def continue_in_try():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(-i)
    return out
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
def loop_else():
    for i in range(2):
        try:
            pass
        except Exception:
            break
        else:
            continue
        finally:
            pass
    else:
        return "completed"
def while_try():
    n = 0
    while True:
        try:
            n += 1
            if n > 3:
                break
        except:
            raise
    return n
print(ret_in_finally(), break_in_finally(), continue_in_try(), nested(), loop_else(), while_try())

# break and continue inside finally discard the pending exception or return
def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError("discarded")
        finally:
            print("finally", i)
            break
    return "loop ended by break, i = " + str(i)
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def return_overridden_by_continue():
    for i in range(3):
        try:
            return "returned at " + str(i)
        finally:
            if i < 2:
                continue
    return "never"
print(return_overridden_by_continue())
def return_overridden_by_break():
    while True:
        try:
            return "from try"
        finally:
            break
    return "after loop"
print(return_overridden_by_break())

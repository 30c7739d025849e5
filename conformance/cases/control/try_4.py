# break and continue inside try run the finally block
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop", i)
n = 0
while True:
    try:
        n += 1
        if n < 3:
            continue
        break
    finally:
        print("while finally", n)
for i in range(2):
    try:
        try:
            if i == 0:
                continue
            break
        finally:
            print("inner finally", i)
    finally:
        print("outer finally", i)
def ret_in_loop():
    for i in range(3):
        try:
            if i == 2:
                return i
        finally:
            print("ret finally", i)
print(ret_in_loop())

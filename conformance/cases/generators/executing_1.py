# a generator cannot be resumed while it is already running
def selfish():
    yield 1
    yield next(me)
me = selfish()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(list(me))
def sender():
    x = yield "start"
    try:
        s.send("again")
    except ValueError as e:
        yield "inner ValueError: " + str(e)
s = sender()
print(next(s))
print(s.send(1))
def closer():
    try:
        c.close()
    except ValueError as e:
        yield "close while running: " + str(e)
c = closer()
print(next(c))
c.close()

# a generator used as a small state machine driven by send()
def parser():
    tokens = []
    state = "idle"
    while True:
        ch = yield state
        if state == "idle":
            if ch == "<":
                state = "tag"
                tokens.append("")
        elif state == "tag":
            if ch == ">":
                state = "idle"
            else:
                tokens[-1] += ch
        if ch == "!":
            return tokens
p = parser()
print(next(p))
states = []
try:
    for ch in "x<ab>y<cde>!":
        states.append(p.send(ch))
except StopIteration as e:
    print("tokens:", e.value)
print(states)
def ping_pong():
    count = 0
    msg = yield "ready"
    while msg != "stop":
        count += 1
        msg = yield f"pong {count} ({msg})"
    yield "stopped after " + str(count)
pp = ping_pong()
print(next(pp))
for m in ["ping", "hello", "stop"]:
    print(pp.send(m))

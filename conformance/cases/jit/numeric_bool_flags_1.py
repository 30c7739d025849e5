# expect: jit
# bool flags toggled with not and combined with and/or
def run(n):
    on = False
    seen = False
    toggles = 0
    both = 0
    for i in range(n):
        if i % 7 == 0:
            on = not on
            toggles += 1
        if i == 5000:
            seen = True
        if on and seen:
            both += 1
        if on or i % 2 == 0:
            both += 2
    return on, seen, toggles, both

print(run(12000))

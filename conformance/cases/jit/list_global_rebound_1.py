# a global list name rebound mid-loop by the loop itself via a global statement
DATA = [1, 2, 3]

def run(n):
    global DATA
    s = 0
    for i in range(n):
        s += DATA[i % 3]
        if i == 5000:
            DATA = [10.5, 20.5, 30.5]
    return s

print(run(8000))
print(DATA)
print(run(6000))

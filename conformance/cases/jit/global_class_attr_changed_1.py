# a class attribute used in a hot loop is changed mid-loop and between runs
class Config:
    step = 2

def run(n):
    s = 0
    for i in range(n):
        s += Config.step
        if i == 5000:
            Config.step = 3
    return s

print(run(12000))
Config.step = 0.5
print(run(12000))
class Sub(Config):
    pass
def run2(n):
    s = 0
    for i in range(n):
        s += Sub.step
        if i == 6000:
            Sub.step = 10
        if i == 9000:
            del Sub.step
    return s
Config.step = 1
print(run2(12000), Sub.step, Config.step)

# setattr/delattr on the class itself from a helper while a loop reads it
class Settings:
    level = 1

def tweak(i):
    if i % 40 == 20:
        setattr(Settings, "level", i)
    elif i % 40 == 0 and i:
        delattr(Settings, "level")

s = Settings()
acc = []
for i in range(200):
    tweak(i)
    acc.append(getattr(s, "level", -1))
    try:
        direct = s.level
    except AttributeError:
        direct = None
    if i % 20 == 0 or i % 20 == 1:
        print(i, acc[-1], direct)
print(sum(acc))

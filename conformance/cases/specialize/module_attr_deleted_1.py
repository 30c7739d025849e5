# module attribute deleted mid-loop, AttributeError caught, then re-added
import math

saved = math.floor
for i in range(130):
    if i == 60:
        del math.floor
    if i == 100:
        math.floor = saved
    try:
        r = math.floor(i / 7)
    except AttributeError as e:
        r = "AttributeError: " + str(e)
    if i % 20 == 0 or i in (59, 60, 99, 100):
        print(i, r)

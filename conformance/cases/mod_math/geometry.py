import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
for deg in (0, 30, 45, 60, 90, 180, 270, 360):
    r = math.radians(deg)
    print(deg, format(r, '.15g'), format(math.sin(r), '.10f'), format(math.cos(r), '.10f'), math.degrees(r))
print(format(math.atan2(1, 1) * 4, '.15g'))

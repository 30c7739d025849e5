# a name missing everywhere gives NameError, then appears in builtins, then in globals
import builtins

def use():
    return magic_value_xyz * 2

for i in range(160):
    if i == 50:
        builtins.magic_value_xyz = 21
    if i == 100:
        globals()["magic_value_xyz"] = 5
    if i == 130:
        del globals()["magic_value_xyz"]
    if i == 145:
        del builtins.magic_value_xyz
    try:
        r = use()
    except NameError as e:
        r = "NameError: " + str(e)
    if i % 20 == 0 or i in (49, 50, 99, 100, 129, 130, 144, 145):
        print(i, r)

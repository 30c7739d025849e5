# local scope is decided at compile time
x = "global"
def reads_global():
    return x
def assigns_later():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "local"
    return x
print(reads_global())
print(assigns_later())
def augmented():
    try:
        x += "!"
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
augmented()
class K:
    attr = "class attr"
    def method(self):
        try:
            return attr
        except NameError as e:
            return "NameError: " + str(e)
print(K().method())
def conditional(flag):
    if flag:
        y = "assigned"
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(conditional(True))
print(conditional(False))
def loop_var():
    for i in []:
        pass
    try:
        return i
    except UnboundLocalError:
        return "i never bound"
print(loop_var())

# messages of AttributeError, NameError and UnboundLocalError
import sys
def show(thunk):
    try:
        thunk()
    except (AttributeError, NameError) as e:
        print(type(e).__name__ + ":", e)
class Plain:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
show(lambda: Plain().nope)
show(lambda: Plain.nope)
show(lambda: (5).nope)
show(lambda: "s".nope)
show(lambda: None.nope)
show(lambda: [].nope)
show(lambda: sys.nope)
show(lambda: Plain.inst)
show(lambda: undefined_global_name)
def unbound():
    print(local_var)
    local_var = 1
show(unbound)
def unbound_param_deleted(p):
    del p
    return p
show(lambda: unbound_param_deleted(1))
try:
    Plain().nope
except AttributeError as e:
    print(e.args, type(e).__name__)
try:
    undefined_other
except NameError as e:
    print(e.args)
print(issubclass(UnboundLocalError, NameError))

# global lets a function rebind module-level names
count = 0
def increment():
    global count
    count += 1
    return count
increment(); increment()
print(count)
def create():
    global brand_new
    brand_new = "created inside a function"
create()
print(brand_new)
def read_only():
    return count * 10
print(read_only())
def shadow():
    count = 100
    return count
print(shadow(), count)
def outer():
    def inner():
        global count
        count = -1
    inner()
    return count
print(outer(), count)
def several():
    global a, b
    a, b = 1, 2
several()
print(a, b)
def loop_global():
    global total
    total = 0
    for total in range(5):
        pass
loop_global()
print(total)
global module_level_global_is_allowed
module_level_global_is_allowed = True
print(module_level_global_is_allowed)

# nonlocal counters and state machines built from closures
def counter(start=0, step=1):
    value = start - step
    def next_value():
        nonlocal value
        value += step
        return value
    return next_value
c = counter()
print(c(), c(), c())
d = counter(10, -5)
print(d(), d(), d(), c())
def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient funds"
        balance -= amount
        return balance
    return deposit, withdraw
dep, wd = make_account(100)
print(dep(50), wd(30), wd(500), dep(0))
def id_generator(prefix):
    n = 0
    def gen():
        nonlocal n
        n += 1
        return f"{prefix}-{n:03d}"
    return gen
user_id = id_generator("user")
order_id = id_generator("order")
print(user_id(), user_id(), order_id(), user_id())
def running_average():
    total = count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = running_average()
print(avg(10), avg(20), avg(60))

# mutual recursion, shallow and deep
import sys
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(6)], is_odd(301))
def female(n):
    return 1 if n == 0 else n - male(female(n - 1))
def male(n):
    return 0 if n == 0 else n - female(male(n - 1))
print([female(n) for n in range(15)])
print([male(n) for n in range(15)])
sys.setrecursionlimit(100000)
print(is_even(40000), is_odd(40001), is_even(39999))
def ping(n, log):
    if n:
        log.append("ping")
        pong(n - 1, log)
    return log
def pong(n, log):
    if n:
        log.append("pong")
        ping(n - 1, log)
print(ping(5, []))
print(len(ping(30000, [])))

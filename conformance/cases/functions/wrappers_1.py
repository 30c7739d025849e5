# hand-written wrappers that preserve metadata and forward all arguments
def preserve(wrapper, wrapped):
    wrapper.__name__ = wrapped.__name__
    wrapper.__qualname__ = wrapped.__qualname__
    wrapper.__doc__ = wrapped.__doc__
    return wrapper
def log_calls(func):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        result = func(*args, **kwargs)
        print(f"{func.__name__}({', '.join(parts)}) -> {result!r}")
        return result
    return preserve(wrapper, func)
@log_calls
def area(w, h=1, *, unit="m"):
    """Compute an area."""
    return f"{w * h}{unit}2"
area(3)
area(3, 4)
area(2, h=5, unit="cm")
print(area.__name__, area.__qualname__, area.__doc__)
def retry(times):
    def deco(func):
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return func(*args)
                except ValueError as e:
                    print("attempt", attempt, "failed:", e)
            return "gave up"
        return preserve(wrapper, func)
    return deco
state = {"n": 0}
@retry(3)
def flaky(limit):
    state["n"] += 1
    if state["n"] < limit:
        raise ValueError("n=" + str(state["n"]))
    return "ok after " + str(state["n"])
print(flaky(2))
state["n"] = 0
print(flaky(10), flaky.__name__)

# expect: full-stderr
# a chain of three exceptions mixing implicit context and explicit cause
def step_one():
    return {}["missing"]
def step_two():
    try:
        step_one()
    except KeyError:
        raise ValueError("step two failed")
def step_three():
    try:
        step_two()
    except ValueError as e:
        raise RuntimeError("step three failed") from e
step_three()

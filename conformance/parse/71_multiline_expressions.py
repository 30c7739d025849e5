# Expressions spread over many lines (positions span lines).
result = (
    1
    +
    2
)
call = dict(
    a=1,
    b=[
        1,
        2,
    ],
    c={
        'k': (
            3,
            4,
        ),
    },
)
chained = (
    "text"
    .upper()
    .lower()
    .replace(
        "t",
        "T",
    )
)
comp = [
    x * y
    for x in range(3)
    if x
    for y in range(2)
]
cond = (
    "yes"
    if result > 2
    else "no"
)
lam = (lambda
       x:
       x + 1)
sub = call[
    'b'
][
    0
]
boolean = (result and
           call or
           not comp)
comparison = (1 <
              2 <=
              3)
string = """first
second""" + '''third
fourth'''
fstr = f"""{
    result
}-{
    cond
}"""
def function(
    a,
    b=2,
    *args,
    c,
    **kwargs,
):
    return (
        a,
        b,
    )
print(result, call, chained, comp, cond, lam(1), sub, boolean, comparison, string, fstr, function(1, c=3))

# mutual recursion across a small expression evaluator
def parse_expr(tokens, pos):
    value, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "+-":
        op = tokens[pos]
        rhs, pos = parse_term(tokens, pos + 1)
        value = value + rhs if op == "+" else value - rhs
    return value, pos
def parse_term(tokens, pos):
    value, pos = parse_atom(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "*/":
        op = tokens[pos]
        rhs, pos = parse_atom(tokens, pos + 1)
        value = value * rhs if op == "*" else value // rhs
    return value, pos
def parse_atom(tokens, pos):
    if tokens[pos] == "(":
        value, pos = parse_expr(tokens, pos + 1)
        return value, pos + 1
    return int(tokens[pos]), pos + 1
def evaluate(text):
    return parse_expr(text.replace(" ", ""), 0)[0]
for text in ["1+2*3", "(1+2)*3", "8/2/2", "2*(3+(4-1))*2", "((((7))))"]:
    print(text, "=", evaluate(text))
deep = "(" * 200 + "1" + ")" * 200
print(evaluate(deep))
try:
    evaluate("(" * 1000 + "1" + ")" * 1000)
except RecursionError as e:
    print("too deep:", type(e).__name__)

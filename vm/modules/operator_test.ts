// Compares every operator function with the corresponding Python operator, in the interpreter
// and in python3 (when present), over values of several types, errors included.
import assert from "node:assert/strict";
import { havePython, runHere, runPython } from "./numeric_oracle_testutil.ts";

const PROGRAM = `import operator as op
values = [0, 3, -7, 2**70, 2.5, True, "ab", [1], (2,), {3}, None]
pairs = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
         "truediv": lambda a, b: a / b, "floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b,
         "and_": lambda a, b: a & b, "or_": lambda a, b: a | b, "xor": lambda a, b: a ^ b,
         "lshift": lambda a, b: a << b, "rshift": lambda a, b: a >> b, "lt": lambda a, b: a < b,
         "eq": lambda a, b: a == b, "ge": lambda a, b: a >= b}
def outcome(f, *a):
    try:
        return repr(f(*a))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
mismatches = 0
for name, f in pairs.items():
    for a in values:
        for b in values[:6]:
            x, y = outcome(getattr(op, name), a, b), outcome(f, a, b)
            if x != y:
                mismatches += 1
                print(name, repr(a), repr(b), x, y)
for name, f in {"neg": lambda a: -a, "pos": lambda a: +a, "invert": lambda a: ~a,
                "not_": lambda a: not a, "abs": abs}.items():
    for a in values:
        x, y = outcome(getattr(op, name), a), outcome(f, a)
        if x != y:
            mismatches += 1
            print(name, repr(a), x, y)
print("mismatches", mismatches)
print(op.itemgetter(1, 0)("xy"), op.attrgetter("real", "imag")(5), op.methodcaller("count", "a")("banana"))
print(repr(op.itemgetter("k")), repr(op.attrgetter("a.b")), repr(op.methodcaller("m", 1, z=[2])))
`;

Deno.test("operator functions behave as the operators", async () => {
  const here = runHere(PROGRAM);
  assert.match(here, /^mismatches 0$/m);
  if (await havePython()) assert.equal(here, await runPython(PROGRAM));
});

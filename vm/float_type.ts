/**
 * The methods of `float` (CPython 3.11 Objects/floatobject.c): arithmetic
 * with CPython's zero-division and overflow errors, `float_pow`'s special
 * cases, comparison with ints, rounding (`round(x, n)` correctly rounded,
 * half to even), and the table the operator fast path indexes by NB_* code.
 *
 * @module
 */
import { PyBytes, PyFloat, type PyInt, type PyObject, PyTuple, raise, T } from "./object.ts";
import { None, NotImplemented } from "./types.ts";
import { idOf, intOf, strOf, typeLookup, typeName } from "./core.ts";
import {
  defClassMethod,
  defGetSet,
  defMethod,
  defMethodNoArgs,
  defNew,
  defSlot,
} from "./descriptors.ts";
import { positional } from "./args.ts";
import { callSpecial } from "./calls.ts";
import { index, str } from "./abstract.ts";
import { cmpResult } from "./operators.ts";
import { intFloatCompare as intCompare, intFromFloat, intToFloat } from "./int.ts";
import {
  floatAsIntegerRatio,
  floatDivMod,
  floatFloorDiv,
  floatFromHex,
  floatFromString,
  floatHash,
  floatHex,
  floatIsInteger,
  floatMod,
  floatPow,
  floatRepr,
  floatRound,
  floatRoundDigits,
  floatTrueDiv,
} from "./float.ts";
import { formatFloat } from "./format.ts";

export { floatPow };

// -- Arithmetic ---------------------------------------------------------------------------

function f(v: number): PyFloat {
  return new PyFloat(v);
}

function unsupportedFloat(): PyObject {
  return NotImplemented;
}

/** Binary operations on two floats, by NB_* code 0..12 (NotImplemented for bitwise ones). */
export const FLOAT_OPS: readonly ((a: number, b: number) => PyObject)[] = [
  (a, b) => f(a + b),
  unsupportedFloat,
  (a, b) => f(floatFloorDiv(a, b)),
  unsupportedFloat,
  unsupportedFloat,
  (a, b) => f(a * b),
  (a, b) => f(floatMod(a, b)),
  unsupportedFloat,
  (a, b) => f(floatPow(a, b)),
  unsupportedFloat,
  (a, b) => f(a - b),
  (a, b) => f(floatTrueDiv(a, b)),
  unsupportedFloat,
];

/** Compares two floats for `op` (NaN: only `!=` holds). */
export function floatCompare(a: number, b: number, op: number): boolean {
  switch (op) {
    case 0:
      return a < b;
    case 1:
      return a <= b;
    case 2:
      return a === b;
    case 3:
      return a !== b;
    case 4:
      return a > b;
    default:
      return a >= b;
  }
}

// -- Conversions ---------------------------------------------------------------------------

/** `int(x)` of a float: truncation; errors for infinities and NaN. */
export const floatToInt: (v: number) => PyInt = intFromFloat;

/** The value of a float or int operand as a double, or undefined (then NotImplemented). */
export function asDouble(x: PyObject): number | undefined {
  if (x instanceof PyFloat) return x.value;
  const i = intOf(x);
  return i === undefined ? undefined : intToFloat(i);
}

/** `float(x)` for one argument (CPython 3.11 `PyNumber_Float`). */
export function toFloat(x: PyObject): number {
  if (x instanceof PyFloat) {
    if (x.cls === T.float) return x.value;
  } else {
    const i = intOf(x);
    if (
      i !== undefined &&
      (typeof x !== "object" || typeLookup(x.cls, "__float__") === T.int.dict.get("__float__"))
    ) {
      return intToFloat(i);
    }
    const s = strOf(x);
    if (s !== undefined) return floatFromString(s);
    if (x instanceof PyBytes) return floatFromString(new TextDecoder("latin1").decode(x.data));
  }
  if (typeof x === "object") {
    const fl = typeLookup(x.cls, "__float__");
    if (fl !== undefined && fl !== None) {
      const r = callSpecial(fl, x);
      if (!(r instanceof PyFloat)) {
        raise("TypeError", `${typeName(x)}.__float__ returned non-float (type ${typeName(r)})`);
      }
      return r.value;
    }
    const ix = typeLookup(x.cls, "__index__");
    if (ix !== undefined && ix !== None) return intToFloat(index(x));
    if (x instanceof PyFloat) return x.value;
  }
  raise("TypeError", `float() argument must be a string or a real number, not '${typeName(x)}'`);
}

// -- The float type ------------------------------------------------------------------------------

function self(x: PyObject): number {
  return (x as PyFloat).value;
}

const F = T.float;

defNew(F, (cls, args, kwnames) => {
  positional("float", args, kwnames, 0, 1);
  const v = args.length === 0 ? 0 : toFloat(args[0]);
  return new PyFloat(v, cls);
});
defSlot(F, "__repr__", (x) => floatRepr(self(x)), 0);
defSlot(F, "__hash__", (x) => floatHash(self(x), idOf(x)), 0);
defSlot(F, "__bool__", (x) => self(x) !== 0, 0);
defSlot(F, "__float__", (x) => ((x as PyFloat).cls === F ? x : new PyFloat(self(x))), 0);
defSlot(F, "__int__", (x) => floatToInt(self(x)), 0);
defSlot(F, "__trunc__", (x) => floatToInt(self(x)), 0);
defSlot(F, "__floor__", (x) => floatToInt(Math.floor(self(x))), 0);
defSlot(F, "__ceil__", (x) => floatToInt(Math.ceil(self(x))), 0);
defSlot(F, "__neg__", (x) => new PyFloat(-self(x)), 0);
defSlot(F, "__pos__", (x) => ((x as PyFloat).cls === F ? x : new PyFloat(self(x))), 0);
defSlot(F, "__abs__", (x) => new PyFloat(Math.abs(self(x))), 0);
defMethod(F, "__round__", (x, args, kwnames) => {
  positional("__round__", args, kwnames, 0, 1);
  const v = self(x);
  if (args.length === 0 || args[0] === None) return floatRound(v);
  return new PyFloat(floatRoundDigits(v, index(args[0])));
});
defMethod(F, "__format__", (x, args) => {
  const spec = strOf(args[0]);
  if (spec === undefined) {
    raise("TypeError", `__format__() argument must be str, not ${typeName(args[0])}`);
  }
  return spec === "" ? str(x) : formatFloat(self(x), spec, typeName(x));
});

// CPython's float slots accept ints on either side (converted exactly or OverflowError).
function binary(name: string, op: (a: number, b: number) => PyObject): void {
  defSlot(F, `__${name}__`, (a, b) => {
    const y = asDouble(b);
    return y === undefined ? NotImplemented : op(self(a), y);
  }, 1);
  defSlot(F, `__r${name}__`, (a, b) => {
    const y = asDouble(b);
    return y === undefined ? NotImplemented : op(y, self(a));
  }, 1);
}
binary("add", FLOAT_OPS[0]);
binary("sub", FLOAT_OPS[10]);
binary("mul", FLOAT_OPS[5]);
binary("truediv", FLOAT_OPS[11]);
binary("floordiv", FLOAT_OPS[2]);
binary("mod", FLOAT_OPS[6]);
binary("divmod", (a, b) => {
  const [q, r] = floatDivMod(a, b);
  return new PyTuple([new PyFloat(q), new PyFloat(r)]);
});
defSlot(
  F,
  "__pow__",
  (a, b, m) => {
    if (m !== undefined && m !== None) {
      raise(
        "TypeError",
        "pow() 3rd argument not allowed unless all arguments are integers",
      );
    }
    const y = asDouble(b);
    return y === undefined ? NotImplemented : new PyFloat(floatPow(self(a), y));
  },
  1,
  2,
);
defSlot(
  F,
  "__rpow__",
  (a, b, m) => {
    if (m !== undefined && m !== None) {
      raise(
        "TypeError",
        "pow() 3rd argument not allowed unless all arguments are integers",
      );
    }
    const y = asDouble(b);
    return y === undefined ? NotImplemented : new PyFloat(floatPow(y, self(a)));
  },
  1,
  2,
);

for (const [op, name] of ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].entries()) {
  defSlot(F, name, (a, b) => {
    if (b instanceof PyFloat) return floatCompare(self(a), b.value, op);
    const i = intOf(b);
    if (i === undefined) return NotImplemented;
    return cmpResult(-intCompare(i, self(a)), op);
  }, 1);
}

defMethodNoArgs(F, "is_integer", (x) => floatIsInteger(self(x)));
defMethodNoArgs(F, "as_integer_ratio", (x) => new PyTuple(floatAsIntegerRatio(self(x))));
defMethodNoArgs(F, "conjugate", (x) => new PyFloat(self(x)));
defGetSet(F, "real", (x) => new PyFloat(self(x)));
defGetSet(F, "imag", () => new PyFloat(0));

defMethodNoArgs(F, "hex", (x) => floatHex(self(x)));
defClassMethod(F, "fromhex", (cls, args, kwnames) => {
  positional("fromhex", args, kwnames, 1, 1);
  const s = strOf(args[0]);
  if (s === undefined) raise("TypeError", `bad argument type for built-in operation`);
  const v = floatFromHex(s);
  return cls === F ? new PyFloat(v) : callSpecial(typeLookup(cls, "__new__")!, cls, new PyFloat(v));
});

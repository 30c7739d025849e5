/**
 * The methods of `int` and `bool` (CPython 3.11 Objects/longobject.c,
 * boolobject.c): the numeric slots over the arithmetic of `int.ts`, the
 * constructor's argument forms (`int(x)`, `int(s, base)`), and the table of
 * binary operations the operator fast path indexes by NB_* code.
 *
 * @module
 */
import {
  intFromBig,
  PyBytes,
  PyFloat,
  type PyHeap,
  PyInstance,
  type PyInt,
  type PyObject,
  PyTuple,
  type PyType,
  raise,
  T,
} from "./object.ts";
import { None, NotImplemented } from "./types.ts";
import { intOf, strOf, typeLookup, typeName } from "./core.ts";
import {
  defClassMethod,
  defGetSet,
  defMethod,
  defMethodNoArgs,
  defNew,
  defSlot,
} from "./descriptors.ts";
import { parseArgs, Signature } from "./args.ts";
import { callSpecial, typeCall } from "./calls.ts";
import { index, isTrue, str } from "./abstract.ts";
import { cmpResult } from "./operators.ts";
import { intHash } from "./hash.ts";
import {
  intAbs,
  intAdd,
  intAnd,
  intBitCount,
  intBitLength,
  intCompare,
  intDivMod,
  intFloorDiv,
  intFromFloat,
  intFromString,
  intInvert,
  intLshift,
  intMod,
  intMul,
  intNeg,
  intOr,
  intPow as intPowNonNeg,
  intPowMod,
  intRound,
  intRshift,
  intSub,
  intToFloat,
  intToString,
  intTrueDiv,
  intXor,
} from "./int.ts";
import { floatPow } from "./float_type.ts";
import { formatInt } from "./format.ts";
export { intToFloat };

// -- The operation table (ORDER NB) ---------------------------------------------------

function intPow(a: PyInt, b: PyInt): PyObject {
  if ((typeof b === "number" && b < 0) || (typeof b === "bigint" && b < 0n)) {
    return new PyFloat(floatPow(intToFloat(a), intToFloat(b)));
  }
  return intPowNonNeg(a, b);
}

function matmul(): PyObject {
  raise("TypeError", "unsupported operand type(s) for @: 'int' and 'int'");
}

/** Binary operations on two ints, by NB_* code 0..12. */
export const INT_OPS: readonly ((a: PyInt, b: PyInt) => PyObject)[] = [
  intAdd,
  intAnd,
  intFloorDiv,
  intLshift,
  matmul,
  intMul,
  intMod,
  intOr,
  intPow,
  intRshift,
  intSub,
  (a, b) => new PyFloat(intTrueDiv(a, b)),
  intXor,
];

// -- repr and conversions ------------------------------------------------------------------

/** `repr(int)`, with 3.11's limit on the number of digits. */
export const intRepr: (v: PyInt) => string = intToString;

/** `int(x)` for one argument (CPython 3.11 `PyNumber_Long`). */
export function toInt(x: PyObject): PyInt {
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "string") return intFromString(x, 10);
  if (x instanceof PyFloat && x.cls === T.float) return intFromFloat(x.value);
  const cls = (x as PyHeap).cls;
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const f = typeLookup(cls, name);
    if (f !== undefined && f !== None) {
      const r = callSpecial(f, x);
      const i = intOf(r);
      if (i === undefined) {
        if (name === "__trunc__") return toInt(r);
        raise("TypeError", `${name}() returned non-int (type ${typeName(r)})`);
      }
      return i;
    }
  }
  const s = strOf(x);
  if (s !== undefined) return intFromString(s, 10);
  if (x instanceof PyBytes) return intFromString(latin1(x.data), 10);
  raise(
    "TypeError",
    `int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`,
  );
}

function latin1(data: Uint8Array): string {
  let s = "";
  for (const b of data) s += String.fromCharCode(b);
  return s;
}

function self(x: PyObject): PyInt {
  return intOf(x)!;
}

const INT_SIG = new Signature("int", ["x", "base"], { posonly: 1, maxpos: 2 });

const I = T.int;

defNew(I, (cls, args, kwnames) => {
  const a = parseArgs(INT_SIG, args, kwnames);
  let v: PyInt;
  if (a[1] === undefined) v = a[0] === undefined ? 0 : toInt(a[0]);
  else {
    const x = a[0];
    if (x === undefined) raise("TypeError", "int() missing string argument");
    const base = index(a[1]);
    // CPython checks the base before the argument's type.
    if ((base !== 0 && base < 2) || base > 36) {
      raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
    }
    const s = strOf(x);
    if (s !== undefined) v = intFromString(s, base);
    else if (x instanceof PyBytes) v = intFromString(latin1(x.data), base);
    else raise("TypeError", "int() can't convert non-string with explicit base");
  }
  if (cls === I) return v;
  const inst = new PyInstance(cls);
  inst.base = v;
  return inst;
});

defSlot(I, "__repr__", (x) => intRepr(self(x)), 0);
defSlot(I, "__hash__", (x) => intHash(self(x)), 0);
defSlot(I, "__bool__", (x) => {
  const v = self(x);
  return v !== 0;
}, 0);
defSlot(I, "__index__", (x) => self(x), 0);
defSlot(I, "__int__", (x) => self(x), 0);
defSlot(I, "__float__", (x) => new PyFloat(intToFloat(self(x))), 0);
defSlot(I, "__neg__", (x) => intNeg(self(x)), 0);
defSlot(I, "__pos__", (x) => self(x), 0);
defSlot(I, "__abs__", (x) => intAbs(self(x)), 0);
defSlot(I, "__invert__", (x) => intInvert(self(x)), 0);
defSlot(I, "__trunc__", (x) => self(x), 0);
defSlot(I, "__floor__", (x) => self(x), 0);
defSlot(I, "__ceil__", (x) => self(x), 0);
defMethod(I, "__round__", (x, args) => {
  const v = self(x);
  if (args.length === 0 || args[0] === None) return v;
  return intRound(v, index(args[0]));
});
defMethod(I, "__format__", (x, args) => {
  const spec = strOf(args[0]);
  if (spec === undefined) {
    raise("TypeError", `__format__() argument must be str, not ${typeName(args[0])}`);
  }
  return spec === "" ? str(x) : formatInt(self(x), spec, typeName(x));
});
defMethodNoArgs(I, "__getnewargs__", (x) => new PyTuple([self(x)]));

// Each binary slot returns NotImplemented unless both operands are ints.
function binary(name: string, f: (a: PyInt, b: PyInt) => PyObject): void {
  defSlot(I, `__${name}__`, (a, b) => {
    const y = intOf(b);
    return y === undefined ? NotImplemented : f(self(a), y);
  }, 1);
  defSlot(I, `__r${name}__`, (a, b) => {
    const y = intOf(b);
    return y === undefined ? NotImplemented : f(y, self(a));
  }, 1);
}
binary("add", intAdd);
binary("sub", intSub);
binary("mul", intMul);
binary("floordiv", intFloorDiv);
binary("truediv", (a, b) => new PyFloat(intTrueDiv(a, b)));
binary("mod", intMod);
binary("divmod", (a, b) => new PyTuple(intDivMod(a, b)));
binary("lshift", intLshift);
binary("rshift", intRshift);
binary("and", intAnd);
binary("or", intOr);
binary("xor", intXor);

function powSlot(a: PyInt, b: PyInt, m: PyObject | undefined): PyObject {
  if (m === undefined || m === None) return intPow(a, b);
  const mi = intOf(m);
  if (mi === undefined) return NotImplemented;
  return intPowMod(a, b, mi);
}
defSlot(
  I,
  "__pow__",
  (a, b, m) => {
    const y = intOf(b);
    return y === undefined ? NotImplemented : powSlot(self(a), y, m);
  },
  1,
  2,
);
defSlot(
  I,
  "__rpow__",
  (a, b, m) => {
    const y = intOf(b);
    return y === undefined ? NotImplemented : powSlot(y, self(a), m);
  },
  1,
  2,
);

for (const [op, name] of ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].entries()) {
  defSlot(I, name, (a, b) => {
    const y = intOf(b);
    return y === undefined ? NotImplemented : cmpResult(intCompare(self(a), y), op);
  }, 1);
}

defMethodNoArgs(I, "bit_length", (x) => intBitLength(self(x)));
defMethodNoArgs(I, "bit_count", (x) => intBitCount(self(x)));
defMethodNoArgs(I, "conjugate", (x) => self(x));
defMethodNoArgs(I, "as_integer_ratio", (x) => new PyTuple([self(x), 1]));
defGetSet(I, "real", (x) => self(x));
defGetSet(I, "imag", () => 0);
defGetSet(I, "numerator", (x) => self(x));
defGetSet(I, "denominator", () => 1);

const TO_BYTES_SIG = new Signature("to_bytes", ["length", "byteorder", "signed"], { maxpos: 2 });
defMethod(I, "to_bytes", (x, args, kwnames) => {
  const a = parseArgs(TO_BYTES_SIG, args, kwnames);
  const length = a[0] === undefined ? 1 : Number(index(a[0]));
  const order = a[1] === undefined ? "big" : strOf(a[1]);
  if (order !== "big" && order !== "little") {
    raise("ValueError", "byteorder must be either 'little' or 'big'");
  }
  const signed = a[2] !== undefined && isTrue(a[2]);
  let v = BigInt(self(x));
  if (v < 0n && !signed) raise("OverflowError", "can't convert negative int to unsigned");
  if (length < 0) raise("ValueError", "length argument must be non-negative");
  const bits = BigInt(length * 8);
  const limit = signed ? 1n << (bits - 1n) : 1n << bits;
  if ((signed ? v >= limit || v < -limit : v >= limit) || (length === 0 && v !== 0n)) {
    raise("OverflowError", "int too big to convert");
  }
  if (v < 0n) v += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[order === "big" ? length - 1 - i : i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return new PyBytes(out);
});
const FROM_BYTES_SIG = new Signature("from_bytes", ["bytes", "byteorder", "signed"], {
  minpos: 1,
  maxpos: 2,
});
defClassMethod(I, "from_bytes", (cls, args, kwnames) => {
  const a = parseArgs(FROM_BYTES_SIG, args, kwnames);
  const src = a[0]!;
  const data = src instanceof PyBytes ? src.data : Uint8Array.from(toArrayOfInts(src));
  const order = a[1] === undefined ? "big" : strOf(a[1]);
  if (order !== "big" && order !== "little") {
    raise("ValueError", "byteorder must be either 'little' or 'big'");
  }
  let v = 0n;
  for (let i = 0; i < data.length; i++) {
    v = (v << 8n) | BigInt(data[order === "big" ? i : data.length - 1 - i]);
  }
  if (
    a[2] !== undefined && isTrue(a[2]) && data.length > 0 && v >= 1n << BigInt(data.length * 8 - 1)
  ) {
    v -= 1n << BigInt(data.length * 8);
  }
  const r = intFromBig(v);
  return cls === I ? r : callType(cls, r);
});

function toArrayOfInts(x: PyObject): number[] {
  const items = (x as { items?: readonly PyObject[] }).items;
  if (items === undefined) raise("TypeError", `cannot convert '${typeName(x)}' object to bytes`);
  return items.map((v) => Number(index(v)));
}

function callType(cls: PyType, v: PyObject): PyObject {
  return typeCall(cls, [v], null);
}

// -- bool ------------------------------------------------------------------------------------------

const B = T.bool;

defNew(B, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    raise("TypeError", "bool() takes no keyword arguments");
  }
  if (args.length > 1) raise("TypeError", `bool expected at most 1 argument, got ${args.length}`);
  return args.length === 0 ? false : isTrue(args[0]);
});
defSlot(B, "__repr__", (x) => (x === true ? "True" : "False"), 0);

function boolBinary(
  name: string,
  f: (a: boolean, b: boolean) => boolean,
  g: (a: PyInt, b: PyInt) => PyObject,
): void {
  const fn = (a: PyObject, b: PyObject): PyObject => {
    if (typeof a === "boolean" && typeof b === "boolean") return f(a, b);
    const x = intOf(a), y = intOf(b);
    return x === undefined || y === undefined ? NotImplemented : g(x, y);
  };
  defSlot(B, `__${name}__`, fn, 1);
  defSlot(B, `__r${name}__`, (a, b) => fn(b, a), 1);
}
boolBinary("and", (a, b) => a && b, intAnd);
boolBinary("or", (a, b) => a || b, intOr);
boolBinary("xor", (a, b) => a !== b, intXor);

/** Whether `x` is an int-subclass instance (a `PyInstance` carrying an int). */
export function isIntSubclassInstance(x: PyObject): boolean {
  return x instanceof PyInstance && intOf(x) !== undefined;
}

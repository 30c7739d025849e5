/**
 * The methods of `float` (CPython 3.11 Objects/floatobject.c): arithmetic
 * with CPython's zero-division and overflow errors, `float_pow`'s special
 * cases, comparison with ints, rounding (`round(x, n)` correctly rounded,
 * half to even), and the table the operator fast path indexes by NB_* code.
 *
 * @module
 */
import { intFromBig, PyBytes, PyFloat, type PyInt, type PyObject, PyTuple, raise, T } from "./object.ts";
import { None, NotImplemented } from "./types.ts";
import { intOf, strOf, typeLookup, typeName } from "./core.ts";
import { defClassMethod, defGetSet, defMethod, defMethodNoArgs, defNew, defSlot } from "./descriptors.ts";
import { positional } from "./args.ts";
import { callSpecial } from "./calls.ts";
import { index, str } from "./abstract.ts";
import { cmpResult } from "./operators.ts";
import { floatHash, pointerHash } from "./hash.ts";
import { idOf } from "./core.ts";
import { reprFloat } from "./repr.ts";
import { intFloatCompare as intCompare, intFromFloat, intToFloat } from "./int.ts";
import { formatFloat } from "./format_spec.ts";
import { parseFloatLiteral } from "./parse_number.ts";

// -- Arithmetic ---------------------------------------------------------------------------

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/** `x ** y` for floats (CPython 3.11 `float_pow`). */
export function floatPow(iv: number, iw: number): number {
  if (iw === 0) return 1;
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1 ? 1 : iw;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1) return 1;
    return (iw > 0) === (a > 1) ? Math.abs(iw) : 0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0;
  }
  if (iv === 0) {
    if (iw < 0) raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
    return isOddInteger(iw) ? iv : 0;
  }
  let negate = false;
  if (iv < 0) {
    if (!Number.isInteger(iw)) raise("ValueError", "complex numbers are not supported");
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1) return negate ? -1 : 1;
  const r = Math.pow(iv, iw);
  if (!Number.isFinite(r)) raise("OverflowError", "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

/** `x // y` for floats. */
export function floatFloorDiv(vx: number, wx: number): number {
  if (wx === 0) raise("ZeroDivisionError", "float floor division by zero");
  return floatDivmod(vx, wx)[0];
}

/** `x % y` for floats. */
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) raise("ZeroDivisionError", "float modulo");
  let mod = vx % wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else mod = wx < 0 ? -0 : 0;
  return mod;
}

/** `divmod(x, y)` for floats (CPython 3.11 `float_divmod`). */
export function floatDivmod(vx: number, wx: number): [number, number] {
  if (wx === 0) raise("ZeroDivisionError", "float divmod()");
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1;
    }
  } else mod = wx < 0 ? -0 : 0;
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = (vx / wx) < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  return [floordiv, mod];
}

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
  (a, b) => {
    if (b === 0) raise("ZeroDivisionError", "float division by zero");
    return f(a / b);
  },
  unsupportedFloat,
];

/** Compares two floats for `op` (NaN: only `!=` holds). */
export function floatCompare(a: number, b: number, op: number): boolean {
  switch (op) {
    case 0: return a < b;
    case 1: return a <= b;
    case 2: return a === b;
    case 3: return a !== b;
    case 4: return a > b;
    default: return a >= b;
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
    if (i !== undefined && (typeof x !== "object" || typeLookup(x.cls, "__float__") === T.int.dict.get("__float__"))) {
      return intToFloat(i);
    }
    const s = strOf(x);
    if (s !== undefined) return parseFloatLiteral(s, x);
    if (x instanceof PyBytes) return parseFloatLiteral(new TextDecoder("latin1").decode(x.data), x);
  }
  if (typeof x === "object") {
    const fl = typeLookup(x.cls, "__float__");
    if (fl !== undefined && fl !== None) {
      const r = callSpecial(fl, x);
      if (!(r instanceof PyFloat)) raise("TypeError", `${typeName(x)}.__float__ returned non-float (type ${typeName(r)})`);
      return r.value;
    }
    const ix = typeLookup(x.cls, "__index__");
    if (ix !== undefined && ix !== None) return intToFloat(index(x));
    if (x instanceof PyFloat) return x.value;
  }
  raise("TypeError", `float() argument must be a string or a real number, not '${typeName(x)}'`);
}

/** Banker's rounding of a double to an integral double. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : r;
}

/** `round(x, nd)` for floats: exact decimal rounding, half to even (CPython's `double_round`). */
export function floatRound(x: number, nd: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (nd > 323) return x;
  if (nd < -308) return x < 0 ? -0 : 0;
  // x = m * 2**e exactly; scale by 10**nd as a rational, round half even.
  const [m, e] = frexpInt(x);
  let num = m, den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (nd >= 0) num *= 10n ** BigInt(nd);
  else den *= 10n ** BigInt(-nd);
  const neg = num < 0n;
  if (neg) num = -num;
  let q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  const text = nd >= 0 ? `${q}e-${nd}` : `${q}e${-nd}`;
  const v = Number(text);
  if (!Number.isFinite(v)) raise("OverflowError", "rounded value too large to represent");
  return neg ? -v : v;
}

/** `x` as `m * 2**e` with integer `m`. */
function frexpInt(x: number): [bigint, number] {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n;
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = exp - 1075;
  }
  return [sign * mant, e];
}

/** `float.as_integer_ratio()`. */
export function floatAsRatio(x: number): [PyInt, PyInt] {
  if (x !== x) raise("ValueError", "cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) raise("OverflowError", "cannot convert Infinity to integer ratio");
  let [m, e] = frexpInt(x);
  if (m === 0n) return [0, 1];
  while ((m & 1n) === 0n && e < 0) {
    m >>= 1n;
    e++;
  }
  if (e >= 0) return [intFromBig(m << BigInt(e)), 1];
  return [intFromBig(m), intFromBig(1n << BigInt(-e))];
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
defSlot(F, "__repr__", (x) => reprFloat(self(x)), 0);
defSlot(F, "__hash__", (x) => floatHash(self(x), pointerHash(idOf(x))), 0);
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
  if (args.length === 0 || args[0] === None) return floatToInt(roundHalfEven(v));
  const nd = index(args[0]);
  return new PyFloat(floatRound(v, typeof nd === "bigint" ? (nd > 0n ? 400 : -400) : nd));
});
defMethod(F, "__format__", (x, args) => {
  const spec = strOf(args[0]);
  if (spec === undefined) raise("TypeError", `__format__() argument must be str, not ${typeName(args[0])}`);
  return spec === "" ? str(x) : formatFloat(self(x), spec);
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
  const [q, r] = floatDivmod(a, b);
  return new PyTuple([new PyFloat(q), new PyFloat(r)]);
});
defSlot(F, "__pow__", (a, b, m) => {
  if (m !== undefined && m !== None) raise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
  const y = asDouble(b);
  return y === undefined ? NotImplemented : new PyFloat(floatPow(self(a), y));
}, 1, 2);
defSlot(F, "__rpow__", (a, b, m) => {
  if (m !== undefined && m !== None) raise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
  const y = asDouble(b);
  return y === undefined ? NotImplemented : new PyFloat(floatPow(y, self(a)));
}, 1, 2);

for (const [op, name] of ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].entries()) {
  defSlot(F, name, (a, b) => {
    if (b instanceof PyFloat) return floatCompare(self(a), b.value, op);
    const i = intOf(b);
    if (i === undefined) return NotImplemented;
    return cmpResult(-intCompare(i, self(a)), op);
  }, 1);
}

defMethodNoArgs(F, "is_integer", (x) => Number.isInteger(self(x)));
defMethodNoArgs(F, "as_integer_ratio", (x) => new PyTuple(floatAsRatio(self(x))));
defMethodNoArgs(F, "conjugate", (x) => new PyFloat(self(x)));
defGetSet(F, "real", (x) => new PyFloat(self(x)));
defGetSet(F, "imag", () => new PyFloat(0));
defMethodNoArgs(F, "hex", (x) => floatHex(self(x)));
defClassMethod(F, "fromhex", (_cls, args) => {
  const s = strOf(args[0]);
  if (s === undefined) raise("TypeError", `bad argument type for built-in operation`);
  return new PyFloat(floatFromHex(s));
});

// CPython 3.11 float_hex.
function floatHex(x: number): string {
  if (x !== x) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0";
  const [m0, e0] = frexpInt(Math.abs(x));
  let m = m0, e = e0 + 52;
  while (m < 1n << 52n) {
    m <<= 1n;
    e--;
  }
  const frac = (m & ((1n << 52n) - 1n)).toString(16).padStart(13, "0");
  return `${x < 0 ? "-" : ""}0x1.${frac}p${e >= 0 ? "+" : ""}${e}`;
}

function floatFromHex(s: string): number {
  const m = /^\s*([+-])?(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?\s*$/i.exec(s);
  if (m === null || (m[2] === "" && (m[3] ?? "") === "")) {
    const t = s.trim().toLowerCase();
    const inf = /^([+-])?(inf|infinity)$/.exec(t);
    if (inf !== null) return inf[1] === "-" ? -Infinity : Infinity;
    if (/^[+-]?nan$/.test(t)) return NaN;
    raise("ValueError", "invalid hexadecimal floating-point string");
  }
  const digits = (m[2] ?? "") + (m[3] ?? "");
  let v = Number(BigInt("0x" + (digits || "0")));
  v *= 2 ** (Number(m[4] ?? 0) - 4 * (m[3] ?? "").length);
  if (!Number.isFinite(v)) raise("OverflowError", "hexadecimal value too large to represent as a float");
  return m[1] === "-" ? -v : v;
}

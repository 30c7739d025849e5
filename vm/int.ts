/**
 * Python `int` semantics on the VM's representation: a JS `number` when the
 * value is a safe integer, a `bigint` otherwise (see `object.ts`,
 * requirement 1). Every function takes normalized ints, returns normalized
 * ints, and tries the all-`number` case first, since that is what loops
 * run; only results that leave the safe range pay for a `bigint`. Booleans
 * are the caller's business (it passes 0/1).
 *
 * Errors are CPython 3.11's, raised with `raise()`.
 *
 * @module
 */
import { intFromBig, type PyInt, raise } from "./object.ts";
import { codePointPrefix, isAsciiSpace, transformDecimalAndSpace } from "./num_text.ts";
import { reprStr } from "./repr.ts";
// float.ts imports this module too; the cycle is harmless because neither
// uses the other while loading.
import { floatPow } from "./float.ts";

const MAX_SAFE = 9007199254740991;

function big(a: PyInt): bigint {
  return typeof a === "bigint" ? a : BigInt(a);
}

/** Whether `a < 0`. */
export function intIsNegative(a: PyInt): boolean {
  return a < 0;
}

/** -1, 0 or 1. */
export function intSign(a: PyInt): number {
  return a < 0 ? -1 : a > 0 ? 1 : 0;
}

// -- Arithmetic ---------------------------------------------------------------

/** `a + b`. */
export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    // If the exact sum is safe the double sum is exact; if not, the rounded
    // sum is at least 2**53 in magnitude and fails this test.
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return intFromBig(big(a) + big(b));
}

/** `a - b`. */
export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return intFromBig(big(a) - big(b));
}

/** `a * b`. */
export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    // `+ 0` turns the -0 of `0 * -5` into the int 0.
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
  }
  return intFromBig(big(a) * big(b));
}

/** `-a`. */
export function intNeg(a: PyInt): PyInt {
  return typeof a === "number" ? 0 - a : intFromBig(-a);
}

/** `abs(a)`. */
export function intAbs(a: PyInt): PyInt {
  return typeof a === "number" ? Math.abs(a) : a < 0n ? -a : a;
}

function bigFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function bigFloorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** `a // b` (floor division). */
export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) raise("ZeroDivisionError", "integer division or modulo by zero");
    // For |a| < 2**53 the rounding error of a / b is below the distance
    // from the true quotient to the next integer, so the floor is exact.
    return Math.floor(a / b) + 0;
  }
  const bb = big(b);
  if (bb === 0n) raise("ZeroDivisionError", "integer division or modulo by zero");
  return intFromBig(bigFloorDiv(big(a), bb));
}

/** `a % b`, with the sign of `b`. */
export function intMod(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) raise("ZeroDivisionError", "integer modulo by zero");
    const r = a % b;
    return (r !== 0 && (r < 0) !== (b < 0) ? r + b : r) + 0;
  }
  const bb = big(b);
  if (bb === 0n) raise("ZeroDivisionError", "integer modulo by zero");
  return intFromBig(bigFloorMod(big(a), bb));
}

/** `divmod(a, b)`. */
export function intDivMod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) raise("ZeroDivisionError", "integer division or modulo by zero");
    const r = a % b;
    const m = (r !== 0 && (r < 0) !== (b < 0) ? r + b : r) + 0;
    return [Math.floor(a / b) + 0, m];
  }
  const bb = big(b);
  if (bb === 0n) raise("ZeroDivisionError", "integer division or modulo by zero");
  const aa = big(a);
  const q = bigFloorDiv(aa, bb);
  return [intFromBig(q), intFromBig(aa - q * bb)];
}

// -- Powers of two as doubles, built from bits so they are exact ----------------

const POW2 = new Float64Array(1023 + 1074 + 1);
{
  const view = new DataView(new ArrayBuffer(8));
  for (let k = -1074; k <= 1023; k++) {
    if (k >= -1022) {
      view.setUint32(0, (k + 1023) * 0x100000);
      view.setUint32(4, 0);
    } else {
      const bit = k + 1074;
      view.setUint32(0, bit >= 32 ? 2 ** (bit - 32) : 0);
      view.setUint32(4, bit < 32 ? 2 ** bit : 0);
    }
    POW2[k + 1074] = view.getFloat64(0);
  }
}

/** 2**k as a double, exactly, for -1074 <= k <= 1023. */
export function pow2(k: number): number {
  return POW2[k + 1074];
}

/** The number of bits of |v| (0 for 0). */
export function bigBitLength(v: bigint): number {
  if (v < 0n) v = -v;
  if (v === 0n) return 0;
  const s = v.toString(16);
  return (s.length - 1) * 4 + (32 - Math.clz32(parseInt(s[0], 16)));
}

/**
 * The double nearest to n/d, ties to even (d != 0): the exact quotient's
 * leading 53 bits (fewer in the subnormal range) come from one bigint
 * division, and the remainder decides the rounding. Raises OverflowError
 * with `overflowMessage` past the largest double.
 * CPython 3.11 Objects/longobject.c: long_true_divide computes the same
 * correctly rounded quotient.
 */
export function bigRatioToFloat(n: bigint, d: bigint, overflowMessage: string): number {
  const negative = (n < 0n) !== (d < 0n);
  if (n < 0n) n = -n;
  if (d < 0n) d = -d;
  if (n === 0n) return negative ? -0 : 0;
  // 2**e <= n/d < 2**(e+1) for e = bits(n) - bits(d) or one less.
  let e = bigBitLength(n) - bigBitLength(d);
  if (e > 1025) raise("OverflowError", overflowMessage);
  if (e < -1077) return negative ? -0 : 0;
  if (e >= 0 ? n < d << BigInt(e) : n << BigInt(-e) < d) e--;
  if (e > 1023) raise("OverflowError", overflowMessage);
  const ulp = Math.max(e - 52, -1074);
  let q: bigint, den: bigint, num: bigint;
  if (ulp >= 0) {
    den = d << BigInt(ulp);
    num = n;
  } else {
    den = d;
    num = n << BigInt(-ulp);
  }
  q = num / den;
  const twice = (num - q * den) * 2n;
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  const v = Number(q) * pow2(ulp);
  if (v === Infinity) raise("OverflowError", overflowMessage);
  return negative ? -v : v;
}

/** `a / b`: the correctly rounded double (the caller boxes it). */
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) raise("ZeroDivisionError", "division by zero");
    // Both are exact doubles, so IEEE division is already correctly rounded.
    return a / b;
  }
  const bb = big(b);
  if (bb === 0n) raise("ZeroDivisionError", "division by zero");
  return bigRatioToFloat(big(a), bb, "integer division result too large for a float");
}

function memoryError(): never {
  raise("MemoryError", "");
}

/**
 * `a ** b` for `b >= 0` (an int). For a negative exponent Python's result
 * is a float: use `intPowFloat`.
 */
export function intPow(a: PyInt, b: PyInt): PyInt {
  if (b < 0) throw new RangeError("intPow: negative exponent (use intPowFloat)");
  if (a === 0) return b === 0 ? 1 : 0;
  if (a === 1) return 1;
  if (a === -1) return (typeof b === "number" ? b % 2 === 1 : (b & 1n) === 1n) ? -1 : 1;
  if (typeof a === "number" && typeof b === "number" && b <= 64) {
    // |a| >= 2, so the product leaves the safe range within 53 steps;
    // until then every step is exact.
    let r = 1;
    let i = 0;
    for (; i < b; i++) {
      const next = r * a;
      if (next > MAX_SAFE || next < -MAX_SAFE) break;
      r = next;
    }
    if (i === b) return r;
  }
  const bb = big(b);
  // V8's bigints stop at 2**30 bits; CPython would run out of memory.
  if (BigInt(bigBitLength(big(a)) - 1) * bb > 1n << 30n) memoryError();
  try {
    return intFromBig(big(a) ** bb);
  } catch (e) {
    if (e instanceof RangeError) memoryError();
    throw e;
  }
}

/**
 * `a ** b` for `b < 0`, a float (the caller boxes it): CPython converts both
 * operands to float and defers to float `**` (Objects/longobject.c:
 * long_pow).
 */
export function intPowFloat(a: PyInt, b: PyInt): number {
  return floatPow(intToFloat(a), intToFloat(b));
}

function bigModInverse(a: bigint, m: bigint): bigint {
  // Extended Euclid on (a mod m, m); m > 1.
  let [r0, r1] = [bigFloorMod(a, m), m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) raise("ValueError", "base is not invertible for the given modulus");
  return bigFloorMod(s0, m);
}

/** `pow(a, b, c)`. CPython 3.11 Objects/longobject.c: long_pow (the modular branch). */
export function intPowMod(a: PyInt, b: PyInt, c: PyInt): PyInt {
  if (c === 0) raise("ValueError", "pow() 3rd argument cannot be 0");
  const negativeOutput = c < 0;
  let m = big(c);
  if (negativeOutput) m = -m;
  if (m === 1n) return 0;
  let base = big(a);
  let e = big(b);
  if (e < 0n) {
    e = -e;
    base = bigModInverse(base, m);
  }
  base = bigFloorMod(base, m);
  let result: bigint;
  if (m <= 94906265n && e <= 9007199254740991n) {
    // Products of residues below sqrt(2**53) are exact doubles.
    const mm = Number(m);
    let r = 1;
    let x = Number(base);
    let k = Number(e);
    while (k > 0) {
      if (k % 2 === 1) r = (r * x) % mm;
      k = Math.floor(k / 2);
      if (k > 0) x = (x * x) % mm;
    }
    result = BigInt(r);
  } else {
    result = 1n;
    while (e > 0n) {
      if (e & 1n) result = (result * base) % m;
      e >>= 1n;
      if (e > 0n) base = (base * base) % m;
    }
  }
  if (negativeOutput && result !== 0n) result -= m;
  return intFromBig(result);
}

// -- Shifts and bitwise operations ---------------------------------------------

// CPython's largest int has PY_SSIZE_T_MAX / 4 30-bit digits; a left shift
// past it is an OverflowError, and anything smaller that cannot be
// allocated is a MemoryError.
const MAX_LONG_BITS = ((1n << 63n) - 25n) / 4n * 30n;

/** `a << n`. */
export function intLshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) raise("ValueError", "negative shift count");
  if (a === 0) return 0;
  if (typeof a === "number" && typeof n === "number" && n < 53) {
    const r = a * POW2[n + 1074];
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  const nb = big(n);
  if (nb + BigInt(bigBitLength(big(a))) > 1n << 30n) {
    if (nb >= MAX_LONG_BITS) raise("OverflowError", "too many digits in integer");
    memoryError();
  }
  return intFromBig(big(a) << nb);
}

/** `a >> n` (floor semantics for negative `a`). */
export function intRshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) raise("ValueError", "negative shift count");
  if (typeof a === "number") {
    if (n >= 53) return a < 0 ? -1 : 0;
    // Division by a power of two is exact, so the floor is exact.
    return Math.floor(a / POW2[(n as number) + 1074]) + 0;
  }
  if (typeof n === "bigint" || n > 1 << 30) return a < 0n ? -1 : 0;
  return intFromBig(a >> BigInt(n));
}

function isInt32(a: PyInt): a is number {
  return typeof a === "number" && (a | 0) === a;
}

/** `a & b` (two's complement on infinitely many bits, as Python). */
export function intAnd(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a & b;
  return intFromBig(big(a) & big(b));
}

/** `a | b`. */
export function intOr(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a | b;
  return intFromBig(big(a) | big(b));
}

/** `a ^ b`. */
export function intXor(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return intFromBig(big(a) ^ big(b));
}

/** `~a`, which is `-a - 1`. */
export function intInvert(a: PyInt): PyInt {
  if (typeof a === "number" && a !== MAX_SAFE) return -a - 1;
  return intFromBig(~big(a));
}

// -- Comparisons -----------------------------------------------------------------

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function intCompare(a: PyInt, b: PyInt): number {
  // Relational operators compare a bigint and a number by exact value.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `a == b` for ints: normalized ints are equal exactly when `===`. */
export function intEq(a: PyInt, b: PyInt): boolean {
  return a === b;
}

/**
 * Compares an int with a float by exact value, as CPython's float_richcompare:
 * -1, 0 or 1, or NaN when `x` is NaN (every ordering is then False and `!=`
 * True). Infinities compare beyond every int.
 */
export function intFloatCompare(a: PyInt, x: number): number {
  if (x !== x) return NaN;
  // ECMAScript compares a bigint with a number by their mathematical values,
  // so no precision is lost however large `a` is.
  return a < x ? -1 : a > x ? 1 : 0;
}

/** `a == x` for an int and a float. */
export function intFloatEq(a: PyInt, x: number): boolean {
  // Loose equality compares a bigint with a number by exact value.
  // deno-lint-ignore eqeqeq
  return typeof a === "number" ? a === x : (a as unknown) == x;
}

// -- Conversions between int and float ----------------------------------------

/** `float(a)`, correctly rounded. */
export function intToFloat(a: PyInt): number {
  if (typeof a === "number") return a;
  // Number(bigint) rounds to nearest, ties to even, as CPython's PyLong_AsDouble.
  const x = Number(a);
  if (x === Infinity || x === -Infinity) {
    raise("OverflowError", "int too large to convert to float");
  }
  return x;
}

function integralFloatToInt(t: number): PyInt {
  if (t <= MAX_SAFE && t >= -MAX_SAFE) return t + 0;
  if (t !== t) raise("ValueError", "cannot convert float NaN to integer");
  if (t === Infinity || t === -Infinity) {
    raise("OverflowError", "cannot convert float infinity to integer");
  }
  return BigInt(t);
}

/** `int(x)` for a float: truncation toward zero. */
export function intFromFloat(x: number): PyInt {
  return integralFloatToInt(Math.trunc(x));
}

/** `math.floor(x)` for a float. */
export function intFloorFromFloat(x: number): PyInt {
  return integralFloatToInt(Math.floor(x));
}

/** `math.ceil(x)` for a float. */
export function intCeilFromFloat(x: number): PyInt {
  return integralFloatToInt(Math.ceil(x));
}

// -- Hash ----------------------------------------------------------------------------

const HASH_MODULUS = (1n << 61n) - 1n;

/**
 * `hash(a)`: |a| mod 2**61-1 with the sign of `a`, and -1 (reserved for
 * errors in C) mapped to -2. CPython 3.11 Objects/longobject.c: long_hash.
 */
export function intHash(a: PyInt): PyInt {
  if (typeof a === "number") return a === -1 ? -2 : a;
  let h = (a < 0n ? -a : a) % HASH_MODULUS;
  if (a < 0n) h = -h;
  return h === -1n ? -2 : intFromBig(h);
}

// -- bit_length, bit_count, round ---------------------------------------------------

/** `a.bit_length()`. */
export function intBitLength(a: PyInt): number {
  if (typeof a === "bigint") return bigBitLength(a);
  const x = Math.abs(a);
  if (x < 4294967296) return 32 - Math.clz32(x);
  return 64 - Math.clz32(Math.floor(x / 4294967296));
}

function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** `a.bit_count()`: the number of ones in |a|. */
export function intBitCount(a: PyInt): number {
  if (typeof a === "number") {
    const x = Math.abs(a);
    return popcount32(x >>> 0) + popcount32(Math.floor(x / 4294967296));
  }
  let n = 0;
  for (const ch of (a < 0n ? -a : a).toString(16)) n += popcount32(parseInt(ch, 16));
  return n;
}

/**
 * `round(a, ndigits)`: `a` itself for ndigits >= 0, else rounded to a
 * multiple of 10**-ndigits, ties to even. CPython 3.11
 * Objects/longobject.c: long_round via _PyLong_DivmodNear.
 */
export function intRound(a: PyInt, ndigits: PyInt): PyInt {
  if (ndigits >= 0) return a;
  const aa = big(a);
  const k = -big(ndigits);
  // 10**k > 2|a| rounds to 0; checking digit counts avoids computing 10**k.
  const digits = (aa < 0n ? -aa : aa).toString().length;
  if (k > BigInt(digits) + 1n) return 0;
  const p = 10n ** k;
  let q = bigFloorDiv(aa, p);
  const twice = (aa - q * p) * 2n;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return intFromBig(q * p);
}

// -- int <-> str --------------------------------------------------------------------

// CPython 3.11's guard against quadratic-time conversions (CVE-2020-10735):
// decimal (and other non-power-of-two base) conversions of more than
// `sys.get_int_max_str_digits()` digits fail. Conversions of up to 640
// digits are never checked.
const MAX_STR_DIGITS_THRESHOLD = 640;
let maxStrDigits = 4300;

/** `sys.set_int_max_str_digits(n)`: 0 disables the limit, else n >= 640. */
export function setIntMaxStrDigits(n: number): void {
  if (n !== 0 && n < MAX_STR_DIGITS_THRESHOLD) {
    raise("ValueError", `maxdigits must be 0 or larger than ${MAX_STR_DIGITS_THRESHOLD}`);
  }
  maxStrDigits = n;
}

/** `sys.get_int_max_str_digits()`. */
export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

function toStrLimitError(): never {
  raise(
    "ValueError",
    `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; ` +
      "use sys.set_int_max_str_digits() to increase the limit",
  );
}

/** `str(a)` / `repr(a)`, subject to the int max-str-digits limit. */
export function intToString(a: PyInt): string {
  if (typeof a === "number") return String(a);
  if (maxStrDigits > 0) {
    // log10(2) < 0.30103: more bits than this means more digits than allowed.
    const bits = bigBitLength(a);
    if (bits > (maxStrDigits + 1) / 0.30102999 + 1) toStrLimitError();
    const s = a.toString();
    if (s.length - (a < 0n ? 1 : 0) > maxStrDigits) toStrLimitError();
    return s;
  }
  return a.toString();
}

/** The digits of `a` in base 2, 8, 10 or 16 (lowercase, "-" for negatives, no prefix, no limit). */
export function intToBase(a: PyInt, base: 2 | 8 | 10 | 16): string {
  return a.toString(base);
}

function prefixed(a: PyInt, prefix: string, base: 2 | 8 | 16): string {
  const s = a.toString(base);
  return s[0] === "-" ? "-" + prefix + s.slice(1) : prefix + s;
}

/** `bin(a)`. */
export function intBin(a: PyInt): string {
  return prefixed(a, "0b", 2);
}

/** `oct(a)`. */
export function intOct(a: PyInt): string {
  return prefixed(a, "0o", 8);
}

/** `hex(a)`. */
export function intHex(a: PyInt): string {
  return prefixed(a, "0x", 16);
}

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  c |= 0x20; // ASCII letters to lowercase; other characters stay above 'z' or below 'a'
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  return 99;
}

function digitsToBig(digits: string, base: number): bigint {
  switch (base) {
    case 10:
      return BigInt(digits);
    case 16:
      return BigInt("0x" + digits);
    case 8:
      return BigInt("0o" + digits);
    case 2:
      return BigInt("0b" + digits);
  }
  if (base === 4 || base === 32) {
    const width = base === 4 ? 2 : 5;
    let bits = "";
    for (let i = 0; i < digits.length; i++) {
      bits += parseInt(digits[i], base).toString(2).padStart(width, "0");
    }
    return BigInt("0b" + bits);
  }
  // Other bases: chunks of digits whose value stays below 2**53.
  const chunk = Math.floor(53 / Math.log2(base));
  let acc = 0n;
  for (let i = 0; i < digits.length; i += chunk) {
    const part = digits.slice(i, i + chunk);
    acc = acc * BigInt(base) ** BigInt(part.length) + BigInt(parseInt(part, base));
  }
  return acc;
}

/**
 * `int(s, base)` for a str. Follows CPython 3.11 Objects/longobject.c:
 * PyLong_FromString (whitespace around, a sign, base 0 prefixes and
 * "old octal" zeros, one underscore between digits or after a prefix) on
 * the text as PyLong_FromUnicodeObject prepares it (Unicode digits and
 * spaces mapped to ASCII). The 4300-digit limit applies to bases that are
 * not powers of two, as in CPython.
 */
export function intFromString(text: string, base: PyInt = 10): PyInt {
  if ((base !== 0 && base < 2) || base > 36) {
    raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
  }
  const origBase = Number(base);
  let b = origBase;
  const s = transformDecimalAndSpace(text);
  const fail = (): never =>
    raise(
      "ValueError",
      `invalid literal for int() with base ${origBase}: ${codePointPrefix(reprStr(text), 200)}`,
    );
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let negative = false;
  if (s[i] === "+") i++;
  else if (s[i] === "-") {
    negative = true;
    i++;
  }
  let errorIfNonzero = false;
  const p1 = (s[i + 1] ?? "").toLowerCase();
  if (b === 0) {
    if (s[i] !== "0") b = 10;
    else if (p1 === "x") b = 16;
    else if (p1 === "o") b = 8;
    else if (p1 === "b") b = 2;
    else {
      // "Old" C-style octal like 017 is invalid, but 000 is still zero.
      errorIfNonzero = true;
      b = 10;
    }
  }
  if (
    s[i] === "0" &&
    ((b === 16 && p1 === "x") || (b === 8 && p1 === "o") || (b === 2 && p1 === "b"))
  ) {
    i += 2;
    if (s[i] === "_") i++;
  }
  if (s[i] === "_") fail();
  const start = i;
  let digits = "";
  let prev = "";
  while (i < n) {
    const ch = s[i];
    if (ch === "_") {
      if (prev === "_") fail();
    } else if (digitValue(ch.charCodeAt(0)) < b) {
      digits += ch;
    } else break;
    prev = ch;
    i++;
  }
  if (prev === "_") fail();
  if (
    (b & (b - 1)) !== 0 && digits.length > MAX_STR_DIGITS_THRESHOLD && maxStrDigits > 0 &&
    digits.length > maxStrDigits
  ) {
    raise(
      "ValueError",
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: ` +
        `value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  if (i === start) fail();
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) fail();
  let value: PyInt;
  if (digits.length <= 15 && b === 10) value = +digits;
  else if (digits.length <= 10) value = parseInt(digits, b);
  else value = intFromBig(digitsToBig(digits, b));
  if (errorIfNonzero && value !== 0) fail();
  return negative ? intNeg(value) : value;
}

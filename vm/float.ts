/**
 * Python `float` semantics on plain JS numbers (the caller unboxes and
 * boxes `PyFloat`s): floor division and modulo with Python's sign rules,
 * `**` with CPython's special cases, hashing, rounding, parsing, `repr`,
 * `as_integer_ratio`, `hex`/`fromhex`. Errors are CPython 3.11's.
 *
 * @module
 */
import { intFromBig, type PyInt, raise } from "./object.ts";
import { bigRatioToFloat, intFromFloat, intHash } from "./int.ts";
import { isAsciiSpace, transformDecimalAndSpace } from "./num_text.ts";
import { mantissaExponent } from "./float_format.ts";
import { reprFloat, reprStr } from "./repr.ts";
import { C } from "./modules/libm_backend.ts";

const MAX_SAFE = 9007199254740991;

// -- Bits ---------------------------------------------------------------------------

const bitsView = new DataView(new ArrayBuffer(8));

/**
 * Splits a finite nonzero |x| into an integer mantissa and a binary
 * exponent: |x| = m * 2**e with m odd (m < 2**53).
 */
export const decompose: (x: number) => [m: number, e: number] = mantissaExponent;

// -- Arithmetic -----------------------------------------------------------------------

/** `a / b`. */
export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) raise("ZeroDivisionError", "float division by zero");
  return a / b;
}

/**
 * CPython 3.11 Objects/floatobject.c: _float_div_mod. fmod is exact, so
 * a - mod is an exact multiple of b; the quotient is snapped to the nearest
 * integer to undo the rounding of the division.
 */
function divMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  // `!== 0` rather than truthiness: a NaN must take the C branch for nonzero.
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    // Zero with the sign of the true quotient.
    floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** `a // b`. */
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) raise("ZeroDivisionError", "float floor division by zero");
  return divMod(a, b)[0];
}

/** `a % b`, with the sign of `b`. CPython 3.11 Objects/floatobject.c: float_rem. */
export function floatMod(a: number, b: number): number {
  if (b === 0) raise("ZeroDivisionError", "float modulo");
  let mod = a % b;
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

/** `divmod(a, b)`. */
export function floatDivMod(a: number, b: number): [number, number] {
  if (b === 0) raise("ZeroDivisionError", "float divmod()");
  return divMod(a, b);
}

function isOddInteger(y: number): boolean {
  // Doubles of magnitude 2**53 and above are all even.
  return Math.abs(y) < 9007199254740992 && Math.abs(y % 2) === 1;
}

/**
 * `a ** b` for floats. CPython 3.11 Objects/floatobject.c: float_pow sorts
 * out zeros, infinities, NaNs and negative bases itself, then calls the C
 * library's pow (`C.pow`: the platform's, or `libmPow`, which reproduces glibc's bit for bit).
 * A negative base with a non-integral exponent gives a complex number in
 * CPython; patchpy has no complex type, so that raises NotImplementedError
 * (unless CPython would raise OverflowError computing it).
 */
export function floatPow(iv: number, iw: number): number {
  if (iw === 0) return 1.0;
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1.0 ? 1.0 : iw;
  if (iw === Infinity || iw === -Infinity) {
    const av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    if ((iw > 0) === (av > 1.0)) return Infinity;
    return 0.0;
  }
  if (iv === Infinity || iv === -Infinity) {
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
    if (iw !== Math.floor(iw)) {
      // CPython's complex power first computes |v| ** w, and reports its overflow.
      if (C.pow(-iv, iw) === Infinity) raise("OverflowError", "complex exponentiation");
      raise("NotImplementedError", "complex results are not supported");
    }
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  let ix = C.pow(iv, iw);
  if (negate) ix = -ix;
  // The C library reports ERANGE on overflow; an underflow to zero is fine.
  if (ix === Infinity || ix === -Infinity) {
    raise("OverflowError", "(34, 'Numerical result out of range')");
  }
  return ix;
}

// -- Hash --------------------------------------------------------------------------------

const HASH_MODULUS = (1n << 61n) - 1n;

/**
 * `hash(x)`. CPython 3.11 Python/pyhash.c: _Py_HashDouble. The value is
 * reduced modulo 2**61-1 exactly, so integral floats hash like the equal
 * int; infinities hash to +-314159; a NaN hashes by identity (3.10+), from
 * `id` as _Py_HashPointer does with the object's address.
 */
export function floatHash(x: number, id: PyInt = 0): PyInt {
  if (Number.isInteger(x) && x <= MAX_SAFE && x >= -MAX_SAFE) return intHash(x + 0);
  if (x !== x) {
    // Rotate the address right by 4 bits: the low bits of aligned pointers carry no entropy.
    const y = BigInt.asUintN(64, BigInt(id));
    const h = BigInt.asIntN(64, (y >> 4n) | (y << 60n));
    return h === -1n ? -2 : intFromBig(h);
  }
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  const [m, e] = decompose(x);
  // 2**61 == 1 (mod 2**61-1), so 2**e == 2**(e mod 61).
  let h = (BigInt(m) << BigInt(((e % 61) + 61) % 61)) % HASH_MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2 : intFromBig(h);
}

// -- Rounding ------------------------------------------------------------------------------

/** `round(x)`: the nearest int, ties to even. */
export function floatRound(x: number): PyInt {
  let r = Math.floor(x);
  const diff = x - r; // exact: below 2**52 both are on the same grid, above x is integral
  if (diff > 0.5 || (diff === 0.5 && r % 2 !== 0)) r += 1;
  return intFromFloat(r);
}

/**
 * `round(x, ndigits)`. CPython 3.11 Objects/floatobject.c: double_round
 * rounds the exact binary value to `ndigits` decimals (half to even, via
 * dtoa mode 3) and converts that decimal back to the nearest double; the
 * same is done here with exact integer arithmetic.
 */
export function floatRoundDigits(x: number, ndigits: PyInt): number {
  if (!Number.isFinite(x)) return x;
  // Beyond these bounds every double rounds to itself or to zero.
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  const n = Number(ndigits);
  if (x === 0) return x;
  const [m, e] = decompose(x);
  if (n >= 0 && n <= 100 && e !== -(n + 1) && Math.abs(x) < 1e21) {
    // toFixed rounds the exact value (ties away from zero, and a tie needs
    // e == -(n+1)); Number() then reads the decimal back correctly rounded.
    return Number(x.toFixed(n));
  }
  let num = BigInt(m);
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (n >= 0) num *= 10n ** BigInt(n);
  else den *= 10n ** BigInt(-n);
  let q = num / den;
  const twice = (num - q * den) * 2n;
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  if (q === 0n) return x < 0 ? -0 : 0;
  if (x < 0) q = -q;
  const message = "rounded value too large to represent";
  if (n >= 0) return bigRatioToFloat(q, 10n ** BigInt(n), message);
  const v = Number(q * 10n ** BigInt(-n));
  if (v === Infinity || v === -Infinity) raise("OverflowError", message);
  return v;
}

// -- Predicates and ratios ---------------------------------------------------------------------

/** `x.is_integer()`. */
export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}

/** `x.as_integer_ratio()`: the exact value as a fraction in lowest terms. */
export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (x !== x) raise("ValueError", "cannot convert NaN to integer ratio");
  if (x === Infinity || x === -Infinity) {
    raise("OverflowError", "cannot convert Infinity to integer ratio");
  }
  if (x === 0) return [0, 1];
  const [m, e] = decompose(x);
  const sm = BigInt(x < 0 ? -m : m);
  if (e >= 0) return [intFromBig(sm << BigInt(e)), 1];
  return [intFromBig(sm), intFromBig(1n << BigInt(-e))];
}

// -- Text -------------------------------------------------------------------------------------------

/**
 * `repr(x)`: the shortest digits that round-trip, in fixed notation when
 * the decimal exponent is between -4 and 16, else `1e+16` style (CPython
 * 3.11 Objects/floatobject.c: float_repr). This is `repr.ts`'s `reprFloat`.
 */
export const floatRepr: (x: number) => string = reprFloat;

/** `str(x)`: the same as `repr(x)` since Python 3.2. */
export const floatStr: (x: number) => string = floatRepr;

const FLOAT_SYNTAX = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL_SYNTAX = /^([+-]?)(inf|infinity|nan)$/i;

/**
 * `float(s)` for a str. CPython 3.11 Objects/floatobject.c:
 * PyFloat_FromString: Unicode digits and spaces are mapped to ASCII,
 * underscores must sit between digits (Python/pystrtod.c:
 * _Py_string_to_number_with_underscores), surrounding whitespace is
 * ignored, and the rest must be a decimal literal, `inf`, `infinity` or
 * `nan` (any case, optional sign). Decimal conversion is correctly rounded.
 */
export function floatFromString(text: string): number {
  let s = transformDecimalAndSpace(text);
  const fail = (): never =>
    raise("ValueError", `could not convert string to float: ${reprStr(text)}`);
  if (s.includes("_")) {
    let prev = "";
    for (const ch of s) {
      const isDigit = ch >= "0" && ch <= "9";
      if (ch === "_" ? !(prev >= "0" && prev <= "9") : prev === "_" && !isDigit) fail();
      prev = ch;
    }
    if (prev === "_") fail();
    s = s.replaceAll("_", "");
  }
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiSpace(s.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  const body = s.slice(start, end);
  if (FLOAT_SYNTAX.test(body)) return Number(body);
  const special = SPECIAL_SYNTAX.exec(body);
  if (special === null) fail();
  // CPython keeps the sign of "-nan" (visible to math.copysign); V8 may
  // canonicalize it away once the value is stored.
  if (special![2].toLowerCase() === "nan") return special![1] === "-" ? -NaN : NaN;
  return special![1] === "-" ? -Infinity : Infinity;
}

/** `x.hex()`. CPython 3.11 Objects/floatobject.c: float_hex. */
export function floatHex(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return sign + "0x0.0p+0";
  bitsView.setFloat64(0, x);
  const hi = bitsView.getUint32(0);
  const lo = bitsView.getUint32(4);
  const expBits = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff).toString(16).padStart(5, "0") + lo.toString(16).padStart(8, "0");
  const exp = expBits === 0 ? -1022 : expBits - 1023;
  return `${sign}0x${expBits === 0 ? 0 : 1}.${frac}p${exp < 0 ? "-" : "+"}${Math.abs(exp)}`;
}

const HEX_SYNTAX = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i;

/**
 * `float.fromhex(s)`. CPython 3.11 Objects/floatobject.c: float_fromhex,
 * with the exact value rounded half to even.
 */
export function floatFromHex(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isAsciiSpace(text.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(text.charCodeAt(end - 1))) end--;
  const body = text.slice(start, end);
  const special = SPECIAL_SYNTAX.exec(body);
  if (special !== null) {
    if (special[2].toLowerCase() === "nan") return NaN;
    return special[1] === "-" ? -Infinity : Infinity;
  }
  const match = HEX_SYNTAX.exec(body);
  const intPart = match?.[2] ?? "";
  const fracPart = match?.[3] ?? "";
  if (match === null || intPart.length + fracPart.length === 0) {
    raise("ValueError", "invalid hexadecimal floating-point string");
  }
  const mant = BigInt("0x" + ((intPart + fracPart).replace(/^0+/, "") || "0"));
  const negative = match![1] === "-";
  if (mant === 0n) return negative ? -0 : 0;
  // Exponents too large for an int are clamped; either way the result is
  // out of range or zero.
  const pexp = Math.max(Math.min(Number(match![4] ?? "0"), 1e7), -1e7);
  const exp = pexp - 4 * fracPart.length;
  const num = exp >= 0 ? mant << BigInt(exp) : mant;
  const den = exp >= 0 ? 1n : 1n << BigInt(-exp);
  const v = bigRatioToFloat(num, den, "hexadecimal value too large to represent as a float");
  return negative ? -v : v;
}

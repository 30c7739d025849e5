/**
 * Decimal conversion of doubles as CPython does it: the digits David Gay's
 * dtoa produces (shortest round-trip, N significant digits, or N digits
 * after the point, always from the exact binary value with ties to even)
 * and their layout by Python/pystrtod.c: PyOS_double_to_string. Used by
 * `repr()`, `format()` and `%`-formatting; precision is unlimited.
 *
 * @module
 */
import { raise } from "./object.ts";
import { repeatString } from "./num_text.ts";

/** Flags of PyOS_double_to_string (Include/pystrtod.h). */
export const DTSF_SIGN = 1;
export const DTSF_ADD_DOT_0 = 2;
export const DTSF_ALT = 4;
export const DTSF_NO_NEG_0 = 8;

const view = new DataView(new ArrayBuffer(8));

/** |x| = m * 2**e with m odd, for finite nonzero x. */
export function mantissaExponent(x: number): [m: number, e: number] {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const expBits = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + view.getUint32(4);
  let e = -1074;
  if (expBits !== 0) {
    m += 4503599627370496;
    e = expBits - 1075;
  }
  while (m % 2 === 0) {
    m /= 2;
    e++;
  }
  return [m, e];
}

/**
 * The shortest digits that read back as `a` (> 0, finite) and the position
 * of the decimal point: a = 0.DIGITS * 10**decpt. ECMAScript's shortest
 * round-trip conversion picks the same digits as dtoa mode 0 (the closest
 * of the shortest candidates).
 */
export function shortestDigits(a: number): [digits: string, decpt: number] {
  const s = a.toExponential();
  const i = s.indexOf("e");
  const digits = i === 1 ? s[0] : s[0] + s.slice(2, i);
  return [digits, Number(s.slice(i + 1)) + 1];
}

const POW5: bigint[] = [1n];

function pow5(k: number): bigint {
  while (POW5.length <= k) POW5.push(POW5[POW5.length - 1] * 5n);
  return POW5[k];
}

/**
 * Every decimal digit of `a` (> 0, finite): a double is m * 2**e, so for
 * e < 0 it is exactly m * 5**-e / 10**-e. No trailing zeros.
 */
export function exactDigits(a: number): [digits: string, decpt: number] {
  const [m, e] = mantissaExponent(a);
  if (e >= 0) {
    const s = (BigInt(m) << BigInt(e)).toString();
    return [s.replace(/0+$/, ""), s.length];
  }
  // m is odd, so m * 5**k ends in 5: no trailing zeros.
  const s = (BigInt(m) * pow5(-e)).toString();
  return [s, s.length + e];
}

/**
 * Rounds a digit string to its first `keep` digits, half to even, and
 * strips trailing zeros. An empty result means zero.
 */
function roundDigits(d: string, decpt: number, keep: number): [string, number] {
  if (keep >= d.length) return [d, decpt];
  if (keep < 0) return ["", decpt];
  const c = d.charCodeAt(keep);
  const up = c > 0x35 ||
    (c === 0x35 && (keep + 1 < d.length || (keep > 0 && (d.charCodeAt(keep - 1) & 1) === 1)));
  let head = d.slice(0, keep);
  if (!up) return [head.replace(/0+$/, ""), decpt];
  let i = keep - 1;
  while (i >= 0 && head.charCodeAt(i) === 0x39) i--;
  if (i < 0) return ["1", decpt + 1];
  head = head.slice(0, i) + String.fromCharCode(head.charCodeAt(i) + 1);
  return [head, decpt];
}

/**
 * Whether `a.toFixed(ndigits)` is what dtoa mode 3 gives: toFixed uses the
 * exact value but rounds ties away from zero, and a tie at `ndigits`
 * places needs a value m * 2**-(ndigits+1) with m odd.
 */
function fixedIsExact(a: number, ndigits: number): boolean {
  return a < 1e21 && ndigits <= 100 && mantissaExponent(a)[1] !== -(ndigits + 1);
}

const LOG10_5 = Math.log10(5);

/**
 * Whether rounding `a` (> 0) to `n` significant digits might be a tie:
 * that needs an exact expansion of exactly n+1 significant digits. For
 * a = m * 2**e with e < 0 (m odd) the expansion is the digits of m * 5**-e,
 * whose count the logarithm estimates within a fraction of a digit.
 */
function maybeSignificantTie(a: number, n: number): boolean {
  const [m, e] = mantissaExponent(a);
  if (e >= 0) {
    if (a >= 9007199254740992) return true;
    const s = String(a).replace(/0+$/, "");
    return s.length === n + 1 && s.endsWith("5");
  }
  const count = Math.log10(m) - e * LOG10_5 + 1;
  return Math.abs(count - (n + 1)) < 1.5;
}

/**
 * The digits dtoa returns for `a` (>= 0, finite) in `mode` 0 (shortest),
 * 2 (`ndigits` significant digits) or 3 (`ndigits` after the point), with
 * dtoa's conventions: zero is "0" with decpt 1, and a nonzero value that
 * rounds to nothing in mode 3 is "" with decpt -ndigits.
 */
export function dtoaDigits(a: number, mode: 0 | 2 | 3, ndigits: number): [string, number] {
  if (a === 0) return ["0", 1];
  if (mode === 0) return shortestDigits(a);
  if (mode === 2 && ndigits <= 101 && !maybeSignificantTie(a, ndigits)) {
    // toExponential is exact except that it rounds ties away from zero.
    const s = a.toExponential(ndigits - 1);
    const i = s.indexOf("e");
    const digits = (i === 1 ? s[0] : s[0] + s.slice(2, i)).replace(/0+$/, "");
    return [digits, Number(s.slice(i + 1)) + 1];
  }
  if (mode === 3 && fixedIsExact(a, ndigits)) {
    const s = a.toFixed(ndigits);
    const dot = s.indexOf(".");
    const intLen = dot < 0 ? s.length : dot;
    const all = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
    let z = 0;
    while (z < all.length && all.charCodeAt(z) === 0x30) z++;
    if (z === all.length) return ["", -ndigits];
    return [all.slice(z).replace(/0+$/, ""), intLen - z];
  }
  const [d, decpt] = exactDigits(a);
  const [r, p] = roundDigits(d, decpt, mode === 2 ? ndigits : decpt + ndigits);
  return r === "" ? ["", -ndigits] : [r, p];
}

function zeros(n: number): string {
  return repeatString("0", n, () => raise("MemoryError", ""));
}

/**
 * CPython 3.11 Python/pystrtod.c: PyOS_double_to_string with
 * format_float_short. `code` is one of e E f F g G r; `flags` combines the
 * DTSF_* constants. Infinities and NaN give inf/nan (INF/NAN for upper-case
 * codes), the sign of a NaN being ignored.
 */
export function formatDouble(x: number, code: string, precision: number, flags: number): string {
  let upper = false;
  let mode: 0 | 2 | 3;
  switch (code) {
    case "E":
      upper = true;
      code = "e";
      // falls through
    case "e":
      mode = 2;
      precision++;
      break;
    case "F":
      upper = true;
      code = "f";
      // falls through
    case "f":
      mode = 3;
      break;
    case "G":
      upper = true;
      code = "g";
      // falls through
    case "g":
      mode = 2;
      if (precision === 0) precision = 1;
      break;
    case "r":
      mode = 0;
      break;
    default:
      throw new RangeError(`formatDouble: bad format code ${code}`);
  }
  const plus = (flags & DTSF_SIGN) !== 0 ? "+" : "";
  if (x !== x) return plus + (upper ? "NAN" : "nan");
  if (x === Infinity) return plus + (upper ? "INF" : "inf");
  if (x === -Infinity) return upper ? "-INF" : "-inf";
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const alt = (flags & DTSF_ALT) !== 0;
  let negative = x < 0 || Object.is(x, -0);
  if (mode === 3 && x !== 0 && fixedIsExact(Math.abs(x), precision)) {
    // The common "%.2f": toFixed already has dtoa's digits and layout.
    const body = Math.abs(x).toFixed(precision);
    if (negative && (flags & DTSF_NO_NEG_0) !== 0 && !/[1-9]/.test(body)) negative = false;
    return (negative ? "-" : plus) + body + (alt && precision === 0 ? "." : "");
  }
  const [digits, decpt0] = dtoaDigits(Math.abs(x), mode, precision);
  let decpt = decpt0;
  if ((flags & DTSF_NO_NEG_0) !== 0 && negative && (digits === "" || digits === "0")) {
    negative = false;
  }
  const len = digits.length;
  // The output is a slice [vStart, vEnd) of the digits padded with zeros
  // on both sides, with the point after position decpt.
  let vEnd = len;
  let useExp = false;
  let exp = 0;
  switch (code) {
    case "e":
      useExp = true;
      vEnd = precision;
      break;
    case "f":
      vEnd = decpt + precision;
      break;
    case "g":
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    case "r":
      // Exponent from 1e16 on: 16 shortest digits padded with zeros would
      // misrepresent values such as 2e16+8.
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  vEnd = Math.max(vEnd, !useExp && addDot0 ? decpt + 1 : decpt);
  let out = negative ? "-" : plus;
  if (decpt <= 0) out += zeros(decpt - vStart) + "." + zeros(-decpt);
  if (decpt > 0 && decpt <= len) out += digits.slice(0, decpt) + "." + digits.slice(decpt);
  else out += digits;
  if (len < decpt) out += zeros(decpt - len) + "." + zeros(vEnd - decpt);
  else out += zeros(vEnd - len);
  if (out.endsWith(".") && !alt) out = out.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    out += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" + ae : String(ae));
  }
  return out;
}

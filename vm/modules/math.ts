/**
 * The `math` module (CPython 3.11 Modules/mathmodule.c). Functions that
 * CPython computes exactly or correctly rounded (`fsum`, `hypot`, `dist`,
 * `isqrt`, `comb`, `perm`, `factorial`, `gcd`, `lcm`, `prod`, `frexp`,
 * `ldexp`, `nextafter`, `ulp`, `remainder`, `log` of huge ints) give
 * CPython's exact results here. The libm-backed ones call `C` (see
 * `libm_backend.ts`): the platform libm when the host provides it, as
 * CPython does, else portable versions that can differ in the last bit.
 * `gamma` and `lgamma` are CPython's own Lanczos code over those.
 *
 * @module
 */
import {
  type NativeCall,
  PyBuiltinFunction,
  PyFloat,
  type PyInt,
  type PyObject,
  PyTuple,
  raise,
  T,
} from "../object.ts";
import { binaryOp, callSpecial, getIter, index, iterNext, None, toArray } from "../abstract.ts";
import { NB_MULTIPLY } from "../operators.ts";
import { intOf, typeLookup, typeName } from "../core.ts";
import { PyDict } from "../dict.ts";
import { PyModule } from "../descriptors.ts";
import { checkPositional, exactlyOne, parseArgs, Signature } from "../args.ts";
import {
  bigBitLength,
  bigRatioToFloat,
  intAbs,
  intCeilFromFloat,
  intFloorFromFloat,
  intFromFloat,
  intIsNegative,
  intToFloat,
} from "../int.ts";
import { C } from "./libm_backend.ts";
import { bitsOf, copysign, frexp, fromBits, ldexp } from "./libm_ports.ts";
import { registerBuiltinModule } from "../vm.ts";

// -- Conversions ----------------------------------------------------------------------

/** CPython's `PyFloat_AsDouble`: float, `__float__`, `__index__`, else TypeError. */
export function asDouble(x: PyObject): number {
  if (x instanceof PyFloat) return x.value;
  const i = intOf(x);
  if (i !== undefined) return intToFloat(i);
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
  }
  raise("TypeError", `must be real number, not ${typeName(x)}`);
}

function toBig(i: PyInt): bigint {
  return typeof i === "bigint" ? i : BigInt(i);
}

function fromBig(v: bigint): PyInt {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

const f = (x: number): PyFloat => new PyFloat(x);

function domainError(): never {
  raise("ValueError", "math domain error");
}

function rangeError(): never {
  raise("OverflowError", "math range error");
}

// -- Float helpers ----------------------------------------------------------------------

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const b = bitsOf(x);
  const up = (y > x) === (x > 0);
  return fromBits(up ? b + 1n : b - 1n);
}

// CPython 3.11 Modules/mathmodule.c: math_ulp.
function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (!Number.isFinite(x)) return x;
  const x2 = nextafter(x, Infinity);
  if (!Number.isFinite(x2)) return x - nextafter(x, -Infinity);
  return x2 - x;
}

// CPython 3.11 Modules/mathmodule.c: m_remainder (exact).
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return copysign(1.0, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

// -- Gamma, lgamma (CPython's own Lanczos code, not libm) ---------------------------------

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [
  0.0,
  39916800.0,
  120543840.0,
  150917976.0,
  105258076.0,
  45995730.0,
  13339535.0,
  2637558.0,
  357423.0,
  32670.0,
  1925.0,
  66.0,
  1.0,
];
const GAMMA_INTEGRAL = [
  1.0,
  1.0,
  2.0,
  6.0,
  24.0,
  120.0,
  720.0,
  5040.0,
  40320.0,
  362880.0,
  3628800.0,
  39916800.0,
  479001600.0,
  6227020800.0,
  87178291200.0,
  1307674368000.0,
  20922789888000.0,
  355687428096000.0,
  6402373705728000.0,
  121645100408832000.0,
  2432902008176640000.0,
  51090942171709440000.0,
  1124000727777607680000.0,
];
const LOGPI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  // Rescaled as a rational function of 1/x for large x, to avoid overflow.
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

// CPython 3.11 Modules/mathmodule.c: m_sinpi.
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0:
      r = C.sin(Math.PI * y);
      break;
    case 1:
      r = C.cos(Math.PI * (y - 0.5));
      break;
    case 2:
      r = C.sin(Math.PI * (1.0 - y));
      break;
    case 3:
      r = -C.cos(Math.PI * (y - 1.5));
      break;
    default:
      r = C.sin(Math.PI * (y - 2.0));
  }
  return copysign(1.0, x) * r;
}

// CPython 3.11 Modules/mathmodule.c: m_tgamma, with errno turned into exceptions.
function tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    domainError();
  }
  if (x === 0) domainError();
  if (x === Math.floor(x)) {
    if (x < 0) domainError();
    if (x <= 23) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) rangeError();
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    rangeError();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  // The rounding error of y, for the correction factor (see CPython's comment).
  if (absx > LANCZOS_G_MINUS_HALF) z = (y - absx) - LANCZOS_G_MINUS_HALF;
  else z = (y - LANCZOS_G_MINUS_HALF) - absx;
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0.0) {
    r = -Math.PI / sinpi(absx) / absx * C.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= C.pow(y, absx - 0.5);
    else {
      const sqrtpow = C.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / C.exp(y);
    r += z * r;
    if (absx < 140.0) r *= C.pow(y, absx - 0.5);
    else {
      const sqrtpow = C.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) rangeError();
  return r;
}

// CPython 3.11 Modules/mathmodule.c: m_lgamma.
function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) domainError();
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -C.log(absx);
  let r = C.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (C.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - C.log(Math.abs(sinpi(absx))) - C.log(absx) - r;
  if (!Number.isFinite(r)) rangeError();
  return r;
}

// -- log family --------------------------------------------------------------------------

function mLog(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return C.log(x);
    return x === 0 ? -Infinity : NaN;
  }
  return Number.isNaN(x) || x > 0 ? x : NaN;
}

function mLog2(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return C.log2(x);
    return x === 0 ? -Infinity : NaN;
  }
  return Number.isNaN(x) || x > 0 ? x : NaN;
}

function mLog10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return C.log10(x);
    return x === 0 ? -Infinity : NaN;
  }
  return Number.isNaN(x) || x > 0 ? x : NaN;
}

/** `_PyLong_Frexp` of a positive int: mantissa in [0.5, 1) correctly rounded, and exponent. */
function longFrexp(v: bigint): [number, number] {
  const n = bigBitLength(v);
  let m = bigRatioToFloat(v, 1n << BigInt(n), "int too large to convert to float");
  let e = n;
  if (m === 1) {
    m = 0.5;
    e++;
  }
  return [m, e];
}

// CPython 3.11 Modules/mathmodule.c: loghelper (ints too large for a double still have logs).
function logHelper(arg: PyObject, func: (x: number) => number): number {
  const i = intOf(arg);
  if (i !== undefined) {
    if (typeof i === "number" ? i <= 0 : i <= 0n) domainError();
    const x = Number(i);
    if (Number.isFinite(x)) return func(x);
    const [m, e] = longFrexp(toBig(i));
    return func(m) + func(2.0) * e;
  }
  return math1(arg, func, false);
}

// -- The math_1 / math_2 error conventions --------------------------------------------------

// CPython 3.11 Modules/mathmodule.c: math_1 (NaN from non-NaN is a domain error, inf from
// finite is an overflow or a singularity).
function math1(arg: PyObject, fn: (x: number) => number, canOverflow: boolean): number {
  const x = asDouble(arg);
  const r = fn(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
    if (canOverflow) rangeError();
    domainError();
  }
  return r;
}

// CPython 3.11 Modules/mathmodule.c: math_2.
function math2(x: number, y: number, r: number): number {
  if (Number.isNaN(r)) {
    if (!Number.isNaN(x) && !Number.isNaN(y)) domainError();
  } else if (!Number.isFinite(r)) {
    if (Number.isFinite(x) && Number.isFinite(y)) rangeError();
  }
  return r;
}

// CPython 3.11 Modules/mathmodule.c: m_atan2 (C99 special cases, then libm).
function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) {
      return copysign(copysign(1, x) === 1 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
    }
    return copysign(0.5 * Math.PI, y);
  }
  if (!Number.isFinite(x) || y === 0) {
    return copysign(1, x) === 1 ? copysign(0, y) : copysign(Math.PI, y);
  }
  return C.atan2(y, x);
}

// CPython 3.11 Modules/mathmodule.c: math_pow_impl.
function mathPow(x: number, y: number): number {
  let r: number;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) r = y === 0 ? 1 : x;
    else if (Number.isNaN(y)) r = x === 1 ? 1 : y;
    else if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? copysign(0, x) : 0;
    } else {
      if (Math.abs(x) === 1) r = 1;
      else if (y > 0 && Math.abs(x) > 1) r = y;
      else if (y < 0 && Math.abs(x) < 1) r = -y;
      else r = 0;
    }
    return r;
  }
  r = C.pow(x, y);
  if (Number.isNaN(r)) domainError();
  if (!Number.isFinite(r)) {
    if (x === 0) domainError();
    rangeError();
  }
  return r;
}

// -- fsum (Shewchuk) -----------------------------------------------------------------------

// CPython 3.11 Modules/mathmodule.c: math_fsum (msum with exact partials, then the
// half-even correction of the final rounding).
function fsum(iterable: PyObject): number {
  const it = getIter(iterable);
  const p: number[] = [];
  let specialSum = 0.0;
  let infSum = 0.0;
  for (;;) {
    const item = iterNext(it);
    if (item === undefined) break;
    let x = asDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        // A non-finite partial from finite inputs is an intermediate overflow.
        if (Number.isFinite(xsave)) raise("OverflowError", "intermediate overflow in fsum");
        if (!Number.isFinite(xsave) && !Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (specialSum !== 0.0) {
    if (Number.isNaN(infSum)) raise("ValueError", "-inf + inf in fsum");
    return specialSum;
  }
  let hi = 0.0;
  let n = p.length;
  if (n > 0) {
    hi = p[--n];
    let lo = 0.0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

// -- hypot, dist ---------------------------------------------------------------------------

// CPython 3.11 Modules/mathmodule.c: vector_norm (extended precision sum of squares with a
// differential correction of the square root).
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const T27 = 134217729.0;
  const n = vec.length;
  if (!Number.isFinite(max) && !Number.isNaN(max)) return max;
  if (foundNan) return NaN;
  if (max === 0.0 || n <= 1) return max;
  const maxE = frexp(max)[1];
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  let frac3 = 0.0;
  let x: number, t: number, hi: number, lo: number, oldcsum: number;
  if (maxE >= -1023) {
    const scale = ldexp(1.0, -maxE);
    for (let i = 0; i < n; i++) {
      x = vec[i] * scale;
      t = x * T27;
      hi = t - (t - x);
      lo = x - hi;
      x = hi * hi;
      oldcsum = csum;
      csum += x;
      frac1 += (oldcsum - csum) + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += (oldcsum - csum) + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  // ldexp(1.0, -max_e) would overflow: divide by max instead.
  for (let i = 0; i < n; i++) {
    x = vec[i] / max;
    x = x * x;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

function hypot(coords: PyObject[]): number {
  let max = 0.0;
  let foundNan = false;
  const vec = coords.map((c) => {
    const x = Math.abs(asDouble(c));
    if (Number.isNaN(x)) foundNan = true;
    if (x > max) max = x;
    return x;
  });
  return vectorNorm(vec, max, foundNan);
}

function dist(p: PyObject, q: PyObject): number {
  const ps = p instanceof PyTuple ? p.items : toArray(p);
  const qs = q instanceof PyTuple ? q.items : toArray(q);
  if (ps.length !== qs.length) {
    raise("ValueError", "both points must have the same number of dimensions");
  }
  let max = 0.0;
  let foundNan = false;
  const vec: number[] = [];
  for (let i = 0; i < ps.length; i++) {
    const px = asDouble(ps[i]);
    const qx = asDouble(qs[i]);
    const x = Math.abs(px - qx);
    vec.push(x);
    if (Number.isNaN(x)) foundNan = true;
    if (x > max) max = x;
  }
  return vectorNorm(vec, max, foundNan);
}

// -- Integer functions -----------------------------------------------------------------------

function bigAbs(v: bigint): bigint {
  return v < 0n ? -v : v;
}

function gcdBig(a: bigint, b: bigint): bigint {
  a = bigAbs(a);
  b = bigAbs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function gcdNum(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function gcd2(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") return gcdNum(a, b);
  return fromBig(gcdBig(toBig(a), toBig(b)));
}

/** `math.isqrt` of a non-negative bigint: floor of the square root, by Newton's method. */
export function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  if (n < 1n << 52n) {
    let r = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (r * r > n) r--;
    while ((r + 1n) * (r + 1n) <= n) r++;
    return r;
  }
  // Start above the root (2**ceil(bits/2)) so the iteration decreases monotonically.
  let x = 1n << BigInt(Math.ceil(bigBitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** Product of the integers in [lo, hi), by binary splitting. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n < 16n) {
    let r = 1n;
    for (let i = lo; i < hi; i++) r *= i;
    return r;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

const LLONG_MAX = 9223372036854775807n;

function factorial(arg: PyObject): PyInt {
  const n = index(arg);
  if (intIsNegative(n)) raise("ValueError", "factorial() not defined for negative values");
  if (toBig(n) > LLONG_MAX) {
    raise("OverflowError", `factorial() argument should not exceed ${LLONG_MAX}`);
  }
  return fromBig(rangeProduct(1n, toBig(n) + 1n));
}

function comb(nArg: PyObject, kArg: PyObject): PyInt {
  const n = toBig(index(nArg));
  let k = toBig(index(kArg));
  if (n < 0n) raise("ValueError", "n must be a non-negative integer");
  if (k < 0n) raise("ValueError", "k must be a non-negative integer");
  if (k > n) return 0;
  if (n - k < k) k = n - k;
  if (k > LLONG_MAX) raise("OverflowError", `min(n - k, k) must not exceed ${LLONG_MAX}`);
  // C(n, k) = n! / ((n-k)! k!) = prod(n-k+1..n) / k!, both exact.
  return fromBig(rangeProduct(n - k + 1n, n + 1n) / rangeProduct(1n, k + 1n));
}

function perm(nArg: PyObject, kArg: PyObject | undefined): PyInt {
  if (kArg === undefined || kArg === None) return factorial(nArg);
  const n = toBig(index(nArg));
  const k = toBig(index(kArg));
  if (n < 0n) raise("ValueError", "n must be a non-negative integer");
  if (k < 0n) raise("ValueError", "k must be a non-negative integer");
  if (k > n) return 0;
  if (k > LLONG_MAX) raise("OverflowError", `k must not exceed ${LLONG_MAX}`);
  return fromBig(rangeProduct(n - k + 1n, n + 1n));
}

// -- floor, ceil, trunc -----------------------------------------------------------------------

function rounding(x: PyObject, dunder: string, onFloat: (v: number) => PyInt): PyObject {
  if (x instanceof PyFloat && x.cls === T.float) return onFloat(x.value);
  const i = intOf(x);
  if (i !== undefined && typeof x !== "object") return i;
  if (typeof x === "object") {
    const m = typeLookup(x.cls, dunder);
    if (m !== undefined && m !== None) return callSpecial(m, x);
  }
  return onFloat(asDouble(x));
}

function trunc(x: PyObject): PyObject {
  if (x instanceof PyFloat && x.cls === T.float) return intFromFloat(x.value);
  const i = intOf(x);
  if (i !== undefined && typeof x !== "object") return i;
  if (typeof x === "object") {
    const m = typeLookup(x.cls, "__trunc__");
    if (m !== undefined && m !== None) return callSpecial(m, x);
  }
  raise("TypeError", `type ${typeName(x)} doesn't define __trunc__ method`);
}

// -- The module ---------------------------------------------------------------------------------

const ISCLOSE = new Signature("isclose", ["a", "b", "rel_tol", "abs_tol"], {
  minpos: 2,
  maxpos: 2,
});
const PROD = new Signature("prod", ["iterable", "start"], { posonly: 1, minpos: 1, maxpos: 1 });

function makeMathModule(): PyModule {
  const d = new PyDict();
  d.setStr("__name__", "math");
  d.setStr(
    "__doc__",
    "This module provides access to the mathematical functions\ndefined by the C standard.",
  );
  const def = (name: string, call: NativeCall) => {
    d.setStr(name, new PyBuiltinFunction(name, call, { qualname: name }));
  };
  // Clinic reports keywords with the module's name: "math.atan2() takes no keyword arguments".
  const noKw = (name: string, kw: readonly string[] | null) => {
    if (kw !== null && kw.length > 0) {
      raise("TypeError", `math.${name}() takes no keyword arguments`);
    }
  };
  /** A METH_O function of a float. */
  const one = (name: string, body: (x: PyObject) => PyObject) => {
    const q = `math.${name}`;
    def(name, (args, kw) => body(exactlyOne(q, args, kw)));
  };
  const unary = (name: string, fn: (x: number) => number, canOverflow: boolean) => {
    one(name, (x) => f(math1(x, fn, canOverflow)));
  };
  /** A two-argument Clinic function. */
  const two = (name: string, body: (a: PyObject, b: PyObject) => PyObject) => {
    def(name, (args, kw) => {
      noKw(name, kw);
      checkPositional(name, args.length, 2, 2);
      return body(args[0], args[1]);
    });
  };

  d.setStr("pi", f(Math.PI));
  d.setStr("e", f(Math.E));
  d.setStr("tau", f(2 * Math.PI));
  d.setStr("inf", f(Infinity));
  d.setStr("nan", f(NaN));

  unary("acos", (x) => C.acos(x), false);
  unary("acosh", (x) => C.acosh(x), false);
  unary("asin", (x) => C.asin(x), false);
  unary("asinh", (x) => C.asinh(x), false);
  unary("atan", (x) => C.atan(x), false);
  unary("atanh", (x) => C.atanh(x), false);
  unary("cbrt", (x) => C.cbrt(x), false);
  unary("cos", (x) => C.cos(x), false);
  unary("cosh", (x) => C.cosh(x), true);
  unary("erf", (x) => C.erf(x), false);
  unary("erfc", (x) => C.erfc(x), false);
  unary("exp", (x) => C.exp(x), true);
  unary("exp2", (x) => C.exp2(x), true);
  unary("expm1", (x) => C.expm1(x), true);
  unary("fabs", Math.abs, false);
  one("gamma", (x) => f(tgamma(asDouble(x))));
  one("lgamma", (x) => f(lgamma(asDouble(x))));
  unary("log1p", (x) => C.log1p(x), false);
  unary("sin", (x) => C.sin(x), false);
  unary("sinh", (x) => C.sinh(x), true);
  unary("sqrt", Math.sqrt, false);
  unary("tan", (x) => C.tan(x), false);
  unary("tanh", (x) => C.tanh(x), false);
  one("log2", (x) => f(logHelper(x, mLog2)));
  one("log10", (x) => f(logHelper(x, mLog10)));
  def("log", (args, kw) => {
    if (kw !== null && kw.length > 0) raise("TypeError", "log() takes no keyword arguments");
    if (args.length < 1 || args.length > 2) {
      raise("TypeError", "math.log requires 1 to 2 arguments");
    }
    const num = logHelper(args[0], mLog);
    if (args.length === 1) return f(num);
    const den = logHelper(args[1], mLog);
    if (den === 0) raise("ZeroDivisionError", "float division by zero");
    return f(num / den);
  });

  two("atan2", (a, b) => {
    const y = asDouble(a);
    const x = asDouble(b);
    return f(math2(y, x, atan2(y, x)));
  });
  two("copysign", (a, b) => f(copysign(asDouble(a), asDouble(b))));
  // CPython 3.11 Modules/mathmodule.c: math_fmod_impl (fmod(x, inf) is x; JS % is C fmod).
  two("fmod", (a, b) => {
    const x = asDouble(a);
    const y = asDouble(b);
    if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return f(x);
    const r = x % y;
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domainError();
    return f(r);
  });
  two("remainder", (a, b) => {
    const x = asDouble(a);
    const y = asDouble(b);
    return f(math2(x, y, remainder(x, y)));
  });
  two("pow", (a, b) => f(mathPow(asDouble(a), asDouble(b))));
  two("nextafter", (a, b) => f(nextafter(asDouble(a), asDouble(b))));
  two("dist", (a, b) => f(dist(a, b)));
  two("ldexp", (a, b) => {
    const x = asDouble(a);
    const ni = intOf(b);
    if (ni === undefined) raise("TypeError", "Expected an int as second argument to ldexp.");
    if (x === 0 || !Number.isFinite(x)) return f(x);
    // Exponents past any double's range behave like the clamped value (CPython clamps to long).
    const n = typeof ni === "bigint"
      ? (ni > 0n ? 100000 : -100000)
      : Math.max(-100000, Math.min(100000, ni));
    const r = ldexp(x, n);
    if (!Number.isFinite(r)) rangeError();
    return f(r);
  });
  one("ulp", (x) => f(ulp(asDouble(x))));
  one("frexp", (x) => {
    const [m, e] = frexp(asDouble(x));
    return new PyTuple([f(m), e]);
  });
  one("modf", (a) => {
    const x = asDouble(a);
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return new PyTuple([f(x), f(x)]);
      return new PyTuple([f(copysign(0, x)), f(x)]);
    }
    const ip = Math.trunc(x);
    return new PyTuple([f(copysign(x - ip, x)), f(ip)]);
  });
  one("isfinite", (x) => Number.isFinite(asDouble(x)));
  one("isinf", (x) => {
    const v = asDouble(x);
    return !Number.isFinite(v) && !Number.isNaN(v);
  });
  one("isnan", (x) => Number.isNaN(asDouble(x)));
  one("degrees", (x) => f(asDouble(x) * (180.0 / Math.PI)));
  one("radians", (x) => f(asDouble(x) * (Math.PI / 180.0)));
  def("isclose", (args, kw) => {
    const [a0, b0, rt, at] = parseArgs(ISCLOSE, args, kw);
    const a = asDouble(a0!);
    const b = asDouble(b0!);
    const relTol = rt === undefined ? 1e-9 : asDouble(rt);
    const absTol = at === undefined ? 0.0 : asDouble(at);
    if (relTol < 0.0 || absTol < 0.0) raise("ValueError", "tolerances must be non-negative");
    if (a === b) return true;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
    const diff = Math.abs(b - a);
    return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
  });

  one("floor", (x) => rounding(x, "__floor__", intFloorFromFloat));
  one("ceil", (x) => rounding(x, "__ceil__", intCeilFromFloat));
  one("trunc", trunc);
  one("factorial", factorial);
  one("isqrt", (x) => {
    const n = index(x);
    if (intIsNegative(n)) raise("ValueError", "isqrt() argument must be nonnegative");
    return fromBig(isqrtBig(toBig(n)));
  });
  two("comb", comb);
  def("perm", (args, kw) => {
    noKw("perm", kw);
    checkPositional("perm", args.length, 1, 2);
    return perm(args[0], args[1]);
  });
  def("gcd", (args, kw) => {
    noKw("gcd", kw);
    checkPositional("gcd", args.length, 0, Infinity);
    if (args.length === 0) return 0;
    let res = intAbs(index(args[0]));
    for (let i = 1; i < args.length; i++) {
      const x = index(args[i]);
      if (res !== 1) res = gcd2(res, x);
    }
    return res;
  });
  def("lcm", (args, kw) => {
    noKw("lcm", kw);
    checkPositional("lcm", args.length, 0, Infinity);
    if (args.length === 0) return 1;
    let res = intAbs(index(args[0]));
    for (let i = 1; i < args.length; i++) {
      const x = index(args[i]);
      if (res === 0) continue;
      const a = toBig(res);
      const b = toBig(x);
      res = b === 0n ? 0 : fromBig(bigAbs((a / gcdBig(a, b)) * b));
    }
    return res;
  });
  def("hypot", (args, kw) => {
    noKw("hypot", kw);
    checkPositional("hypot", args.length, 0, Infinity);
    return f(hypot(args));
  });
  one("fsum", (x) => f(fsum(x)));
  def("prod", (args, kw) => {
    const [it, start] = parseArgs(PROD, args, kw);
    let result: PyObject = start ?? 1;
    const iter = getIter(it!);
    for (;;) {
      const item = iterNext(iter);
      if (item === undefined) break;
      result = binaryOp(result, item, NB_MULTIPLY);
    }
    return result;
  });
  return new PyModule(d);
}

registerBuiltinModule("math", makeMathModule);

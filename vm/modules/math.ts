/**
 * The `math` module (CPython 3.11 Modules/mathmodule.c). Functions that
 * CPython computes exactly or correctly rounded (`fsum`, `hypot`, `dist`,
 * `isqrt`, `comb`, `perm`, `factorial`, `gcd`, `lcm`, `prod`, `frexp`,
 * `ldexp`, `nextafter`, `ulp`, `remainder`, `log` of huge ints) give
 * CPython's exact results; `atan` and `atan2` are correctly rounded (`libm.ts`),
 * as glibc's are; the other libm-backed ones use JS `Math.*` (V8's fdlibm
 * ports), which can differ from glibc in the last bit, except where glibc's
 * routine is ported here (`cbrt`, `log10`, `log1p`, `expm1`, `atanh`,
 * `acosh`, `erf`, `erfc`) or in `vm/float_pow.ts` (`pow`); `gamma` and
 * `lgamma` are CPython's own Lanczos code.
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
import { libmPow } from "../float_pow.ts";
import * as libm from "./libm.ts";
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

const buf = new DataView(new ArrayBuffer(8));

function bitsOf(x: number): bigint {
  buf.setFloat64(0, x);
  return buf.getBigUint64(0);
}

function fromBits(b: bigint): number {
  buf.setBigUint64(0, b);
  return buf.getFloat64(0);
}

function copysign(x: number, y: number): number {
  const neg = y < 0 || (y === 0 && 1 / y < 0) || (Number.isNaN(y) && bitsOf(y) >> 63n === 1n);
  const ax = Math.abs(x);
  return neg ? -ax : ax;
}

/** `frexp`: mantissa in [0.5, 1) and exponent, exactly. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  let m = x;
  if (Math.abs(m) < 2.2250738585072014e-308) {
    m *= 2 ** 64;
    e -= 64;
  }
  const bits = bitsOf(m);
  const be = Number((bits >> 52n) & 0x7ffn);
  e += be - 1022;
  m = fromBits((bits & ~(0x7ffn << 52n)) | (1022n << 52n));
  return [m, e];
}

/** `ldexp`, correctly rounded also into the subnormal range. */
export function ldexp(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, e] = frexp(x);
  const t = e + n;
  if (t > 1024) return x > 0 ? Infinity : -Infinity;
  if (t <= -1075) return x > 0 ? 0 : -0;
  // m is in [0.5, 1): one multiplication by a representable power of two rounds once.
  if (t === 1024) return m * 2 * 2 ** 1023;
  return m * 2 ** t;
}

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
      r = Math.sin(Math.PI * y);
      break;
    case 1:
      r = Math.cos(Math.PI * (y - 0.5));
      break;
    case 2:
      r = Math.sin(Math.PI * (1.0 - y));
      break;
    case 3:
      r = -Math.cos(Math.PI * (y - 1.5));
      break;
    default:
      r = Math.sin(Math.PI * (y - 2.0));
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
    r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= libmPow(y, absx - 0.5);
    else {
      const sqrtpow = libmPow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / Math.exp(y);
    r += z * r;
    if (absx < 140.0) r *= libmPow(y, absx - 0.5);
    else {
      const sqrtpow = libmPow(y, absx / 2.0 - 0.25);
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
  if (absx < 1e-20) return -Math.log(absx);
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
  if (!Number.isFinite(r)) rangeError();
  return r;
}

// -- erf, erfc: glibc sysdeps/ieee754/dbl-64/s_erf.c (fdlibm's rational approximations in
// the evaluation order of glibc, which CPython 3.11 calls) ----------------------------------

const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const PP = [
  1.28379167095512558561e-01,
  -3.25042107247001499370e-01,
  -2.84817495755985104766e-02,
  -5.77027029648944159157e-03,
  -2.37630166566501626084e-05,
];
const QQ = [
  0.0,
  3.97917223959155352819e-01,
  6.50222499887672944485e-02,
  5.08130628187576562776e-03,
  1.32494738004321644526e-04,
  -3.96022827877536812320e-06,
];
const PA = [
  -2.36211856075265944077e-03,
  4.14856118683748331666e-01,
  -3.72207876035701323847e-01,
  3.18346619901161753674e-01,
  -1.10894694282396677476e-01,
  3.54783043256182359371e-02,
  -2.16637559486879084300e-03,
];
const QA = [
  0.0,
  1.06420880400844228286e-01,
  5.40397917702171048937e-01,
  7.18286544141962662868e-02,
  1.26171219808761642112e-01,
  1.36370839120290507362e-02,
  1.19844998467991074170e-02,
];
const RA = [
  -9.86494403484714822705e-03,
  -6.93858572707181764372e-01,
  -1.05586262253232909814e+01,
  -6.23753324503260060396e+01,
  -1.62396669462573470355e+02,
  -1.84605092906711035994e+02,
  -8.12874355063065934246e+01,
  -9.81432934416914548592e+00,
];
const SA = [
  0.0,
  1.96512716674392571292e+01,
  1.37657754143519042600e+02,
  4.34565877475229228821e+02,
  6.45387271733267880336e+02,
  4.29008140027567833386e+02,
  1.08635005541779435134e+02,
  6.57024977031928170135e+00,
  -6.04244152148580987438e-02,
];
const RB = [
  -9.86494292470009928597e-03,
  -7.99283237680523006574e-01,
  -1.77579549177547519889e+01,
  -1.60636384855821916062e+02,
  -6.37566443368389627722e+02,
  -1.02509513161107724954e+03,
  -4.83519191608651397019e+02,
];
const SB = [
  0.0,
  3.03380607434824582924e+01,
  3.25792512996573918826e+02,
  1.53672958608443695994e+03,
  3.19985821950859553908e+03,
  2.55305040643316442583e+03,
  4.74528541206955367215e+02,
  -2.24409524465858183362e+01,
];

/** erf(x) - x over x for |x| < 0.84375, as y = r/s. */
function erfSmall(x: number): number {
  const z = x * x;
  const r1 = PP[0] + z * PP[1];
  const z2 = z * z;
  const r2 = PP[2] + z * PP[3];
  const z4 = z2 * z2;
  const s1 = 1.0 + z * QQ[1];
  const s2 = QQ[2] + z * QQ[3];
  const s3 = QQ[4] + z * QQ[5];
  const r = r1 + z2 * r2 + z4 * PP[4];
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** P/Q of erf(1+s) - erx for 0.84375 <= |x| < 1.25. */
function erfMid(x: number): number {
  const s = Math.abs(x) - 1.0;
  const P1 = PA[0] + s * PA[1];
  const s2 = s * s;
  const Q1 = 1.0 + s * QA[1];
  const s4 = s2 * s2;
  const P2 = PA[2] + s * PA[3];
  const s6 = s4 * s2;
  const Q2 = QA[2] + s * QA[3];
  const P3 = PA[4] + s * PA[5];
  const Q3 = QA[4] + s * QA[5];
  const P = P1 + s2 * P2 + s4 * P3 + s6 * PA[6];
  const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * QA[6];
  return P / Q;
}

/** erfc(|x|) * |x| for 1.25 <= |x| < 28, by exp(-x*x - 0.5625 + R/S). */
function erfcTail(ax: number, ix: number, split: number): number {
  const s = 1.0 / (ax * ax);
  let R: number;
  let S: number;
  const s2 = s * s;
  const s4 = s2 * s2;
  const s6 = s4 * s2;
  if (ix < split) {
    const s8 = s4 * s4;
    R = (RA[0] + s * RA[1]) + s2 * (RA[2] + s * RA[3]) + s4 * (RA[4] + s * RA[5]) +
      s6 * (RA[6] + s * RA[7]);
    S = (1.0 + s * SA[1]) + s2 * (SA[2] + s * SA[3]) + s4 * (SA[4] + s * SA[5]) +
      s6 * (SA[6] + s * SA[7]) + s8 * SA[8];
  } else {
    R = (RB[0] + s * RB[1]) + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
    S = (1.0 + s * SB[1]) + s2 * (SB[2] + s * SB[3]) + s4 * (SB[4] + s * SB[5]) +
      s6 * (SB[6] + s * SB[7]);
  }
  // z is ax with its low word cleared, so -z*z is exact.
  const z = fromBits(bitsOf(ax) & 0xffffffff00000000n);
  return Math.exp(-z * z - 0.5625) * Math.exp((z - ax) * (z + ax) + R / S);
}

function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 1.0 : -1.0;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
      return x + EFX * x;
    }
    return x + x * erfSmall(x);
  }
  if (ix < 0x3ff40000) return hx >= 0 ? ERX + erfMid(x) : -ERX - erfMid(x);
  if (ix >= 0x40180000) return hx >= 0 ? 1.0 - 1e-300 : 1e-300 - 1.0;
  const ax = Math.abs(x);
  const r = erfcTail(ax, ix, 0x4006db6e);
  return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
}

function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 0.0 : 2.0;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1.0 - x;
    const y = erfSmall(x);
    if (hx < 0x3fd00000) return 1.0 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    return hx >= 0 ? (1.0 - ERX) - erfMid(x) : 1.0 + (ERX + erfMid(x));
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2.0 - 1e-300;
    const ax = Math.abs(x);
    const r = erfcTail(ax, ix, 0x4006db6d);
    return hx > 0 ? r / ax : 2.0 - r / ax;
  }
  return hx > 0 ? 0.0 : 2.0 - 1e-300;
}

// -- glibc ports (where V8's fdlibm differs from glibc 2.3x in the last bit) --------------

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

// glibc sysdeps/ieee754/dbl-64/s_cbrt.c: a polynomial guess refined by one Halley step; not
// correctly rounded (cbrt(27) is 3.0000000000000004), and CPython shows its results.
function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u = 0.354895765043919860 +
    (1.50819193781584896 +
        (-2.11499494167371287 +
            (2.44693122563534430 +
                (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) *
                  xm) *
              xm) *
          xm) *
      xm;
  const t2 = u * u * u;
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + (xe % 3)];
  return copysign(ldexp(ym, Math.trunc(xe / 3)), x);
}

const TWO54 = 1.80143985094819840000e+16;
const IVLN10 = 4.34294481903251816668e-01;
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;

// glibc sysdeps/ieee754/dbl-64/e_log10.c: exponent times log10(2) in two parts plus
// log(mantissa)/ln(10), on top of glibc's log (for which V8's agrees far more often).
function log10(x: number): number {
  let k = 0;
  let hx = Number(bitsOf(x) >> 32n) | 0;
  if (hx < 0x00100000) {
    k -= 54;
    x *= TWO54;
    hx = Number(bitsOf(x) >> 32n) | 0;
  }
  k += (hx >> 20) - 1023;
  const i = (k >>> 31) & 1;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  const lo = bitsOf(x) & 0xffffffffn;
  x = fromBits((BigInt(hx >>> 0) << 32n) | lo);
  const z = y * LOG10_2LO + IVLN10 * Math.log(x);
  return z + y * LOG10_2HI;
}

const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const LP = [
  0,
  6.666666666666735130e-01,
  3.999999999940941908e-01,
  2.857142874366239149e-01,
  2.222219843214978396e-01,
  1.818357216161805012e-01,
  1.531383769920937332e-01,
  1.479819860511658591e-01,
];

function highWord(x: number): number {
  return Number(bitsOf(x) >> 32n) | 0;
}

function withHighWord(x: number, hi: number): number {
  return fromBits((BigInt(hi >>> 0) << 32n) | (bitsOf(x) & 0xffffffffn));
}

// glibc sysdeps/ieee754/dbl-64/s_log1p.c: fdlibm's log1p with the polynomial evaluated in
// glibc's split order (which is what makes it differ from V8's fdlibm in the last bit).
function log1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) return x === -1.0 ? -Infinity : NaN;
    if (ax < 0x3e200000) {
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) u = withHighWord(u, hu | 0x3ff00000);
    else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * LN2_HI - ((R - (k * LN2_LO + c)) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R1 = z * LP[1];
  const z2 = z * z;
  const R2 = LP[2] + z * LP[3];
  const z4 = z2 * z2;
  const R3 = LP[4] + z * LP[5];
  const z6 = z4 * z2;
  const R4 = LP[6] + z * LP[7];
  const R = R1 + z2 * R2 + z4 * R3 + z6 * R4;
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * LN2_HI - ((hfsq - (s * (hfsq + R) + (k * LN2_LO + c))) - f);
}

// glibc sysdeps/ieee754/dbl-64/e_atanh.c (on the log1p above).
function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + t * xa / (1.0 - xa));
  } else if (xa < 1.0) t = 0.5 * log1p((xa + xa) / (1.0 - xa));
  else {
    if (xa > 1.0 || Number.isNaN(xa)) return NaN;
    return x / 0.0;
  }
  return copysign(t, x);
}

// glibc sysdeps/ieee754/dbl-64/e_acosh.c (on glibc's log and the log1p above).
function acosh(x: number): number {
  if (!(x >= 1)) return NaN;
  if (x >= 2 ** 28) return Number.isFinite(x) ? Math.log(x) + 6.93147180559945286227e-01 : x + x;
  if (x === 1) return 0.0;
  if (x > 2) return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
  const t = x - 1.0;
  return log1p(t + Math.sqrt(2.0 * t + t * t));
}

const EXPM1_Q = [
  1.0,
  -3.33333333333331316428e-02,
  1.58730158725481460165e-03,
  -7.93650757867487942473e-05,
  4.00821782732936239552e-06,
  -2.01099218183624371326e-07,
];

// glibc sysdeps/ieee754/dbl-64/s_expm1.c: fdlibm's expm1 with glibc's split polynomial.
function expm1(x: number): number {
  let hx = highWord(x);
  const neg = hx < 0;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    if (hx >= 0x40862e42) {
      if (!Number.isFinite(x)) return Number.isNaN(x) ? x + x : neg ? -1.0 : x;
      if (x > 7.09782712893383973096e+02) return Infinity;
    }
    if (neg) return 1.0e-300 - 1.0;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      if (!neg) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(1.44269504088896338700e+00 * x + (neg ? -0.5 : 0.5));
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) return x;
  else k = 0;
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const R1 = 1.0 + hxs * EXPM1_Q[1];
  const h2 = hxs * hxs;
  const R2 = EXPM1_Q[2] + hxs * EXPM1_Q[3];
  const h4 = h2 * h2;
  const R3 = EXPM1_Q[4] + hxs * EXPM1_Q[5];
  const r1 = R1 + h2 * R2 + h4 * R3;
  let t = 3.0 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  let y: number;
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    if (k === 1024) y = y * 2.0 * 2 ** 1023;
    else y = withHighWord(y, highWord(y) + (k << 20));
    return y - 1.0;
  }
  if (k < 20) {
    t = fromBits(BigInt((0x3ff00000 - (0x200000 >> k)) >>> 0) << 32n);
    y = t - (e - x);
    y = withHighWord(y, highWord(y) + (k << 20));
  } else {
    t = fromBits(BigInt(((0x3ff - k) << 20) >>> 0) << 32n);
    y = x - (e + t);
    y += 1.0;
    y = withHighWord(y, highWord(y) + (k << 20));
  }
  return y;
}

// -- log family --------------------------------------------------------------------------

function mLog(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return Math.log(x);
    return x === 0 ? -Infinity : NaN;
  }
  return Number.isNaN(x) || x > 0 ? x : NaN;
}

function mLog2(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return Math.log2(x);
    return x === 0 ? -Infinity : NaN;
  }
  return Number.isNaN(x) || x > 0 ? x : NaN;
}

function mLog10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return log10(x);
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
  return libm.atan2(y, x);
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
  r = libmPow(x, y);
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

  unary("acos", Math.acos, false);
  unary("acosh", acosh, false);
  unary("asin", Math.asin, false);
  unary("asinh", Math.asinh, false);
  unary("atan", libm.atan, false);
  unary("atanh", atanh, false);
  unary("cbrt", cbrt, false);
  unary("cos", Math.cos, false);
  unary("cosh", Math.cosh, true);
  unary("erf", erf, false);
  unary("erfc", erfc, false);
  unary("exp", Math.exp, true);
  unary("exp2", (x) => libmPow(2, x), true);
  unary("expm1", expm1, true);
  unary("fabs", Math.abs, false);
  one("gamma", (x) => f(tgamma(asDouble(x))));
  one("lgamma", (x) => f(lgamma(asDouble(x))));
  unary("log1p", log1p, false);
  unary("sin", Math.sin, false);
  unary("sinh", Math.sinh, true);
  unary("sqrt", Math.sqrt, false);
  unary("tan", Math.tan, false);
  unary("tanh", Math.tanh, false);
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

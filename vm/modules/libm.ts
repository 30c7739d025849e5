/**
 * Correctly rounded elementary functions. glibc's atan and atan2 (the ones CPython's `math`
 * calls) are correctly rounded, and V8's `Math.atan`/`Math.atan2` are not, so `math` uses
 * these. The others are correctly rounded too, but glibc 2.36's exp, log, log2, sin, cos,
 * tan, asin and acos miss correct rounding on about one input in a thousand (and its sinh,
 * cosh, tanh, asinh more often), so for those the correctly rounded result is no closer to
 * CPython's than V8's is, and `math` keeps `Math.*`.
 *
 * Each function reduces its argument exactly (x is a dyadic rational, so x - k*pi/2 or
 * x - k*ln 2 is formed in bigint fixed point with as many bits of the constant as the
 * exponent of x requires), evaluates a series in fixed point, and rounds once; when the
 * error interval straddles a rounding boundary it is evaluated again with twice the
 * precision (`ziv` in `libm_big.ts`). Special values follow C99 Annex F as glibc does.
 * Inputs whose result is provably the input itself (or 1) short-circuit: there the true
 * value lies so close to a double that the precision loop would need thousands of bits.
 *
 * @module
 */
import {
  atanRatio,
  decompose,
  ERR,
  expFix,
  isqrt,
  ln10Fix,
  ln2Fix,
  logFix,
  piFix,
  roundBig,
  shift,
  sinCosFix,
  toFix,
  ziv,
} from "./libm_big.ts";

const TINY = 2 ** -27;

/** pi/2 correctly rounded. */
const PI_2 = roundBig(piFix(128) >> 1n, 128);

// -- exp family -----------------------------------------------------------------------------

/** e^x at scale W as [F, scale]: x = k ln2 + r exactly, e^r by its series. */
function expParts(x: number, W: number): [bigint, number] {
  const k = Math.round(x / Math.LN2);
  const X = x < 0 ? -toFix(x, W) : toFix(x, W);
  const R = X - BigInt(k) * ln2Fix(W);
  return [expFix(R, W), W - k];
}

export function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  // |x| < 2^-54: 1 + x is within a quarter ulp of 1.
  if (Math.abs(x) < 2 ** -54) return 1;
  return ziv((W) => {
    const [F, s] = expParts(x, W);
    return [F, s, ERR];
  });
}

export function exp2(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x >= 1024) return Infinity;
  if (x < -1080) return 0;
  if (Number.isInteger(x)) return 2 ** x;
  if (Math.abs(x) < 2 ** -54) return 1;
  const k = Math.round(x);
  const f = x - k;
  return ziv((W) => {
    const w = BigInt(W);
    const Fx = f < 0 ? -toFix(f, W) : toFix(f, W);
    return [expFix((Fx * ln2Fix(W)) >> w, W), W - k, ERR];
  });
}

// -- log family -----------------------------------------------------------------------------

/** Special cases shared by the logarithms; undefined when x is finite and positive. */
function logSpecial(x: number): number | undefined {
  if (Number.isNaN(x)) return x;
  if (x === 0) return -Infinity;
  if (x < 0) return NaN;
  if (x === Infinity) return x;
  if (x === 1) return 0;
  return undefined;
}

export function log(x: number): number {
  const sp = logSpecial(x);
  if (sp !== undefined) return sp;
  const [m, e] = decompose(x);
  return ziv((W) => [logFix(m, -e, W), W, ERR]);
}

export function log2(x: number): number {
  const sp = logSpecial(x);
  if (sp !== undefined) return sp;
  const [m, e] = decompose(x);
  // Powers of two are the only inputs with a rational (exact) result.
  if ((m & (m - 1n)) === 0n) return e + m.toString(2).length - 1;
  return ziv((W) => [(logFix(m, -e, W) << BigInt(W)) / ln2Fix(W), W, ERR]);
}

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

export function log10(x: number): number {
  const sp = logSpecial(x);
  if (sp !== undefined) return sp;
  // 10^k for k <= 22 are the only doubles with a rational log10.
  const k = POW10.indexOf(x);
  if (k >= 0) return k;
  const [m, e] = decompose(x);
  return ziv((W) => [(logFix(m, -e, W) << BigInt(W)) / ln10Fix(W), W, ERR]);
}

// -- Trigonometric --------------------------------------------------------------------------

/**
 * x mod pi/2 at scale W with its quadrant. pi carries enough bits that k * (error of pi/2)
 * stays below 2^-(W+7) whatever the exponent of x (up to 2^1024): an exact reduction.
 */
function reduce(x: number, W: number): [bigint, number] {
  const [m, e] = decompose(x);
  const T = W + Math.max(0, e + 53) + 8;
  const X = m << BigInt(e + T);
  const halfPi = piFix(T) >> 1n;
  const k = (2n * X + halfPi) / (2n * halfPi);
  const R = shift(X - k * halfPi, W - T);
  return [R, Number(k & 3n)];
}

function trigSpecial(x: number): number | undefined {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return NaN;
  return undefined;
}

export function sin(x: number): number {
  const sp = trigSpecial(x);
  if (sp !== undefined) return sp;
  // sin x = x (1 - x^2/6 + ...): the correction is below a quarter ulp.
  if (Math.abs(x) < TINY) return x;
  const sign = x < 0 ? -1n : 1n;
  return ziv((W) => {
    const [R, q] = reduce(Math.abs(x), W);
    const [s, c] = sinCosFix(R, W);
    const v = q === 0 ? s : q === 1 ? c : q === 2 ? -s : -c;
    return [sign * v, W, ERR];
  });
}

export function cos(x: number): number {
  const sp = trigSpecial(x);
  if (sp !== undefined) return sp;
  if (Math.abs(x) < TINY) return 1;
  return ziv((W) => {
    const [R, q] = reduce(Math.abs(x), W);
    const [s, c] = sinCosFix(R, W);
    const v = q === 0 ? c : q === 1 ? -s : q === 2 ? -c : s;
    return [v, W, ERR];
  });
}

export function tan(x: number): number {
  const sp = trigSpecial(x);
  if (sp !== undefined) return sp;
  if (Math.abs(x) < TINY) return x;
  const sign = x < 0 ? -1n : 1n;
  return ziv((W) => {
    const w = BigInt(W);
    const [R, q] = reduce(Math.abs(x), W);
    const [s, c] = sinCosFix(R, W);
    // Near a pole the quotient magnifies the errors of num and den: bound that exactly.
    const [num, den] = (q & 1) === 0 ? [s, c] : [-c, s];
    const aden = den < 0n ? -den : den;
    const anum = num < 0n ? -num : num;
    const err = ((ERR << w) / aden) + ((ERR * anum << w) / (aden * aden)) * 2n + 2n;
    return [sign * ((num << w) / den), W, err];
  });
}

// -- Inverse trigonometric -------------------------------------------------------------------

export function atan(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) < TINY) return x;
  const sign = x < 0 ? -1n : 1n;
  const [m, e] = decompose(x);
  return ziv((W) => {
    // atan(m 2^e) = atan(m / 2^-e) (or with the ratio reversed): exact operands.
    const [num, den] = e >= 0 ? [m << BigInt(e), 1n] : [m, 1n << BigInt(-e)];
    return [sign * atanRatio(num, den, W), W, ERR];
  });
}

export function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const ys = Object.is(y, -0) || y < 0 ? -1 : 1;
  const xNeg = Object.is(x, -0) || x < 0;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return ys * (xNeg ? 0.75 * Math.PI : 0.25 * Math.PI);
    return ys * PI_2;
  }
  if (y === 0 || x === Infinity || x === -Infinity) return ys * (xNeg ? Math.PI : 0);
  if (x === 0) return ys * PI_2;
  const [my, ey] = decompose(y);
  const [mx, ex] = decompose(x);
  // log2 |y/x| within 1: a tiny quotient with x > 0 is the result itself, so the fixed
  // point must reach its last bit (down to the subnormals).
  const d = (ey + my.toString(2).length) - (ex + mx.toString(2).length);
  const extra = !xNeg && d < 0 ? -d + 2 : 0;
  const lo = Math.min(ey, ex);
  const Y = my << BigInt(ey - lo);
  const X = mx << BigInt(ex - lo);
  return ziv((W) => {
    const S = W + extra;
    let theta = atanRatio(Y, X, S);
    if (xNeg) theta = piFix(S) - theta;
    return [BigInt(ys) * theta, S, ERR];
  });
}

/** sqrt(1 - x^2) at scale W for 0 <= x = m 2^e <= 1 (e <= 0), within 1 unit. */
function cosOfAsin(m: bigint, e: number, W: number): bigint {
  const d = (1n << BigInt(-2 * e)) - m * m;
  return isqrt(shift(d, 2 * W + 2 * e));
}

export function asin(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!(Math.abs(x) <= 1)) return NaN;
  if (Math.abs(x) < TINY) return x;
  const sign = x < 0 ? -1n : 1n;
  const [m, e] = decompose(x);
  return ziv((W) => {
    const A = shift(m, W + e);
    return [sign * atanRatio(A, cosOfAsin(m, e, W), W), W, ERR];
  });
}

export function acos(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!(Math.abs(x) <= 1)) return NaN;
  if (x === 1) return 0;
  if (x === 0) return PI_2;
  const [m, e] = decompose(x);
  return ziv((W) => {
    const A = shift(m, W + e);
    let theta = atanRatio(cosOfAsin(m, e, W), A, W);
    if (x < 0) theta = piFix(W) - theta;
    return [theta, W, ERR];
  });
}

// -- Hyperbolic -----------------------------------------------------------------------------

/** (e^a + sign e^-a) / 2 for a >= 0, as an approximation with its error. */
function coshSinh(a: number, sign: 1n | -1n, W: number): [bigint, number, bigint] {
  const k = Math.round(a / Math.LN2);
  const R = toFix(a, W) - BigInt(k) * ln2Fix(W);
  const ep = expFix(R, W);
  const em = expFix(-R, W);
  const k2 = BigInt(2 * k);
  // e^a = ep 2^k, e^-a = em 2^-k: put both at scale W + k + 1 (which also halves).
  return [(ep << k2) + sign * em, W + k + 1, (ERR << k2) + ERR];
}

export function sinh(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  if (a < TINY) return x;
  if (a > 711) return x > 0 ? Infinity : -Infinity;
  const r = ziv((W) => coshSinh(a, -1n, W));
  return x < 0 ? -r : r;
}

export function cosh(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a === Infinity || a > 711) return Infinity;
  // cosh x = 1 + x^2/2 + ...: within a quarter ulp of 1.
  if (a < TINY) return 1;
  return ziv((W) => coshSinh(a, 1n, W));
}

export function tanh(x: number): number {
  if (Number.isNaN(x) || x === 0) return x;
  const a = Math.abs(x);
  // 1 - tanh a = 2 / (e^2a + 1) < 2^-56 beyond 20.
  if (a > 20) return x > 0 ? 1 : -1;
  if (a < TINY) return x;
  const sign = x < 0 ? -1n : 1n;
  return ziv((W) => {
    const w = BigInt(W);
    const one = 1n << w;
    const [F, s] = expParts(2 * a, W);
    const E = shift(F, W - s);
    return [sign * (((E - one) << w) / (E + one)), W, ERR << 2n];
  });
}

export function asinh(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  if (a < TINY) return x;
  const [m, e] = decompose(a);
  const r = ziv((W) => {
    // log(a + sqrt(a^2 + 1)), with a^2 + 1 formed exactly at scale 2W.
    const q = shift(m * m, 2 * e + 2 * W) + (1n << BigInt(2 * W));
    const U = shift(m, e + W) + isqrt(q);
    return [logFix(U, W, W), W, ERR];
  });
  return x < 0 ? -r : r;
}

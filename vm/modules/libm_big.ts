/**
 * Fixed-point bigint arithmetic for the correctly rounded elementary functions in `libm.ts`.
 *
 * A real is a bigint F standing for F / 2^W. Every evaluation here is a few units of 2^-W
 * from the true value, so the caller can round F once and know whether the rounding is
 * certain (see `roundChecked`); when it is not, the caller asks again with a larger W.
 * Constants (pi, ln 2, ln 10) are computed here from series, never taken from tables.
 *
 * @module
 */

const view = new DataView(new ArrayBuffer(8));

/** Bit length of a positive bigint. */
export function bitLen(a: bigint): number {
  if (a <= 0n) return 0;
  const h = a.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

/** |x| = M * 2^E exactly, for finite nonzero x (subnormals included). */
export function decompose(x: number): [bigint, number] {
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const be = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & 0xfffffffffffffn;
  if (be === 0) return [frac, -1074];
  return [frac | (1n << 52n), be - 1075];
}

/** floor(|x| * 2^W) (exact when W covers x's last bit). */
export function toFix(x: number, W: number): bigint {
  if (x === 0) return 0n;
  const [m, e] = decompose(x);
  const sh = e + W;
  return sh >= 0 ? m << BigInt(sh) : m >> BigInt(-sh);
}

/** M * 2^sh, truncating when sh < 0. */
export function shift(m: bigint, sh: number): bigint {
  return sh >= 0 ? m << BigInt(sh) : m >> BigInt(-sh);
}

/** floor(sqrt(n)) for n >= 0. */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError("isqrt of a negative number");
  if (n < 1n << 52n) return BigInt(Math.floor(Math.sqrt(Number(n))));
  const bl = bitLen(n);
  let s = bl - 100;
  if (s < 0) s = 0;
  if (s & 1) s++;
  // Start above the root so Newton's iteration decreases monotonically onto it.
  let x = (BigInt(Math.floor(Math.sqrt(Number(n >> BigInt(s))))) + 2n) << BigInt(s / 2);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

// -- Constants ----------------------------------------------------------------------------

/** sum_{k>=0} (-1)^k / ((2k+1) n^(2k+1)) (or without the sign: atanh(1/n)) at scale W. */
function arctanInv(n: bigint, W: number, hyperbolic: boolean): bigint {
  const n2 = n * n;
  let p = (1n << BigInt(W)) / n;
  let sum = 0n;
  for (let k = 0n; p !== 0n; k++) {
    const t = p / (2n * k + 1n);
    sum += hyperbolic || (k & 1n) === 0n ? t : -t;
    p /= n2;
  }
  return sum;
}

type Cache = { w: number; v: bigint };

function cached(c: Cache, W: number, compute: (w: number) => bigint): bigint {
  if (c.w < W) {
    const w = Math.max(W, 2 * c.w) + 32;
    c.v = compute(w);
    c.w = w;
  }
  return c.v >> BigInt(c.w - W);
}

const PI: Cache = { w: 0, v: 0n };
const LN2: Cache = { w: 0, v: 0n };
const LN10: Cache = { w: 0, v: 0n };

/** pi at scale W (Machin's formula), within 1 unit. */
export function piFix(W: number): bigint {
  return cached(
    PI,
    W,
    (w) => 16n * arctanInv(5n, w + 8, false) - 4n * arctanInv(239n, w + 8, false) >> 8n,
  );
}

/** ln 2 = 2 atanh(1/3) at scale W, within 1 unit. */
export function ln2Fix(W: number): bigint {
  return cached(LN2, W, (w) => (2n * arctanInv(3n, w + 8, true)) >> 8n);
}

/** ln 10 at scale W, within 1 unit. */
export function ln10Fix(W: number): bigint {
  return cached(LN10, W, (w) => logFix(10n, 0, w + 8) >> 8n);
}

// -- Series ---------------------------------------------------------------------------------

/** exp(R / 2^W) at scale W for |R / 2^W| < 0.75. */
export function expFix(R: bigint, W: number): bigint {
  const one = 1n << BigInt(W);
  const w = BigInt(W);
  let sum = one;
  let term = one;
  for (let n = 1n; term !== 0n; n++) {
    term = ((term * R) >> w) / n;
    sum += term;
  }
  return sum;
}

/** [sin, cos] of R / 2^W at scale W for |R / 2^W| < 1. */
export function sinCosFix(R: bigint, W: number): [bigint, bigint] {
  const w = BigInt(W);
  const r2 = (R * R) >> w;
  let s = R;
  let term = R;
  for (let n = 1n; term !== 0n; n++) {
    term = -((term * r2) >> w) / (2n * n * (2n * n + 1n));
    s += term;
  }
  const one = 1n << w;
  let c = one;
  term = one;
  for (let n = 1n; term !== 0n; n++) {
    term = -((term * r2) >> w) / ((2n * n - 1n) * (2n * n));
    c += term;
  }
  return [s, c];
}

/** atan(T / 2^W) at scale W for 0 <= T <= 2^W. */
export function atanFix(T: bigint, W: number): bigint {
  const w = BigInt(W);
  const one = 1n << w;
  // atan t = 2 atan(t / (1 + sqrt(1 + t^2))): halve the angle until the series is short.
  let halvings = 0n;
  while (T > one >> 3n) {
    T = (T << w) / (one + isqrt(one * one + T * T));
    halvings++;
  }
  const t2 = (T * T) >> w;
  let sum = 0n;
  let p = T;
  for (let k = 0n; p !== 0n; k++) {
    const t = p / (2n * k + 1n);
    sum += (k & 1n) === 0n ? t : -t;
    p = (p * t2) >> w;
  }
  return sum << halvings;
}

/** atan(num / den) at scale W for num, den >= 0 not both 0: in [0, pi/2]. */
export function atanRatio(num: bigint, den: bigint, W: number): bigint {
  const w = BigInt(W);
  if (num <= den) return atanFix((num << w) / den, W);
  return (piFix(W) >> 1n) - atanFix((den << w) / num, W);
}

/** log(U / 2^s) at scale W for U > 0. */
export function logFix(U: bigint, s: number, W: number): bigint {
  const w = BigInt(W);
  const one = 1n << w;
  const L = bitLen(U);
  let e = L - 1 - s;
  // The mantissa m in [1, 2) at scale W; log m = 2 atanh((m - 1) / (m + 1)), taking
  // m / 2 instead when m > sqrt 2 so that the ratio stays below 0.172.
  const m = shift(U, W - (L - 1));
  let num: bigint;
  let den: bigint;
  if (m * m > 2n * one * one) {
    e++;
    num = m - 2n * one;
    den = m + 2n * one;
  } else {
    num = m - one;
    den = m + one;
  }
  const z = (num << w) / den;
  const z2 = (z * z) >> w;
  let sum = 0n;
  let p = z;
  // z may be negative: divide (truncating toward zero) so the terms reach 0.
  for (let k = 1n; p !== 0n; k += 2n) {
    sum += p / k;
    p = (p * z2) / one;
  }
  return 2n * sum + BigInt(e) * ln2Fix(W);
}

// -- Rounding -------------------------------------------------------------------------------

/** F / 2^s rounded to the nearest double (ties to even), with subnormals and overflow. */
export function roundBig(F: bigint, s: number): number {
  if (F === 0n) return 0;
  const neg = F < 0n;
  const A = neg ? -F : F;
  const L = bitLen(A);
  if (L - 1 - s > 1023) return neg ? -Infinity : Infinity;
  const sh = Math.max(L - 53, s - 1074);
  let q: bigint;
  if (sh <= 0) q = A << BigInt(-sh);
  else {
    const b = BigInt(sh);
    q = A >> b;
    const rem = A - (q << b);
    const half = 1n << (b - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q++;
  }
  // q * 2^(sh - s) is representable (or overflows), so two exact scalings reach it.
  const x = sh - s;
  let r = Number(q);
  if (x < -1000) r = r * 2 ** (x + 600) * 2 ** -600;
  else if (x > 900) r = r * 2 ** (x - 600) * 2 ** 600;
  else r = r * 2 ** x;
  return neg ? -r : r;
}

/** The rounding of F / 2^s if every value within err units of it rounds the same way. */
export function roundChecked(F: bigint, s: number, err: bigint): number | undefined {
  const a = roundBig(F - err, s);
  const b = roundBig(F + err, s);
  return Object.is(a, b) ? a : undefined;
}

/** An evaluation at working precision W: [F, scale, error bound in units of 2^-scale]. */
export type Approx = [bigint, number, bigint];

/** A generous bound on the accumulated error of the evaluations above, in units of 2^-W. */
export const ERR = 1n << 30n;

/**
 * Ziv's strategy: evaluate with growing precision until the error interval rounds to a single
 * double. Only exactly representable results (handled by the callers) could loop forever.
 */
export function ziv(f: (W: number) => Approx): number {
  for (let p = 128;; p *= 2) {
    const [F, s, err] = f(p + 64);
    const r = roundChecked(F, s, err);
    if (r !== undefined) return r;
    if (p > 1 << 16) return roundBig(F, s);
  }
}

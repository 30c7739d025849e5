/**
 * Portable versions of the glibc routines CPython's `math` calls where V8 has
 * no equivalent of the same last bit: fdlibm's algorithms in glibc's
 * evaluation order. They are used when the host cannot call the platform libm
 * (see `libm_backend.ts`).
 *
 * @module
 */

const buf = new DataView(new ArrayBuffer(8));

/** The IEEE 754 bits of a double. */
export function bitsOf(x: number): bigint {
  buf.setFloat64(0, x);
  return buf.getBigUint64(0);
}

/** The double with these IEEE 754 bits. */
export function fromBits(b: bigint): number {
  buf.setBigUint64(0, b);
  return buf.getFloat64(0);
}

export function copysign(x: number, y: number): number {
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

export function erf(x: number): number {
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

export function erfc(x: number): number {
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
export function cbrt(x: number): number {
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
export function log10(x: number): number {
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
export function log1p(x: number): number {
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
export function atanh(x: number): number {
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
export function acosh(x: number): number {
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
export function expm1(x: number): number {
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

/**
 * Inputs for testing native uops against their TypeScript semantics: the
 * edge values where int64 and IEEE arithmetic go wrong (overflow bounds,
 * signed zeros, NaNs, infinities, the 2**53 and 2**63 boundaries), mixed
 * with seeded random ones. Deterministic, so a failure names its seed.
 *
 * @module
 */

const F64 = new Float64Array(1);
const I64 = new BigInt64Array(F64.buffer);

/** The bits of a double, as a signed int64. */
export function bitsOf(d: number): bigint {
  F64[0] = d;
  return I64[0];
}

/** The double whose bits these are. */
export function doubleOf(bits: bigint): number {
  I64[0] = bits;
  return F64[0];
}

const MIN = -(1n << 63n), MAX = (1n << 63n) - 1n;

/** Integers at the edges int64 arithmetic cares about. */
export const INT_EDGES: readonly bigint[] = (() => {
  const out = new Set<bigint>([
    0n,
    1n,
    -1n,
    2n,
    -2n,
    3n,
    -3n,
    7n,
    -7n,
    10n,
    MIN,
    MAX,
    MIN + 1n,
    MAX - 1n,
  ]);
  for (const p of [15n, 16n, 31n, 32n, 52n, 53n, 54n, 62n]) {
    for (const d of [-1n, 0n, 1n]) {
      out.add((1n << p) + d);
      out.add(-(1n << p) + d);
    }
  }
  for (let n = 0n; n <= 70n; n += 1n) out.add(n);
  out.add(3037000499n); // floor(sqrt(2**63)): the edge of squaring without overflow
  out.add(3037000500n);
  out.add(-3037000500n);
  return [...out];
})();

/** Doubles at the edges IEEE arithmetic and int conversion care about. */
export const FLOAT_EDGES: readonly number[] = [
  0,
  -0,
  1,
  -1,
  0.5,
  -0.5,
  1.5,
  -1.5,
  2.5,
  -2.5,
  0.1,
  -0.1,
  1e-300,
  -1e-300,
  5e-324,
  -5e-324,
  2.2250738585072014e-308,
  1.7976931348623157e308,
  -1.7976931348623157e308,
  Infinity,
  -Infinity,
  NaN,
  -NaN,
  2 ** 52,
  2 ** 52 + 0.5,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  2 ** 62,
  2 ** 63,
  -(2 ** 63),
  2 ** 64,
  -(2 ** 64),
  9223372036854774784,
  -9223372036854774784,
  0.9999999999999999,
  -0.9999999999999999,
  3,
  -3,
  7,
  -7,
  1e16,
  -1e16,
  123456.789,
];

/** A seeded generator (xorshift64*), so that every run sees the same inputs. */
export class Rng {
  #state: bigint;
  constructor(seed: number) {
    this.#state = BigInt(seed) * 0x9E3779B97F4A7C15n & 0xFFFFFFFFFFFFFFFFn || 1n;
  }

  /** 64 random bits, as a signed int64. */
  bits(): bigint {
    let x = this.#state;
    x ^= x >> 12n;
    x ^= (x << 25n) & 0xFFFFFFFFFFFFFFFFn;
    x ^= x >> 27n;
    this.#state = x;
    return BigInt.asIntN(64, x * 0x2545F4914F6CDD1Dn);
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Number(BigInt.asUintN(64, this.bits()) % BigInt(n));
  }

  pick<T>(xs: readonly T[]): T {
    return xs[this.below(xs.length)];
  }

  /** An int64 that is an edge value, small, of a random width, or all random bits. */
  int(): bigint {
    switch (this.below(5)) {
      case 0:
      case 1:
        return this.pick(INT_EDGES);
      case 2:
        return BigInt(this.below(201) - 100);
      case 3:
        return BigInt.asIntN(64, this.bits() >> BigInt(this.below(63)));
      default:
        return this.bits();
    }
  }

  /** A double's bits: an edge value, an integral value, a moderate one, or random bits. */
  float(): bigint {
    switch (this.below(5)) {
      case 0:
      case 1:
        return bitsOf(this.pick(FLOAT_EDGES));
      case 2:
        return bitsOf(Number(this.int()));
      case 3:
        return bitsOf((Number(this.bits() >> 11n) / 2 ** 40) * (this.below(2) ? 1 : 1e-6));
      default:
        return this.bits();
    }
  }

  /** 0 or 1. */
  bool(): bigint {
    return BigInt(this.below(2));
  }
}

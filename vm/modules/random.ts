/**
 * The `random` module: the Mersenne Twister of CPython 3.11
 * Modules/_randommodule.c and the methods of Lib/random.py on top of it,
 * drawing the same numbers as CPython for the same seed.
 *
 * @module
 */
import {
  PyBuiltinFunction,
  PyBytes,
  PyFloat,
  PyInstance,
  type PyInt,
  PyList,
  type PyObject,
  PyTuple,
  type PyType,
  raise,
  T,
} from "../object.ts";
import {
  binaryOp,
  callMethod,
  getItem,
  hash,
  index,
  len,
  lessThan,
  None,
  setItem,
  str,
  toArray,
} from "../abstract.ts";
import { NB_ADD, NB_MULTIPLY, NB_REMAINDER, NB_SUBTRACT } from "../operators.ts";
import { exactlyOne } from "../args.ts";
import { intOf, strOf, typeLookup, typeName } from "../core.ts";
import { PyDict } from "../dict.ts";
import { defMethod, defNew, PyModule } from "../descriptors.ts";
import { builtinType } from "../types.ts";
import { bigBitLength, intFromFloat, intFromString } from "../int.ts";
import { floatPow } from "../float.ts";
import { PyRange } from "../range.ts";
import { asDouble } from "./math.ts";
import { registerBuiltinModule } from "../vm.ts";

// -- The Mersenne Twister (CPython 3.11 Modules/_randommodule.c) ---------------------------

const N = 624;
const M = 397;

/** One generator's state: `mt` and `index` of CPython's RandomObject, plus `gauss_next`. */
export class MersenneTwister {
  mt = new Uint32Array(N);
  index = N + 1;
  gaussNext: number | null = null;

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, p) + i) >>> 0;
    }
    this.index = N;
  }

  initByArray(key: Uint32Array): void {
    this.initGenrand(19650218);
    const mt = this.mt;
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  genrand(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `random_random`: 53 random bits as a float in [0, 1). */
  random(): number {
    const a = this.genrand() >>> 5;
    const b = this.genrand() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** `_random_Random_getrandbits_impl`: 32-bit words filled least significant first. */
  getrandbits(k: number): PyInt {
    if (k < 0) raise("ValueError", "number of bits must be non-negative");
    if (k === 0) return 0;
    if (k <= 32) return this.genrand() >>> (32 - k);
    if (k <= 53) {
      const lo = this.genrand();
      const hi = this.genrand() >>> (64 - k);
      return hi * 4294967296 + lo;
    }
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let r = this.genrand();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return result;
  }

  /** `_randbelow_with_getrandbits`: rejection sampling of bit_length(n) bits. */
  randbelow(n: PyInt): PyInt {
    if (typeof n === "number") {
      const bits = n <= 0xffffffff ? 32 - Math.clz32(n) : bitLengthNum(n);
      let r = this.getrandbits(bits) as number;
      while (r >= n) r = this.getrandbits(bits) as number;
      return r;
    }
    const bits = bigBitLength(n);
    let r = BigInt(this.getrandbits(bits));
    while (r >= n) r = BigInt(this.getrandbits(bits));
    return r <= 9007199254740991n ? Number(r) : r;
  }

  /** `random_seed`: the absolute value's 32-bit words, least significant first. */
  seedInt(n: bigint): void {
    if (n < 0n) n = -n;
    const words: number[] = [];
    while (n > 0n) {
      words.push(Number(n & 0xffffffffn));
      n >>= 32n;
    }
    if (words.length === 0) words.push(0);
    this.initByArray(Uint32Array.from(words));
  }

  seedSystem(): void {
    const key = new Uint32Array(N);
    crypto.getRandomValues(key);
    this.initByArray(key);
  }
}

function bitLengthNum(n: number): number {
  let bits = 0;
  while (n >= 4294967296) {
    n = Math.floor(n / 4294967296);
    bits += 32;
  }
  return bits + 32 - Math.clz32(n);
}

// -- SHA-512 (for version-2 seeding from str and bytes) -------------------------------------

const K512 = [
  "428a2f98d728ae22",
  "7137449123ef65cd",
  "b5c0fbcfec4d3b2f",
  "e9b5dba58189dbbc",
  "3956c25bf348b538",
  "59f111f1b605d019",
  "923f82a4af194f9b",
  "ab1c5ed5da6d8118",
  "d807aa98a3030242",
  "12835b0145706fbe",
  "243185be4ee4b28c",
  "550c7dc3d5ffb4e2",
  "72be5d74f27b896f",
  "80deb1fe3b1696b1",
  "9bdc06a725c71235",
  "c19bf174cf692694",
  "e49b69c19ef14ad2",
  "efbe4786384f25e3",
  "0fc19dc68b8cd5b5",
  "240ca1cc77ac9c65",
  "2de92c6f592b0275",
  "4a7484aa6ea6e483",
  "5cb0a9dcbd41fbd4",
  "76f988da831153b5",
  "983e5152ee66dfab",
  "a831c66d2db43210",
  "b00327c898fb213f",
  "bf597fc7beef0ee4",
  "c6e00bf33da88fc2",
  "d5a79147930aa725",
  "06ca6351e003826f",
  "142929670a0e6e70",
  "27b70a8546d22ffc",
  "2e1b21385c26c926",
  "4d2c6dfc5ac42aed",
  "53380d139d95b3df",
  "650a73548baf63de",
  "766a0abb3c77b2a8",
  "81c2c92e47edaee6",
  "92722c851482353b",
  "a2bfe8a14cf10364",
  "a81a664bbc423001",
  "c24b8b70d0f89791",
  "c76c51a30654be30",
  "d192e819d6ef5218",
  "d69906245565a910",
  "f40e35855771202a",
  "106aa07032bbd1b8",
  "19a4c116b8d2d0c8",
  "1e376c085141ab53",
  "2748774cdf8eeb99",
  "34b0bcb5e19b48a8",
  "391c0cb3c5c95a63",
  "4ed8aa4ae3418acb",
  "5b9cca4f7763e373",
  "682e6ff3d6b2b8a3",
  "748f82ee5defb2fc",
  "78a5636f43172f60",
  "84c87814a1f0ab72",
  "8cc702081a6439ec",
  "90befffa23631e28",
  "a4506cebde82bde9",
  "bef9a3f7b2c67915",
  "c67178f2e372532b",
  "ca273eceea26619c",
  "d186b8c721c0c207",
  "eada7dd6cde0eb1e",
  "f57d4f7fee6ed178",
  "06f067aa72176fba",
  "0a637dc5a2c898a6",
  "113f9804bef90dae",
  "1b710b35131c471b",
  "28db77f523047d84",
  "32caab7b40c72493",
  "3c9ebe0a15c9bebc",
  "431d67c49c100d4c",
  "4cc5d4becb3e42b6",
  "597f299cfc657e2a",
  "5fcb6fab3ad6faec",
  "6c44198c4a475817",
].map((h) => BigInt("0x" + h));

const H512 = [
  "6a09e667f3bcc908",
  "bb67ae8584caa73b",
  "3c6ef372fe94f82b",
  "a54ff53a5f1d36f1",
  "510e527fade682d1",
  "9b05688c2b3e6c1f",
  "1f83d9abfb41bd6b",
  "5be0cd19137e2179",
].map((h) => BigInt("0x" + h));

const MASK64 = (1n << 64n) - 1n;
const rotr = (x: bigint, n: bigint) => ((x >> n) | (x << (64n - n))) & MASK64;

/** SHA-512 (FIPS 180-4): `crypto.subtle.digest` is asynchronous, and seeding is not. */
export function sha512(data: Uint8Array): Uint8Array {
  const bitLen = BigInt(data.length) * 8n;
  const padded = new Uint8Array(Math.ceil((data.length + 17) / 128) * 128);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setBigUint64(padded.length - 8, bitLen);
  const h = H512.slice();
  const w = new Array<bigint>(80);
  for (let off = 0; off < padded.length; off += 128) {
    for (let t = 0; t < 16; t++) w[t] = view.getBigUint64(off + t * 8);
    for (let t = 16; t < 80; t++) {
      const s0 = rotr(w[t - 15], 1n) ^ rotr(w[t - 15], 8n) ^ (w[t - 15] >> 7n);
      const s1 = rotr(w[t - 2], 19n) ^ rotr(w[t - 2], 61n) ^ (w[t - 2] >> 6n);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & MASK64;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let t = 0; t < 80; t++) {
      const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ (~e & MASK64 & g);
      const t1 = (hh + S1 + ch + K512[t] + w[t]) & MASK64;
      const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & MASK64;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & MASK64;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & MASK64;
    }
    const v = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i] + v[i]) & MASK64;
  }
  const out = new Uint8Array(64);
  const ov = new DataView(out.buffer);
  h.forEach((x, i) => ov.setBigUint64(i * 8, x));
  return out;
}

// -- The Random type --------------------------------------------------------------------------

/** An instance of `random.Random` (or of a Python subclass): a generator plus attributes. */
export class PyRandom extends PyInstance {
  gen: MersenneTwister;
  constructor(cls: PyType) {
    super(cls);
    this.gen = cls === RANDOM ? new MersenneTwister() : new SubclassTwister(this);
  }
}

/**
 * The generator of a Python subclass of Random: random.py's methods call `self.random()` and
 * `self.getrandbits()`, so a subclass that overrides them changes every derived method.
 */
class SubclassTwister extends MersenneTwister {
  constructor(readonly owner: PyRandom) {
    super();
  }

  #override(name: string): PyObject | undefined {
    const m = typeLookup(this.owner.cls, name);
    return m === undefined || m === RANDOM.dict.get(name) ? undefined : m;
  }

  override random(): number {
    const m = this.#override("random");
    if (m === undefined) return super.random();
    return asDouble(callMethod(m, this.owner, [], null));
  }

  override getrandbits(k: number): PyInt {
    const m = this.#override("getrandbits");
    if (m === undefined) return super.getrandbits(k);
    return index(callMethod(m, this.owner, [k], null));
  }

  // random.py's Random.__init_subclass__: the nearest class defining getrandbits or random
  // decides between _randbelow_with_getrandbits and _randbelow_without_getrandbits.
  override randbelow(n: PyInt): PyInt {
    for (const c of this.owner.cls.mro) {
      if (c === RANDOM || c.dict.has("getrandbits")) break;
      if (c.dict.has("random")) return this.#randbelowWithoutGetrandbits(n);
    }
    return super.randbelow(n);
  }

  #randbelowWithoutGetrandbits(n: PyInt): PyInt {
    const maxsize = 2 ** 53;
    if (Number(n) >= maxsize) return intFromFloat(Math.floor(this.random() * Number(n)));
    const nn = Number(n);
    const rem = maxsize % nn;
    const limit = (maxsize - rem) / maxsize;
    let r = this.random();
    while (r >= limit) r = this.random();
    return Math.floor(r * maxsize) % nn;
  }
}

const RANDOM = builtinType("Random", T.object, {
  instanceDict: true,
  module: "random",
  key: "random.Random",
});

function genOf(self: PyObject): MersenneTwister {
  if (!(self instanceof PyRandom)) {
    raise(
      "TypeError",
      `descriptor requires a 'random.Random' object but received a '${typeName(self)}'`,
    );
  }
  return self.gen;
}

/**
 * Binds the arguments of a method written in Python (`Random.randint(self, a, b)`), with
 * the messages of CPython's Python-function calls. `undefined` marks a missing optional one.
 */
function bindArgs(
  fname: string,
  names: readonly string[],
  required: number,
  kwOnly: readonly string[],
  args: PyObject[],
  kwnames: readonly string[] | null,
): (PyObject | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const out: (PyObject | undefined)[] = new Array(names.length + kwOnly.length);
  if (npos > names.length) {
    const total = names.length + 1;
    const takes = required === names.length ? `${total}` : `from ${required + 1} to ${total}`;
    raise(
      "TypeError",
      `${fname}() takes ${takes} positional argument${total === 1 ? "" : "s"} but ${
        npos + 1
      } were given`,
    );
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    let i = names.indexOf(name);
    if (i < 0) {
      const j = kwOnly.indexOf(name);
      if (j < 0) raise("TypeError", `${fname}() got an unexpected keyword argument '${name}'`);
      i = names.length + j;
    } else if (i < npos) {
      raise("TypeError", `${fname}() got multiple values for argument '${name}'`);
    }
    out[i] = args[npos + k];
  }
  const missing = names.slice(0, required).filter((_, i) => out[i] === undefined);
  if (missing.length > 0) {
    const quoted = missing.map((m) => `'${m}'`);
    const list = quoted.length === 1
      ? quoted[0]
      : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
    raise(
      "TypeError",
      `${fname}() missing ${missing.length} required positional argument${
        missing.length === 1 ? "" : "s"
      }: ${list}`,
    );
  }
  return out;
}

const fl = (x: number): PyFloat => new PyFloat(x);

function isNeg(i: PyInt): boolean {
  return typeof i === "number" ? i < 0 : i < 0n;
}

function isPos(i: PyInt): boolean {
  return typeof i === "number" ? i > 0 : i > 0n;
}

function normInt(v: bigint): PyInt {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

// random.py's `_index(x)`, falling back to `int(x)` for integral floats (deprecated in 3.10).
function randrangeIndex(x: PyObject, what: string): PyInt {
  if (x instanceof PyFloat) {
    const v = x.value;
    if (Number.isFinite(v) && v !== Math.trunc(v)) {
      raise("ValueError", `non-integer ${what} for randrange()`);
    }
    return intFromFloat(v);
  }
  // int(x) of a str parses it; an int that compares unequal to the str is "non-integer".
  const text = strOf(x);
  if (text !== undefined) {
    intFromString(text);
    raise("ValueError", `non-integer ${what} for randrange()`);
  }
  if (x === None) {
    raise(
      "TypeError",
      "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
    );
  }
  return index(x);
}

function randrange(
  g: MersenneTwister,
  start: PyObject,
  stop: PyObject | undefined,
  step: PyObject | undefined,
): PyInt {
  const istart = randrangeIndex(start, "arg 1");
  if (stop === undefined || stop === None) {
    if (step !== undefined && step !== 1) raise("TypeError", "Missing a non-None stop argument");
    if (isPos(istart)) return g.randbelow(istart);
    raise("ValueError", "empty range for randrange()");
  }
  const istop = randrangeIndex(stop, "stop");
  const width = BigInt(istop) - BigInt(istart);
  const istep = BigInt(step === undefined ? 1 : randrangeIndex(step, "step"));
  if (istep === 1n) {
    if (width > 0n) return normInt(BigInt(istart) + BigInt(g.randbelow(normInt(width))));
    raise("ValueError", `empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: bigint;
  const floorDiv = (a: bigint, b: bigint) => {
    const q = a / b;
    return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
  };
  if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
  else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
  else raise("ValueError", "zero step for randrange()");
  if (n <= 0n) raise("ValueError", "empty range for randrange()");
  return normInt(BigInt(istart) + istep * BigInt(g.randbelow(normInt(n))));
}

function seed(self: PyRandom, a: PyObject | undefined, version: PyObject | undefined): void {
  const g = self.gen;
  const v = version === undefined ? 2 : version;
  if (a === undefined || a === None) {
    g.seedSystem();
  } else {
    let bytes: Uint8Array | null = null;
    const s = strOf(a);
    if (s !== undefined) bytes = new TextEncoder().encode(s);
    else if (a instanceof PyBytes) bytes = a.data;
    if (bytes !== null && (v === 2 || v === 2n)) {
      const all = new Uint8Array(bytes.length + 64);
      all.set(bytes);
      all.set(sha512(bytes), bytes.length);
      let n = 0n;
      for (const b of all) n = (n << 8n) | BigInt(b);
      g.seedInt(n);
    } else if (bytes !== null && (v === 1 || v === 1n)) {
      // random.py's version-1 string hash.
      const text = s ?? String.fromCharCode(...bytes);
      const cps = [...text].map((c) => BigInt(c.codePointAt(0)!));
      let x = cps.length > 0 ? cps[0] << 7n : 0n;
      for (const c of cps) x = ((1000003n * x) ^ c) & 0xffffffffffffffffn;
      x ^= BigInt(cps.length);
      g.seedInt(x === -1n ? -2n : x);
    } else {
      const i = intOf(a);
      if (i !== undefined) g.seedInt(BigInt(i));
      else if (a instanceof PyFloat || bytes !== null) g.seedInt(BigInt(hash(a)));
      else {
        raise(
          "TypeError",
          "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
        );
      }
    }
  }
  g.gaussNext = null;
}

/** `bisect.bisect_right(a, x, lo, hi)` with Python comparisons. */
function bisectRight(a: readonly PyObject[], x: PyObject, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lessThan(x, a[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function accumulate(items: PyObject[]): PyObject[] {
  const out: PyObject[] = [];
  let total: PyObject | undefined;
  for (const x of items) {
    total = total === undefined ? x : binaryOp(total, x, NB_ADD);
    out.push(total);
  }
  return out;
}

function isSequence(x: PyObject): boolean {
  return x instanceof PyList || x instanceof PyTuple || typeof x === "string" ||
    x instanceof PyRange || x instanceof PyBytes ||
    (x instanceof PyInstance && (x.base instanceof PyList || x.base instanceof PyTuple ||
      typeof x.base === "string"));
}

/** The indices `sample(range(n), k)` would return. */
function sampleIndices(g: MersenneTwister, n: number, k: number): number[] {
  if (!(0 <= k && k <= n)) raise("ValueError", "Sample larger than population or is negative");
  const result: number[] = new Array(k);
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
  if (n <= setsize) {
    const pool: number[] = [];
    for (let i = 0; i < n; i++) pool.push(i);
    for (let i = 0; i < k; i++) {
      const j = g.randbelow(n - i) as number;
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = g.randbelow(n) as number;
      while (selected.has(j)) j = g.randbelow(n) as number;
      selected.add(j);
      result[i] = j;
    }
  }
  return result;
}

// random.py checks `0 <= k <= n` before `[None] * k`, so a float k fails with either error.
function sampleCount(k: PyObject, n: number, deferred: boolean): PyInt {
  if (k instanceof PyFloat && !deferred) {
    if (!(0 <= k.value && k.value <= n)) {
      raise("ValueError", "Sample larger than population or is negative");
    }
    raise("TypeError", "can't multiply sequence by non-int of type 'float'");
  }
  return index(k);
}

function sample(
  g: MersenneTwister,
  population: PyObject,
  kObj: PyObject,
  counts: PyObject | undefined,
): PyObject {
  if (!isSequence(population)) {
    raise("TypeError", "Population must be a sequence.  For dicts or sets, use sorted(d).");
  }
  const n = len(population);
  const kk = sampleCount(kObj, n, counts !== undefined && counts !== None);
  if (counts !== undefined && counts !== None) {
    const cum = accumulate(toArray(counts));
    if (cum.length !== n) raise("ValueError", "The number of counts does not match the population");
    const total = cum.pop()!;
    if (intOf(total) === undefined) raise("TypeError", "Counts must be integers");
    const t = intOf(total)!;
    if (!isPos(t)) raise("ValueError", "Total of counts must be greater than zero");
    const sel = sampleIndices(g, Number(t), Number(kk));
    return new PyList(sel.map((s) => getItem(population, bisectRight(cum, s, 0, cum.length))));
  }
  if (isNeg(kk) || typeof kk === "bigint") {
    raise("ValueError", "Sample larger than population or is negative");
  }
  const sel = sampleIndices(g, n, kk);
  return new PyList(sel.map((j) => getItem(population, j)));
}

function choices(
  g: MersenneTwister,
  population: PyObject,
  weights: PyObject | undefined,
  cumWeights: PyObject | undefined,
  kObj: PyObject | undefined,
): PyObject {
  const n = len(population);
  const kIdx = kObj === undefined ? 1 : index(kObj);
  const k = isNeg(kIdx) ? 0 : Number(kIdx);
  let cum: PyObject[];
  if (cumWeights === undefined || cumWeights === None) {
    if (weights === undefined || weights === None) {
      const nf = n + 0.0;
      const out: PyObject[] = [];
      for (let i = 0; i < k; i++) out.push(getItem(population, Math.floor(g.random() * nf)));
      return new PyList(out);
    }
    if (intOf(weights) !== undefined) {
      raise("TypeError", `The number of choices must be a keyword argument: k=${intOf(weights)}`);
    }
    cum = accumulate(toArray(weights));
  } else {
    if (weights !== undefined && weights !== None) {
      raise("TypeError", "Cannot specify both weights and cumulative weights");
    }
    cum = toArray(cumWeights);
  }
  if (cum.length !== n) raise("ValueError", "The number of weights does not match the population");
  const total = asDouble(binaryOp(cum[cum.length - 1], fl(0.0), NB_ADD));
  if (total <= 0.0) raise("ValueError", "Total of weights must be greater than zero");
  if (!Number.isFinite(total)) raise("ValueError", "Total of weights must be finite");
  const hi = n - 1;
  const out: PyObject[] = [];
  for (let i = 0; i < k; i++) {
    out.push(getItem(population, bisectRight(cum, fl(g.random() * total), 0, hi)));
  }
  return new PyList(out);
}

const NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
const LOG4 = Math.log(4.0);
const SG_MAGICCONST = 1.0 + Math.log(4.5);
const TWOPI = 2.0 * Math.PI;

function gammavariate(g: MersenneTwister, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) {
    raise("ValueError", "gammavariate: alpha and beta must be > 0.0");
  }
  if (alpha > 1.0) {
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = g.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - g.random();
      const v = Math.log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * Math.exp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= Math.log(z)) return x * beta;
    }
  }
  if (alpha === 1.0) return -Math.log(1.0 - g.random()) * beta;
  for (;;) {
    const u = g.random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    const x = p <= 1.0 ? floatPow(p, 1.0 / alpha) : -Math.log((b - p) / alpha);
    const u1 = g.random();
    if (p > 1.0) {
      if (u1 <= floatPow(x, alpha - 1.0)) return x * beta;
    } else if (u1 <= Math.exp(-x)) return x * beta;
  }
}

function getstate(g: MersenneTwister): PyObject {
  const items: PyObject[] = Array.from(g.mt);
  items.push(g.index);
  return new PyTuple([3, new PyTuple(items), g.gaussNext === null ? None : fl(g.gaussNext)]);
}

function setstate(g: MersenneTwister, state: PyObject): void {
  const version = getItem(state, 0);
  if (version !== 3 && version !== 2) {
    raise(
      "ValueError",
      `state with version ${str(version)} passed to Random.setstate() of version 3`,
    );
  }
  const parts = toArray(state);
  if (parts.length !== 3) raise("ValueError", "too many values to unpack (expected 3)");
  let internal = parts[1];
  if (version === 2) {
    // random.py: version 2 stored signed words; they are reduced modulo 2**32.
    internal = new PyTuple(toArray(internal).map((x) => binaryOp(x, 4294967296, NB_REMAINDER)));
  }
  if (!(internal instanceof PyTuple)) raise("TypeError", "state vector must be a tuple");
  if (internal.items.length !== N + 1) raise("ValueError", "state vector is the wrong size");
  const mt = new Uint32Array(N);
  for (let i = 0; i < N; i++) {
    const w = intOf(internal.items[i]);
    if (w === undefined) {
      raise(
        "TypeError",
        `'${typeName(internal.items[i])}' object cannot be interpreted as an integer`,
      );
    }
    mt[i] = Number(BigInt.asUintN(32, BigInt(w)));
  }
  const idx = intOf(internal.items[N]);
  if (idx === undefined) raise("TypeError", "an integer is required");
  if (isNeg(idx) || Number(idx) > N) raise("ValueError", "invalid state");
  g.mt = mt;
  g.index = Number(idx);
  g.gaussNext = parts[2] === None ? null : asDouble(parts[2]);
}

type Method = (self: PyRandom, args: PyObject[], kwnames: readonly string[] | null) => PyObject;

const METHODS: Record<string, Method> = {
  seed(self, args, kw) {
    const [a, version] = bindArgs("Random.seed", ["a", "version"], 0, [], args, kw);
    seed(self, a, version);
    return None;
  },
  random(self, args, kw) {
    if (args.length > 0) {
      raise("TypeError", `Random.random() takes no arguments (${args.length} given)`);
    }
    void kw;
    return fl(self.gen.random());
  },
  getrandbits(self, args, kw) {
    const n = index(exactlyOne("Random.getrandbits", args, kw));
    if (typeof n === "bigint") {
      if (n < 0n) raise("ValueError", "number of bits must be non-negative");
      raise("OverflowError", "Python int too large to convert to C int");
    }
    return self.gen.getrandbits(n);
  },
  randrange(self, args, kw) {
    const [start, stop, step] = bindArgs(
      "Random.randrange",
      ["start", "stop", "step"],
      1,
      [],
      args,
      kw,
    );
    return randrange(self.gen, start!, stop, step);
  },
  randint(self, args, kw) {
    const [a, b] = bindArgs("Random.randint", ["a", "b"], 2, [], args, kw);
    return randrange(self.gen, a!, binaryOp(b!, 1, NB_ADD), undefined);
  },
  choice(self, args, kw) {
    const [seq] = bindArgs("Random.choice", ["seq"], 1, [], args, kw);
    const n = len(seq!);
    if (n === 0) raise("IndexError", "Cannot choose from an empty sequence");
    return getItem(seq!, self.gen.randbelow(n));
  },
  shuffle(self, args, kw) {
    const [x] = bindArgs("Random.shuffle", ["x"], 1, [], args, kw);
    const n = len(x!);
    if (x instanceof PyList && x.cls === T.list) {
      const items = x.items;
      for (let i = n - 1; i >= 1; i--) {
        const j = self.gen.randbelow(i + 1) as number;
        const t = items[i];
        items[i] = items[j];
        items[j] = t;
      }
      return None;
    }
    for (let i = n - 1; i >= 1; i--) {
      const j = self.gen.randbelow(i + 1) as number;
      const a = getItem(x!, j);
      const b = getItem(x!, i);
      setItem(x!, i, a);
      setItem(x!, j, b);
    }
    return None;
  },
  sample(self, args, kw) {
    const [population, k, counts] = bindArgs(
      "Random.sample",
      ["population", "k"],
      2,
      ["counts"],
      args,
      kw,
    );
    return sample(self.gen, population!, k!, counts);
  },
  choices(self, args, kw) {
    const [population, weights, cum, k] = bindArgs(
      "Random.choices",
      ["population", "weights"],
      1,
      ["cum_weights", "k"],
      args,
      kw,
    );
    return choices(self.gen, population!, weights, cum, k);
  },
  uniform(self, args, kw) {
    const [a, b] = bindArgs("Random.uniform", ["a", "b"], 2, [], args, kw);
    const width = binaryOp(b!, a!, NB_SUBTRACT);
    return binaryOp(a!, binaryOp(width, fl(self.gen.random()), NB_MULTIPLY), NB_ADD);
  },
  triangular(self, args, kw) {
    const [lowO, highO, modeO] = bindArgs(
      "Random.triangular",
      ["low", "high", "mode"],
      0,
      [],
      args,
      kw,
    );
    const u0 = self.gen.random();
    let low = lowO === undefined ? 0.0 : asDouble(lowO);
    let high = highO === undefined ? 1.0 : asDouble(highO);
    let c: number;
    if (modeO === undefined || modeO === None) c = 0.5;
    else {
      if (high - low === 0) return lowO ?? fl(0.0);
      c = (asDouble(modeO) - low) / (high - low);
    }
    let u = u0;
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return fl(low + (high - low) * Math.sqrt(u * c));
  },
  normalvariate(self, args, kw) {
    const [mu, sigma] = bindArgs("Random.normalvariate", ["mu", "sigma"], 0, [], args, kw);
    let z: number;
    for (;;) {
      const u1 = self.gen.random();
      const u2 = 1.0 - self.gen.random();
      z = NV_MAGICCONST * (u1 - 0.5) / u2;
      const zz = z * z / 4.0;
      if (zz <= -Math.log(u2)) break;
    }
    return fl(
      (mu === undefined ? 0.0 : asDouble(mu)) + z * (sigma === undefined ? 1.0 : asDouble(sigma)),
    );
  },
  gauss(self, args, kw) {
    const [mu, sigma] = bindArgs("Random.gauss", ["mu", "sigma"], 0, [], args, kw);
    const g = self.gen;
    let z = g.gaussNext;
    g.gaussNext = null;
    if (z === null) {
      const x2pi = g.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * Math.log(1.0 - g.random()));
      z = Math.cos(x2pi) * g2rad;
      g.gaussNext = Math.sin(x2pi) * g2rad;
    }
    return fl(
      (mu === undefined ? 0.0 : asDouble(mu)) + z * (sigma === undefined ? 1.0 : asDouble(sigma)),
    );
  },
  expovariate(self, args, kw) {
    const [lambd] = bindArgs("Random.expovariate", ["lambd"], 1, [], args, kw);
    const l = asDouble(lambd!);
    const r = -Math.log(1.0 - self.gen.random());
    if (l === 0) raise("ZeroDivisionError", "float division by zero");
    return fl(r / l);
  },
  gammavariate(self, args, kw) {
    const [alpha, beta] = bindArgs("Random.gammavariate", ["alpha", "beta"], 2, [], args, kw);
    return fl(gammavariate(self.gen, asDouble(alpha!), asDouble(beta!)));
  },
  betavariate(self, args, kw) {
    const [alpha, beta] = bindArgs("Random.betavariate", ["alpha", "beta"], 2, [], args, kw);
    const y = gammavariate(self.gen, asDouble(alpha!), 1.0);
    if (y !== 0) return fl(y / (y + gammavariate(self.gen, asDouble(beta!), 1.0)));
    return fl(0.0);
  },
  getstate(self, args, kw) {
    bindArgs("Random.getstate", [], 0, [], args, kw);
    return getstate(self.gen);
  },
  setstate(self, args, kw) {
    const [state] = bindArgs("Random.setstate", ["state"], 1, [], args, kw);
    setstate(self.gen, state!);
    return None;
  },
};

defNew(RANDOM, (cls: PyType) => {
  const r = new PyRandom(cls);
  r.gen.seedSystem();
  return r;
});
defMethod(RANDOM, "__init__", (self, args, kw) => {
  const [x] = bindArgs("Random.__init__", ["x"], 0, [], args, kw);
  // random.py: `self.seed(x)`, which a subclass may override.
  const own = typeLookup((self as PyRandom).cls, "seed");
  if (own !== undefined && own !== RANDOM.dict.get("seed")) {
    callMethod(own, self, [x ?? None], null);
  } else seed(self as PyRandom, x, undefined);
  genOf(self).gaussNext = null;
  return None;
});
for (const [name, m] of Object.entries(METHODS)) {
  defMethod(RANDOM, name, (self, args, kw) => {
    genOf(self);
    return m(self as PyRandom, args, kw);
  });
}

function makeRandomModule(): PyModule {
  const d = new PyDict();
  d.setStr("__name__", "random");
  d.setStr("__doc__", "Random variable generators.");
  d.setStr("Random", RANDOM);
  const inst = new PyRandom(RANDOM);
  seed(inst, undefined, undefined);
  for (const [name, m] of Object.entries(METHODS)) {
    d.setStr(
      name,
      new PyBuiltinFunction(name, (args, kw) => m(inst, args, kw), {
        qualname: `Random.${name}`,
        self: inst,
      }),
    );
  }
  return new PyModule(d);
}

registerBuiltinModule("random", makeRandomModule);

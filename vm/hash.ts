/**
 * CPython 3.11's hash functions, bit for bit, as CPython computes them under
 * `PYTHONHASHSEED=0` (SipHash-1-3 with an all-zero key), so that `hash()`
 * prints what CPython prints and sets iterate in CPython's order.
 *
 * ## Representation: `PyHash`
 * A Python hash is a signed 64-bit integer (`Py_hash_t`), which a double
 * cannot hold exactly. A hash is therefore held exactly as a Python int is
 * held (`vm/object.ts`): a JS `number` when the value is a safe integer,
 * otherwise a `bigint` in [-2**63, 2**63). The form is canonical, so `===`
 * is hash equality and `hash()` can return the value as it is. It is never
 * -1 (CPython reserves -1 for errors and maps it to -2).
 *
 * Hash tables probe with the low bits and, through `perturb`, with the
 * high bits too: `hashLo32` / `hashHi32` give the two exact halves of the
 * 64-bit two's complement pattern without allocating for `number` hashes.
 *
 * Most strings hash to a `bigint`; `strHash` memoizes recent strings so the
 * SipHash and the allocation are paid once per distinct string, much as
 * CPython caches the hash inside the str object.
 *
 * @module
 */
import type { PyInt } from "./object.ts";

/** A Python hash value: see the module documentation. */
export type PyHash = number | bigint;

// -- 64-bit helpers on (hi, lo) uint32 halves ---------------------------------

const TWO32 = 4294967296;

const i64buf = new BigInt64Array(1);
const u32view = new Uint32Array(i64buf.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = 1 - LO;

/** The low 32 bits of a hash's 64-bit pattern, as a uint32. */
export function hashLo32(h: PyHash): number {
  if (typeof h === "number") return h >>> 0;
  // Through a typed array: no intermediate bigint is allocated.
  i64buf[0] = h;
  return u32view[LO];
}

/** The high 32 bits of a hash's 64-bit pattern, as a uint32. */
export function hashHi32(h: PyHash): number {
  if (typeof h === "number") return Math.floor(h / TWO32) >>> 0;
  i64buf[0] = h;
  return u32view[HI];
}

/** The canonical `PyHash` of a 64-bit pattern (hi, lo), without the -1 rule. */
export function hashFromHalves(hi: number, lo: number): PyHash {
  const hs = hi | 0;
  // |hs * 2**32 + lo| < 2**53 here, so the double is exact and safe.
  if (hs >= -0x1fffff && hs <= 0x1fffff) return hs * TWO32 + (lo >>> 0);
  u32view[LO] = lo;
  u32view[HI] = hi;
  const b = i64buf[0];
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

function fromBig(v: bigint): PyHash {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

// Products land in these to avoid allocating a pair per multiplication.
let mulHi = 0;
let mulLo = 0;

/** (ah, al) * (bh, bl) mod 2**64, into mulHi / mulLo. */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff, a1 = al >>> 16;
  const b0 = bl & 0xffff, b1 = bl >>> 16;
  const mid = a0 * b1 + a1 * b0; // < 2**33
  const t = a0 * b0 + (mid % 65536) * 65536; // < 2**33
  mulLo = t >>> 0;
  const hiOfLow = a1 * b1 + Math.floor(mid / 65536) + Math.floor(t / TWO32);
  mulHi = (hiOfLow + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

// -- SipHash-1-3 -------------------------------------------------------------

let sipHi = 0;
let sipLo = 0;

/**
 * SipHash-1-3 with k0 = k1 = 0 over `src[0..len)`, result into sipHi/sipLo.
 * CPython 3.11 Python/pyhash.c `siphash13` (the default `Py_HASH_ALGORITHM`
 * since 3.11); `PYTHONHASHSEED=0` zeroes the key (`_Py_HashRandomization_Init`).
 */
function siphash13(src: Uint8Array, len: number): void {
  // v0..v3 = k ^ "somepseudorandomlygeneratedbytes", as (hi, lo) pairs.
  const v = sip;
  v[V0H] = 0x736f6d65, v[V0L] = 0x70736575;
  v[V1H] = 0x646f7261, v[V1L] = 0x6e646f6d;
  v[V2H] = 0x6c796765, v[V2L] = 0x6e657261;
  v[V3H] = 0x74656462, v[V3L] = 0x79746573;
  let p = 0;
  let mh = 0, ml = 0;
  const blocks = len & ~7;
  for (;;) {
    if (p < blocks) {
      ml = (src[p] | (src[p + 1] << 8) | (src[p + 2] << 16) | (src[p + 3] << 24)) >>> 0;
      mh = (src[p + 4] | (src[p + 5] << 8) | (src[p + 6] << 16) | (src[p + 7] << 24)) >>> 0;
      p += 8;
    } else {
      // The final block: the remaining bytes and the length in the top byte.
      const rem = len - p;
      ml = 0;
      mh = (len & 0xff) << 24;
      for (let k = 0; k < rem; k++) {
        if (k < 4) ml |= src[p + k] << (8 * k);
        else mh |= src[p + k] << (8 * (k - 4));
      }
      ml >>>= 0;
      mh >>>= 0;
      p = -1;
    }
    v[V3H] ^= mh;
    v[V3L] ^= ml;
    sipRound(v);
    v[V0H] ^= mh;
    v[V0L] ^= ml;
    if (p < 0) break;
  }
  v[V2L] ^= 0xff;
  for (let r = 0; r < 3; r++) sipRound(v);
  // CPython's "modified" finalization: v0 ^ v1 ^ v2 ^ v3.
  sipHi = (v[V0H] ^ v[V1H] ^ v[V2H] ^ v[V3H]) >>> 0;
  sipLo = (v[V0L] ^ v[V1L] ^ v[V2L] ^ v[V3L]) >>> 0;
}

// The SipHash state as 32-bit halves, hi before lo: v0, v1, v2, v3.
const V0H = 0, V0L = 1, V1H = 2, V1L = 3, V2H = 4, V2L = 5, V3H = 6, V3L = 7;
const sip = new Int32Array(8);

/** a += b on the (hi, lo) pairs at `a` and `b` of `v`, mod 2**64. */
function add64(v: Int32Array, a: number, b: number): void {
  const lo = (v[a + 1] >>> 0) + (v[b + 1] >>> 0);
  v[a] = v[a] + v[b] + (lo >= TWO32 ? 1 : 0);
  v[a + 1] = lo;
}

/** v[x] = rotl(v[x], n) ^ v[y], for 0 < n < 32. */
function rotlXor(v: Int32Array, x: number, n: number, y: number): void {
  const h = v[x], l = v[x + 1];
  v[x] = ((h << n) | (l >>> (32 - n))) ^ v[y];
  v[x + 1] = ((l << n) | (h >>> (32 - n))) ^ v[y + 1];
}

/** v[x] = rotl(v[x], 32): swap the halves. */
function swapHalves(v: Int32Array, x: number): void {
  const t = v[x];
  v[x] = v[x + 1];
  v[x + 1] = t;
}

/** CPython pyhash.c SINGLE_ROUND: HALF_ROUND(v0,v1,v2,v3,13,16), HALF_ROUND(v2,v1,v0,v3,17,21). */
function sipRound(v: Int32Array): void {
  add64(v, V0H, V1H);
  add64(v, V2H, V3H);
  rotlXor(v, V1H, 13, V0H);
  rotlXor(v, V3H, 16, V2H);
  swapHalves(v, V0H);
  add64(v, V2H, V1H);
  add64(v, V0H, V3H);
  rotlXor(v, V1H, 17, V2H);
  rotlXor(v, V3H, 21, V0H);
  swapHalves(v, V2H);
}

/** CPython `_Py_HashBytes`: 0 for empty input, -1 becomes -2. */
function finishBytesHash(): PyHash {
  if (sipHi === 0xffffffff && sipLo === 0xffffffff) return -2;
  return hashFromHalves(sipHi, sipLo);
}

/** `hash(b)` for bytes (and memoryview-like byte buffers). */
export function bytesHash(data: Uint8Array): PyHash {
  if (data.length === 0) return 0;
  siphash13(data, data.length);
  return finishBytesHash();
}

// -- str ---------------------------------------------------------------------

let scratch = new Uint8Array(256);

function scratchOf(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
  return scratch;
}

const strCache = new Map<string, PyHash>();
const STR_CACHE_MAX = 1 << 16;

/**
 * `hash(s)` for a str. CPython hashes the PEP 393 representation: one byte
 * per code point when every code point is below 256, two (UCS-2, little-
 * endian) when all are in the BMP, four (UCS-4) otherwise. A surrogate pair
 * in the JS string is one astral code point (see `vm/str.ts`).
 */
export function strHash(s: string): PyHash {
  const n = s.length;
  if (n === 0) return 0;
  const cached = strCache.get(s);
  if (cached !== undefined) return cached;
  let max = 0;
  let astral = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) astral = true;
    }
  }
  let len: number;
  if (max < 256) {
    const buf = scratchOf(n);
    for (let i = 0; i < n; i++) buf[i] = s.charCodeAt(i);
    len = n;
  } else if (!astral) {
    const buf = scratchOf(2 * n);
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      buf[2 * i] = c & 0xff;
      buf[2 * i + 1] = c >>> 8;
    }
    len = 2 * n;
  } else {
    const buf = scratchOf(4 * n);
    let j = 0;
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      buf[j] = c & 0xff;
      buf[j + 1] = (c >>> 8) & 0xff;
      buf[j + 2] = c >>> 16;
      buf[j + 3] = 0;
      j += 4;
    }
    len = j;
  }
  siphash13(scratch, len);
  const h = finishBytesHash();
  if (strCache.size >= STR_CACHE_MAX) strCache.clear();
  strCache.set(s, h);
  return h;
}

// -- Numbers -----------------------------------------------------------------

/** `sys.hash_info.modulus`: the Mersenne prime 2**61 - 1. */
export const HASH_MODULUS = (1n << 61n) - 1n;
/** `sys.hash_info.inf`. */
export const HASH_INF = 314159;

/** `hash(n)` for an int: CPython 3.11 Objects/longobject.c `long_hash`. */
export function intHash(v: PyInt): PyHash {
  if (typeof v === "number") {
    // Safe integers are below the modulus, so they hash to themselves.
    return v === -1 ? -2 : v === 0 ? 0 : v;
  }
  let r = (v < 0n ? -v : v) % HASH_MODULUS;
  if (v < 0n) r = -r;
  if (r === -1n) return -2;
  return fromBig(r);
}

const f64 = new Float64Array(1);
const f64words = new Uint32Array(f64.buffer);
const HI_WORD = LITTLE_ENDIAN ? 1 : 0;
const LO_WORD = LITTLE_ENDIAN ? 0 : 1;

/**
 * `hash(x)` for a float: CPython 3.11 Python/pyhash.c `_Py_HashDouble`.
 * The value is reduced as the rational m * 2**e modulo 2**61 - 1 (2**61 is 1
 * modulo the prime, so 2**e is 2**(e mod 61)), which is what CPython's 28-bit
 * loop computes. NaN hashes by identity since 3.10 (`_Py_HashPointer`): the
 * caller passes the identity hash it uses for the object.
 */
export function floatHash(v: number, nanHash: PyHash = 0): PyHash {
  if (Number.isInteger(v) && Math.abs(v) <= 9007199254740991) {
    return v === -1 ? -2 : v === 0 ? 0 : v;
  }
  if (v !== v) return nanHash;
  if (v === Infinity) return HASH_INF;
  if (v === -Infinity) return -HASH_INF;
  f64[0] = v;
  const hi = f64words[HI_WORD];
  const lo = f64words[LO_WORD];
  const biased = (hi >>> 20) & 0x7ff;
  let mant = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  let e: number;
  if (biased === 0) {
    e = -1074; // subnormal
  } else {
    mant += 1n << 52n;
    e = biased - 1075;
  }
  let em = e % 61;
  if (em < 0) em += 61;
  let r = (mant << BigInt(em)) % HASH_MODULUS;
  if (v < 0) r = -r;
  if (r === -1n) return -2;
  return fromBig(r);
}

/** `hash(True)` / `hash(False)`. */
export function boolHash(b: boolean): PyHash {
  return b ? 1 : 0;
}

// -- Tuples and frozensets -----------------------------------------------------

// CPython 3.11 Objects/tupleobject.c, the 64-bit xxHash primes.
const XXPRIME_1_HI = 0x9e3779b1, XXPRIME_1_LO = 0x85ebca87; // 11400714785074694791
const XXPRIME_2_HI = 0xc2b2ae3d, XXPRIME_2_LO = 0x27d4eb4f; // 14029467366897019727
const XXPRIME_5_HI = 0x27d4eb2f, XXPRIME_5_LO = 0x165667c5; // 2870177450012600261

/**
 * `hash(t)` for a tuple given its items' hashes: CPython 3.8+ `tuplehash`
 * (xxHash-based). Computing the items' hashes (and letting an unhashable
 * item raise) is the caller's.
 */
export function tupleHash(itemHashes: readonly PyHash[]): PyHash {
  let acch = XXPRIME_5_HI, accl = XXPRIME_5_LO;
  const len = itemHashes.length;
  for (let i = 0; i < len; i++) {
    const h = itemHashes[i];
    mul64(hashHi32(h), hashLo32(h), XXPRIME_2_HI, XXPRIME_2_LO);
    // acc += lane * PRIME2
    const tl = accl + mulLo;
    acch = (acch + mulHi + (tl >= TWO32 ? 1 : 0)) >>> 0;
    accl = tl >>> 0;
    // acc = rotl(acc, 31)
    const rh = ((acch << 31) | (accl >>> 1)) >>> 0;
    const rl = ((accl << 31) | (acch >>> 1)) >>> 0;
    // acc *= PRIME1
    mul64(rh, rl, XXPRIME_1_HI, XXPRIME_1_LO);
    acch = mulHi;
    accl = mulLo;
  }
  // acc += len ^ (PRIME5 ^ 3527539): the length mangled to keep hash(()).
  const kh = XXPRIME_5_HI, kl = (XXPRIME_5_LO ^ 3527539) >>> 0;
  const addl = (kl ^ (len % TWO32)) >>> 0;
  const addh = (kh ^ Math.floor(len / TWO32)) >>> 0;
  const tl = accl + addl;
  acch = (acch + addh + (tl >= TWO32 ? 1 : 0)) >>> 0;
  accl = tl >>> 0;
  if (acch === 0xffffffff && accl === 0xffffffff) return 1546275796;
  return hashFromHalves(acch, accl);
}

/** CPython 3.11 Objects/setobject.c `_shuffle_bits`, xor-ed into (accH, accL). */
let accH = 0;
let accL = 0;
function xorShuffled(hi: number, lo: number): void {
  // ((h ^ 89869747) ^ (h << 16)) * 3644798167
  const xh = (hi ^ ((hi << 16) | (lo >>> 16))) >>> 0;
  const xl = ((lo ^ 89869747) ^ (lo << 16)) >>> 0;
  mul64(xh, xl, 0, 3644798167);
  accH = (accH ^ mulHi) >>> 0;
  accL = (accL ^ mulLo) >>> 0;
}

/**
 * `hash(fs)` for a frozenset given the hashes of its elements: CPython
 * `frozenset_hash`. CPython xors over every slot and then cancels the empty
 * and dummy slots, which leaves exactly the xor over the elements.
 */
export function frozensetHash(elementHashes: Iterable<PyHash>): PyHash {
  accH = 0;
  accL = 0;
  let n = 0;
  for (const h of elementHashes) {
    xorShuffled(hashHi32(h), hashLo32(h));
    n++;
  }
  // hash ^= (n + 1) * 1927868237
  mul64(Math.floor((n + 1) / TWO32), (n + 1) >>> 0, 0, 1927868237);
  let hh = (accH ^ mulHi) >>> 0;
  let hl = (accL ^ mulLo) >>> 0;
  // hash ^= (hash >> 11) ^ (hash >> 25)
  const s11h = hh >>> 11, s11l = ((hl >>> 11) | (hh << 21)) >>> 0;
  const s25h = hh >>> 25, s25l = ((hl >>> 25) | (hh << 7)) >>> 0;
  hh = (hh ^ s11h ^ s25h) >>> 0;
  hl = (hl ^ s11l ^ s25l) >>> 0;
  // hash = hash * 69069 + 907133923
  mul64(hh, hl, 0, 69069);
  const tl = mulLo + 907133923;
  hh = (mulHi + (tl >= TWO32 ? 1 : 0)) >>> 0;
  hl = tl >>> 0;
  if (hh === 0xffffffff && hl === 0xffffffff) return 590923713;
  return hashFromHalves(hh, hl);
}

/**
 * CPython `_Py_HashPointerRaw`: the address rotated right by 4 bits (the low
 * bits of an aligned address carry no information). For the default
 * `object.__hash__`, given an address-like identity (a multiple of 16 keeps
 * the result small: `addr / 16`).
 */
export function pointerHash(addr: number): PyHash {
  const hi = Math.floor(addr / TWO32) >>> 0;
  const lo = addr >>> 0;
  const rh = ((hi >>> 4) | (lo << 28)) >>> 0;
  const rl = ((lo >>> 4) | (hi << 28)) >>> 0;
  if (rh === 0xffffffff && rl === 0xffffffff) return -2;
  return hashFromHalves(rh, rl);
}

/**
 * The hash CPython uses when `__hash__` returns an int: the value itself
 * when it fits a `Py_hash_t`, else the int's own hash (`PyObject_Hash` on
 * the result, 3.11 Objects/typeobject.c `slot_tp_hash`); -1 becomes -2.
 */
export function hashFromInt(v: PyInt): PyHash {
  if (typeof v === "number") return v === -1 ? -2 : v;
  if (v >= -(1n << 63n) && v < (1n << 63n)) return v === -1n ? -2 : fromBig(v);
  return intHash(v);
}

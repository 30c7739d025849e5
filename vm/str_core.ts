/**
 * Code points over JavaScript strings: a Python str is a JS `string`, which
 * holds UTF-16, so an astral character is a surrogate pair there but one
 * code point (one index, one unit of `len`) in Python.
 *
 * A surrogate pair in the JS string is always read as the astral code point
 * it encodes; an unpaired surrogate is one code point of its own (Python's
 * lone surrogates, e.g. from `surrogateescape`). The two Python strings
 * `'\ud83d\ude00'` (two lone surrogates) and `'😀'` therefore share one JS
 * representation and behave as the latter.
 *
 * Strings without surrogates (nearly all) take a fast path where code units
 * are code points. Whether a string has surrogates, its length in code
 * points and (on demand) the code-unit offset of each code point are cached
 * for the last string examined, so indexing one string repeatedly is O(1).
 *
 * @module
 */
import { type PyInt, raise } from "./object.ts";

const SURROGATE = /[\uD800-\uDFFF]/;

let lastStr = "";
let lastWide = false;
let lastLen = 0;
/** Code-unit offset of each code point of `lastStr`, plus its length; built on demand. */
let lastOffsets: Uint32Array | null = null;

function countCodePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function examine(s: string): void {
  if (s === lastStr) return;
  lastStr = s;
  lastOffsets = null;
  lastWide = SURROGATE.test(s);
  lastLen = lastWide ? countCodePoints(s) : s.length;
}

function offsets(s: string): Uint32Array {
  examine(s);
  if (lastOffsets !== null) return lastOffsets;
  const off = new Uint32Array(lastLen + 1);
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    off[j++] = i;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  off[j] = s.length;
  lastOffsets = off;
  return off;
}

/** Whether `s` contains surrogate code units (so code units are not code points). */
export function strIsWide(s: string): boolean {
  examine(s);
  return lastWide;
}

/** `len(s)`: the number of code points. */
export function strLen(s: string): number {
  examine(s);
  return lastLen;
}

/** The length in code points without disturbing the cache (for short arguments). */
export function cpLength(s: string): number {
  if (s === lastStr) return lastLen;
  return SURROGATE.test(s) ? countCodePoints(s) : s.length;
}

/** The code-unit offset of code point `i` (0 <= i <= len) of `s`. */
export function cpToCu(s: string, i: number): number {
  examine(s);
  return lastWide ? offsets(s)[i] : i;
}

/** The code-point index of code-unit offset `cu` (a code point boundary) of `s`. */
export function cuToCp(s: string, cu: number): number {
  examine(s);
  if (!lastWide) return cu;
  const off = offsets(s);
  let lo = 0, hi = off.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (off[mid] < cu) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether code-unit offset `cu` does not fall inside a surrogate pair. */
export function isBoundary(s: string, cu: number): boolean {
  if (cu <= 0 || cu >= s.length) return true;
  const d = s.charCodeAt(cu);
  if (d < 0xdc00 || d > 0xdfff) return true;
  const c = s.charCodeAt(cu - 1);
  return c < 0xd800 || c > 0xdbff;
}

/** The code point starting at code-unit offset `cu`. */
export function codePointAtCu(s: string, cu: number): number {
  const c = s.charCodeAt(cu);
  if (c >= 0xd800 && c <= 0xdbff && cu + 1 < s.length) {
    const d = s.charCodeAt(cu + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return c;
}

/**
 * The character (1 or 2 code units) starting at code-unit offset `cu`: a str
 * iterator keeps a code-unit position and advances by the result's length.
 */
export function strCharAtCu(s: string, cu: number): string {
  const c = s.charCodeAt(cu);
  if (c >= 0xd800 && c <= 0xdbff && cu + 1 < s.length) {
    const d = s.charCodeAt(cu + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return s.slice(cu, cu + 2);
  }
  return s[cu];
}

/** Iterates the characters of `s`, one string per code point. */
export function strIter(s: string): IterableIterator<string> {
  return s[Symbol.iterator]();
}

/** The characters of `s`, one string per code point (`list(s)`). */
export function strChars(s: string): string[] {
  return strIsWide(s) ? Array.from(s) : s.split("");
}

/** The code points of `s`. */
export function strCodePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const cp = codePointAtCu(s, i);
    out.push(cp);
    if (cp > 0xffff) i++;
  }
  return out;
}

/** `s[i]` with Python's negative indices. */
export function strIndex(s: string, i: number): string {
  examine(s);
  const n = lastLen;
  if (i < 0) i += n;
  if (!(i >= 0 && i < n)) raise("IndexError", "string index out of range");
  if (!lastWide) return s[i];
  const off = offsets(s);
  return s.slice(off[i], off[i + 1]);
}

/**
 * CPython `PySlice_Unpack` + `PySlice_AdjustIndices` for a sequence of
 * `length` items: [start, stop, step, slicelength]. Bounds may be any JS
 * numbers (a caller may pass ±Infinity for out-of-range ints).
 */
export function adjustSlice(
  length: number,
  start: number | null,
  stop: number | null,
  step: number | null,
): [number, number, number, number] {
  const st = step ?? 1;
  if (st === 0) raise("ValueError", "slice step cannot be zero");
  let a: number, b: number;
  if (start === null) a = st < 0 ? length - 1 : 0;
  else {
    a = start;
    if (a < 0) {
      a += length;
      if (a < 0) a = st < 0 ? -1 : 0;
    } else if (a >= length) a = st < 0 ? length - 1 : length;
  }
  if (stop === null) b = st < 0 ? -1 : length;
  else {
    b = stop;
    if (b < 0) {
      b += length;
      if (b < 0) b = st < 0 ? -1 : 0;
    } else if (b >= length) b = st < 0 ? length - 1 : length;
  }
  let n = 0;
  if (st < 0) {
    if (b < a) n = Math.floor((a - b - 1) / -st) + 1;
  } else if (a < b) n = Math.floor((b - a - 1) / st) + 1;
  return [a, b, st, n];
}

/** `s[start:stop:step]` (null for an omitted bound). */
export function strSlice(
  s: string,
  start: number | null,
  stop: number | null,
  step: number | null = null,
): string {
  examine(s);
  const [a, , st, n] = adjustSlice(lastLen, start, stop, step);
  if (n <= 0) return "";
  if (!lastWide) {
    if (st === 1) return s.slice(a, a + n);
    let out = "";
    for (let i = 0, j = a; i < n; i++, j += st) out += s[j];
    return out;
  }
  const off = offsets(s);
  if (st === 1) return s.slice(off[a], off[a + n]);
  let out = "";
  for (let i = 0, j = a; i < n; i++, j += st) out += s.slice(off[j], off[j + 1]);
  return out;
}

/** `s * n` (n <= 0 gives ""). */
export function strRepeat(s: string, n: number): string {
  return n <= 0 || s.length === 0 ? "" : s.repeat(n);
}

/** `ord(c)`. */
export function strOrd(c: string): number {
  if (c.length === 1) return c.charCodeAt(0);
  if (c.length === 2) {
    const cp = codePointAtCu(c, 0);
    if (cp > 0xffff) return cp;
  }
  raise("TypeError", `ord() expected a character, but string of length ${cpLength(c)} found`);
}

/** `chr(i)`. */
export function strChr(i: PyInt): string {
  // CPython converts to a C int first (Python/bltinmodule.c builtin_chr).
  if (i > 2147483647 || i < -2147483648) {
    raise("OverflowError", "Python int too large to convert to C int");
  }
  const v = Number(i);
  if (v < 0 || v > 0x10ffff) raise("ValueError", "chr() arg not in range(0x110000)");
  return v < 0x10000 ? String.fromCharCode(v) : String.fromCodePoint(v);
}

/** The code point around code-unit offset `i`: a low surrogate after a high one is read as the pair. */
function cpAround(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const h = s.charCodeAt(i - 1);
    if (h >= 0xd800 && h <= 0xdbff) return 0x10000 + ((h - 0xd800) << 10) + (c - 0xdc00);
  }
  return codePointAtCu(s, i);
}

/**
 * Python's str ordering (by code point): -1, 0 or 1. JS `<` orders UTF-16
 * code units, which disagrees when a surrogate meets a unit above U+DFFF.
 */
export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) return cpAround(a, i) < cpAround(b, i) ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

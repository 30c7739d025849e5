/**
 * The methods of `bytes` and `bytearray` over `Uint8Array`, with CPython
 * 3.11's semantics (Objects/bytes_methods.c, Objects/stringlib/,
 * Python/pystrhex.c): ASCII-only character classes, `start`/`end` clamped as
 * `ADJUST_INDICES` does (`null` for an omitted bound), and CPython's errors.
 *
 * Functions return fresh arrays and never mutate their arguments, so they
 * serve both types; a `bytearray` wrapper mutates its own storage with the
 * result where the method is in-place.
 *
 * @module
 */
import { raise } from "./object.ts";
import { reprBytes } from "./repr.ts";
export { bytesDecode } from "./str_codec.ts";

/** A sub-sequence argument: bytes-like, or an int in range(256) where CPython allows one. */
export type ByteSub = Uint8Array | number;

function subOf(sub: ByteSub): Uint8Array {
  if (typeof sub !== "number") return sub;
  if (!(sub >= 0 && sub <= 255)) raise("ValueError", "byte must be in range(0, 256)");
  return new Uint8Array([sub]);
}

/** CPython `ADJUST_INDICES`. */
function adjustIndices(start: number | null, end: number | null, len: number): [number, number] {
  let s = start ?? 0, e = end ?? len;
  if (e > len) e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
  return [s, e];
}

/** `Py_ISSPACE`: the ASCII whitespace of bytes methods (not \x1c-\x1f, unlike str). */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isAlpha = (c: number) => isLower(c) || isUpper(c);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** The first index >= from where `sub` occurs entirely before `to`, or -1. */
function indexIn(data: Uint8Array, sub: Uint8Array, from: number, to: number): number {
  const m = sub.length;
  if (m === 0) return from <= to ? from : -1;
  const first = sub[0];
  const last = to - m;
  for (let i = data.indexOf(first, from); i >= 0 && i <= last; i = data.indexOf(first, i + 1)) {
    let k = 1;
    while (k < m && data[i + k] === sub[k]) k++;
    if (k === m) return i;
  }
  return -1;
}

/** The last index >= from where `sub` occurs entirely before `to`, or -1. */
function lastIndexIn(data: Uint8Array, sub: Uint8Array, from: number, to: number): number {
  const m = sub.length;
  if (m === 0) return from <= to ? to : -1;
  for (let i = to - m; i >= from; i--) {
    let k = 0;
    while (k < m && data[i + k] === sub[k]) k++;
    if (k === m) return i;
  }
  return -1;
}

// -- Searching -----------------------------------------------------------------

export function bytesFind(
  data: Uint8Array,
  sub: ByteSub,
  start: number | null = null,
  end: number | null = null,
): number {
  const s = subOf(sub);
  const [st, en] = adjustIndices(start, end, data.length);
  if (en - st < s.length) return -1;
  return indexIn(data, s, st, en);
}

export function bytesRfind(
  data: Uint8Array,
  sub: ByteSub,
  start: number | null = null,
  end: number | null = null,
): number {
  const s = subOf(sub);
  const [st, en] = adjustIndices(start, end, data.length);
  if (en - st < s.length) return -1;
  return lastIndexIn(data, s, st, en);
}

/** `b.index(sub, start, end)`. */
export function bytesIndexOf(
  data: Uint8Array,
  sub: ByteSub,
  start: number | null = null,
  end: number | null = null,
): number {
  const i = bytesFind(data, sub, start, end);
  if (i < 0) raise("ValueError", "subsection not found");
  return i;
}

/** `b.rindex(sub, start, end)`. */
export function bytesRindexOf(
  data: Uint8Array,
  sub: ByteSub,
  start: number | null = null,
  end: number | null = null,
): number {
  const i = bytesRfind(data, sub, start, end);
  if (i < 0) raise("ValueError", "subsection not found");
  return i;
}

export function bytesCount(
  data: Uint8Array,
  sub: ByteSub,
  start: number | null = null,
  end: number | null = null,
): number {
  const s = subOf(sub);
  const [st, en] = adjustIndices(start, end, data.length);
  if (en - st < s.length) return 0;
  if (s.length === 0) return en - st + 1;
  let count = 0;
  for (let i = indexIn(data, s, st, en); i >= 0; i = indexIn(data, s, i + s.length, en)) count++;
  return count;
}

/** `sub in b`. */
export function bytesContains(data: Uint8Array, sub: ByteSub): boolean {
  return indexIn(data, subOf(sub), 0, data.length) >= 0;
}

function tailmatch(
  data: Uint8Array,
  sub: Uint8Array,
  start: number | null,
  end: number | null,
  atEnd: boolean,
): boolean {
  let [st, en] = adjustIndices(start, end, data.length);
  en -= sub.length;
  if (en < st) return false;
  const at = atEnd ? en : st;
  for (let k = 0; k < sub.length; k++) if (data[at + k] !== sub[k]) return false;
  return true;
}

/** `b.startswith(prefix, start, end)`; a tuple arrives as an array. */
export function bytesStartswith(
  data: Uint8Array,
  prefix: Uint8Array | readonly Uint8Array[],
  start: number | null = null,
  end: number | null = null,
): boolean {
  if (prefix instanceof Uint8Array) return tailmatch(data, prefix, start, end, false);
  return prefix.some((p) => tailmatch(data, p, start, end, false));
}

export function bytesEndswith(
  data: Uint8Array,
  suffix: Uint8Array | readonly Uint8Array[],
  start: number | null = null,
  end: number | null = null,
): boolean {
  if (suffix instanceof Uint8Array) return tailmatch(data, suffix, start, end, true);
  return suffix.some((p) => tailmatch(data, p, start, end, true));
}

// -- Splitting and joining -------------------------------------------------------

export function bytesSplit(
  data: Uint8Array,
  sep: Uint8Array | null = null,
  maxsplit = -1,
): Uint8Array[] {
  let max = maxsplit < 0 ? Infinity : maxsplit;
  const out: Uint8Array[] = [];
  const n = data.length;
  if (sep === null) {
    let i = 0;
    while (max-- > 0) {
      while (i < n && isSpace(data[i])) i++;
      if (i === n) break;
      const j = i;
      i++;
      while (i < n && !isSpace(data[i])) i++;
      out.push(data.slice(j, i));
    }
    if (i < n) {
      while (i < n && isSpace(data[i])) i++;
      if (i !== n) out.push(data.slice(i));
    }
    return out;
  }
  if (sep.length === 0) raise("ValueError", "empty separator");
  let j = 0;
  while (max-- > 0) {
    const i = indexIn(data, sep, j, n);
    if (i < 0) break;
    out.push(data.slice(j, i));
    j = i + sep.length;
  }
  out.push(data.slice(j));
  return out;
}

export function bytesRsplit(
  data: Uint8Array,
  sep: Uint8Array | null = null,
  maxsplit = -1,
): Uint8Array[] {
  if (maxsplit < 0) return bytesSplit(data, sep, maxsplit);
  let max = maxsplit;
  const out: Uint8Array[] = [];
  if (sep === null) {
    let i = data.length - 1;
    while (max-- > 0) {
      while (i >= 0 && isSpace(data[i])) i--;
      if (i < 0) break;
      const j = i;
      i--;
      while (i >= 0 && !isSpace(data[i])) i--;
      out.push(data.slice(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && isSpace(data[i])) i--;
      if (i >= 0) out.push(data.slice(0, i + 1));
    }
    return out.reverse();
  }
  if (sep.length === 0) raise("ValueError", "empty separator");
  let j = data.length;
  while (max-- > 0) {
    const i = lastIndexIn(data, sep, 0, j);
    if (i < 0) break;
    out.push(data.slice(i + sep.length, j));
    j = i;
  }
  out.push(data.slice(0, j));
  return out.reverse();
}

/** `b.splitlines(keepends)`: only `\n`, `\r` and `\r\n` end lines in bytes. */
export function bytesSplitlines(data: Uint8Array, keepends = false): Uint8Array[] {
  const out: Uint8Array[] = [];
  const n = data.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && data[i] !== 10 && data[i] !== 13) i++;
    let eol = i;
    if (i < n) {
      if (data[i] === 13 && i + 1 < n && data[i + 1] === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(data.slice(j, eol));
  }
  return out;
}

/** `sep.join(parts)`. */
export function bytesJoin(sep: Uint8Array, parts: readonly Uint8Array[]): Uint8Array {
  let total = sep.length * Math.max(0, parts.length - 1);
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) {
      out.set(sep, at);
      at += sep.length;
    }
    out.set(parts[i], at);
    at += parts[i].length;
  }
  return out;
}

/** `a + b`. */
export function bytesConcat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** `b * n`. */
export function bytesRepeat(data: Uint8Array, count: number): Uint8Array {
  if (count <= 0 || data.length === 0) return new Uint8Array(0);
  const out = new Uint8Array(data.length * count);
  for (let i = 0; i < count; i++) out.set(data, i * data.length);
  return out;
}

export function bytesPartition(
  data: Uint8Array,
  sep: Uint8Array,
): [Uint8Array, Uint8Array, Uint8Array] {
  if (sep.length === 0) raise("ValueError", "empty separator");
  const i = indexIn(data, sep, 0, data.length);
  if (i < 0) return [data.slice(), new Uint8Array(0), new Uint8Array(0)];
  return [data.slice(0, i), sep.slice(), data.slice(i + sep.length)];
}

export function bytesRpartition(
  data: Uint8Array,
  sep: Uint8Array,
): [Uint8Array, Uint8Array, Uint8Array] {
  if (sep.length === 0) raise("ValueError", "empty separator");
  const i = lastIndexIn(data, sep, 0, data.length);
  if (i < 0) return [new Uint8Array(0), new Uint8Array(0), data.slice()];
  return [data.slice(0, i), sep.slice(), data.slice(i + sep.length)];
}

// -- Stripping, replacing, padding ------------------------------------------------

function strip(
  data: Uint8Array,
  chars: Uint8Array | null,
  left: boolean,
  right: boolean,
): Uint8Array {
  const keep = chars === null ? isSpace : (c: number) => chars.includes(c);
  let i = 0, j = data.length;
  if (left) { while (i < j && keep(data[i])) i++; }
  if (right) { while (j > i && keep(data[j - 1])) j--; }
  return data.slice(i, j);
}

/** `b.strip(chars)`; null strips ASCII whitespace. */
export function bytesStrip(data: Uint8Array, chars: Uint8Array | null = null): Uint8Array {
  return strip(data, chars, true, true);
}

export function bytesLstrip(data: Uint8Array, chars: Uint8Array | null = null): Uint8Array {
  return strip(data, chars, true, false);
}

export function bytesRstrip(data: Uint8Array, chars: Uint8Array | null = null): Uint8Array {
  return strip(data, chars, false, true);
}

export function bytesRemoveprefix(data: Uint8Array, prefix: Uint8Array): Uint8Array {
  return tailmatch(data, prefix, null, null, false) ? data.slice(prefix.length) : data.slice();
}

export function bytesRemovesuffix(data: Uint8Array, suffix: Uint8Array): Uint8Array {
  return suffix.length > 0 && tailmatch(data, suffix, null, null, true)
    ? data.slice(0, data.length - suffix.length)
    : data.slice();
}

/** `b.replace(old, new, count)`; an empty `old` inserts between bytes. */
export function bytesReplace(
  data: Uint8Array,
  old: Uint8Array,
  rep: Uint8Array,
  count = -1,
): Uint8Array {
  if (count === 0) return data.slice();
  const parts: Uint8Array[] = [];
  if (old.length === 0) {
    const max = count < 0 ? data.length + 1 : Math.min(count, data.length + 1);
    for (let i = 0; i < data.length; i++) {
      if (i < max) parts.push(rep);
      parts.push(data.subarray(i, i + 1));
    }
    if (max > data.length) parts.push(rep);
    return bytesJoin(new Uint8Array(0), parts);
  }
  let left = count < 0 ? Infinity : count;
  let j = 0;
  while (left-- > 0) {
    const i = indexIn(data, old, j, data.length);
    if (i < 0) break;
    parts.push(data.subarray(j, i), rep);
    j = i + old.length;
  }
  parts.push(data.subarray(j));
  return bytesJoin(new Uint8Array(0), parts);
}

function fillByte(fill: Uint8Array | number, method: string): number {
  if (typeof fill === "number") return fill;
  if (fill.length !== 1) {
    raise("TypeError", `${method}() argument 2 must be a byte string of length 1, not bytes`);
  }
  return fill[0];
}

function pad(data: Uint8Array, left: number, right: number, fill: number): Uint8Array {
  const out = new Uint8Array(left + data.length + right);
  out.fill(fill, 0, left);
  out.set(data, left);
  out.fill(fill, left + data.length);
  return out;
}

/** `b.center(width, fillbyte)` (a length-1 bytes, or its value). */
export function bytesCenter(
  data: Uint8Array,
  width: number,
  fill: Uint8Array | number = 32,
): Uint8Array {
  const f = fillByte(fill, "center");
  if (data.length >= width) return data.slice();
  const marg = width - data.length;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return pad(data, left, marg - left, f);
}

export function bytesLjust(
  data: Uint8Array,
  width: number,
  fill: Uint8Array | number = 32,
): Uint8Array {
  const f = fillByte(fill, "ljust");
  return data.length >= width ? data.slice() : pad(data, 0, width - data.length, f);
}

export function bytesRjust(
  data: Uint8Array,
  width: number,
  fill: Uint8Array | number = 32,
): Uint8Array {
  const f = fillByte(fill, "rjust");
  return data.length >= width ? data.slice() : pad(data, width - data.length, 0, f);
}

export function bytesZfill(data: Uint8Array, width: number): Uint8Array {
  if (data.length >= width) return data.slice();
  const fill = width - data.length;
  const out = pad(data, fill, 0, 0x30);
  if (out[fill] === 0x2b || out[fill] === 0x2d) {
    out[0] = out[fill];
    out[fill] = 0x30;
  }
  return out;
}

export function bytesExpandtabs(data: Uint8Array, tabsize = 8): Uint8Array {
  const out: number[] = [];
  let col = 0;
  for (const c of data) {
    if (c === 9) {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        for (let k = 0; k < incr; k++) out.push(32);
        col += incr;
      }
    } else {
      out.push(c);
      col++;
      if (c === 10 || c === 13) col = 0;
    }
  }
  return new Uint8Array(out);
}

// -- ASCII case --------------------------------------------------------------------

export function bytesUpper(data: Uint8Array): Uint8Array {
  return data.map((c) => (isLower(c) ? c - 32 : c));
}

export function bytesLower(data: Uint8Array): Uint8Array {
  return data.map((c) => (isUpper(c) ? c + 32 : c));
}

export function bytesSwapcase(data: Uint8Array): Uint8Array {
  return data.map((c) => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c));
}

/** `_Py_bytes_title`: upper after a non-letter, lower after a letter. */
export function bytesTitle(data: Uint8Array): Uint8Array {
  let previousIsCased = false;
  return data.map((c) => {
    let r = c;
    if (isLower(c)) {
      if (!previousIsCased) r = c - 32;
      previousIsCased = true;
    } else if (isUpper(c)) {
      if (previousIsCased) r = c + 32;
      previousIsCased = true;
    } else previousIsCased = false;
    return r;
  });
}

export function bytesCapitalize(data: Uint8Array): Uint8Array {
  return data.map((c, i) => (i === 0 ? (isLower(c) ? c - 32 : c) : isUpper(c) ? c + 32 : c));
}

function every(data: Uint8Array, pred: (c: number) => boolean): boolean {
  return data.length > 0 && data.every(pred);
}

export const bytesIsalpha = (data: Uint8Array): boolean => every(data, isAlpha);
export const bytesIsdigit = (data: Uint8Array): boolean => every(data, isDigit);
export const bytesIsalnum = (data: Uint8Array): boolean =>
  every(data, (c) => isAlpha(c) || isDigit(c));
export const bytesIsspace = (data: Uint8Array): boolean => every(data, isSpace);
/** True for empty bytes, as CPython. */
export const bytesIsascii = (data: Uint8Array): boolean => data.every((c) => c < 128);

export function bytesIslower(data: Uint8Array): boolean {
  let cased = false;
  for (const c of data) {
    if (isUpper(c)) return false;
    if (isLower(c)) cased = true;
  }
  return cased;
}

export function bytesIsupper(data: Uint8Array): boolean {
  let cased = false;
  for (const c of data) {
    if (isLower(c)) return false;
    if (isUpper(c)) cased = true;
  }
  return cased;
}

export function bytesIstitle(data: Uint8Array): boolean {
  let cased = false, previousIsCased = false;
  for (const c of data) {
    if (isUpper(c)) {
      if (previousIsCased) return false;
      previousIsCased = cased = true;
    } else if (isLower(c)) {
      if (!previousIsCased) return false;
      previousIsCased = cased = true;
    } else previousIsCased = false;
  }
  return cased;
}

// -- hex, fromhex, repr, comparison ------------------------------------------------------

const HEX = "0123456789abcdef";

/**
 * `b.hex(sep, bytes_per_sep)` (Python/pystrhex.c): `sep` is one ASCII
 * character (str or bytes); a positive group size counts from the right, a
 * negative one from the left.
 */
export function bytesHex(
  data: Uint8Array,
  sep: string | Uint8Array | null = null,
  bytesPerSep = 1,
): string {
  let sepChar = "";
  if (sep !== null) {
    const len = typeof sep === "string" ? [...sep].length : sep.length;
    if (len !== 1) raise("ValueError", "sep must be length 1.");
    const code = typeof sep === "string" ? sep.codePointAt(0)! : sep[0];
    if (code > 127) raise("ValueError", "sep must be ASCII.");
    sepChar = String.fromCharCode(code);
  }
  const hexOf = (c: number) => HEX[c >> 4] + HEX[c & 15];
  const n = data.length;
  if (sep === null || bytesPerSep === 0 || n === 0) {
    let out = "";
    for (let i = 0; i < n; i++) out += hexOf(data[i]);
    return out;
  }
  const group = Math.abs(bytesPerSep);
  const parts: string[] = [];
  if (bytesPerSep < 0) {
    for (let i = 0; i < n; i += group) {
      let chunk = "";
      for (let k = i; k < Math.min(n, i + group); k++) chunk += hexOf(data[k]);
      parts.push(chunk);
    }
  } else {
    for (let i = n; i > 0; i -= group) {
      let chunk = "";
      for (let k = Math.max(0, i - group); k < i; k++) chunk += hexOf(data[k]);
      parts.unshift(chunk);
    }
  }
  return parts.join(sepChar);
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return 99;
}

/** `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed before each pair. */
export function bytesFromhex(s: string): Uint8Array {
  for (let i = 0; i < s.length; i++) {
    // CPython reports the first non-ASCII character before anything else.
    if (s.charCodeAt(i) >= 128) {
      raise("ValueError", `non-hexadecimal number found in fromhex() arg at position ${i}`);
    }
  }
  const out: number[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    if (isSpace(s.charCodeAt(i))) {
      do i++; while (i < n && isSpace(s.charCodeAt(i)));
      if (i >= n) break;
    }
    const top = hexDigit(s.charCodeAt(i));
    if (top >= 16) {
      raise("ValueError", `non-hexadecimal number found in fromhex() arg at position ${i}`);
    }
    i++;
    const bot = i < n ? hexDigit(s.charCodeAt(i)) : 99;
    if (bot >= 16) {
      raise("ValueError", `non-hexadecimal number found in fromhex() arg at position ${i}`);
    }
    i++;
    out.push((top << 4) | bot);
  }
  return new Uint8Array(out);
}

/**
 * `repr(b)`: `b'...'` for bytes (and its subclasses), or with a class name
 * the form bytearray and its subclasses print, `bytearray(b'...')`. The two
 * differ: CPython's `bytearray_repr` escapes `'` even inside double quotes.
 */
export function bytesRepr(data: Uint8Array, className: string | null = null): string {
  if (className === null) return reprBytes(data);
  const quote = data.includes(0x27) && !data.includes(0x22) ? '"' : "'";
  let out = `${className}(b${quote}`;
  for (const c of data) {
    if (c === 0x27 || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + HEX[c >> 4] + HEX[c & 15];
    else out += String.fromCharCode(c);
  }
  return out + quote + ")";
}

/** Lexicographic order of byte strings: -1, 0 or 1. */
export function bytesCompare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The searching, splitting, stripping and padding methods of `str`, with
 * CPython 3.11's semantics (Objects/unicodeobject.c, Objects/stringlib/):
 * `start`/`end` are code-point indices clamped as `ADJUST_INDICES` does,
 * `null` standing for an omitted argument.
 *
 * Arguments arrive already converted (the method wrappers parse arguments and
 * raise the `TypeError`s for wrong types); what is left to raise here are
 * the errors about values (`ValueError: empty separator`, ...).
 *
 * @module
 */
import { raise } from "./object.ts";
import {
  codePointAtCu,
  cpLength,
  cpToCu,
  cuToCp,
  isBoundary,
  strChars,
  strLen,
} from "./str_core.ts";
import { isSpaceCp } from "./str_case.ts";

// -- Helpers -------------------------------------------------------------------

/** CPython `ADJUST_INDICES`, with null for an omitted bound. */
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

/** Whether `sub` starts with a low or ends with a high surrogate (so it could match half a pair). */
function hasEdgeSurrogate(sub: string): boolean {
  if (sub.length === 0) return false;
  const a = sub.charCodeAt(0), b = sub.charCodeAt(sub.length - 1);
  return (a >= 0xdc00 && a <= 0xdfff) || (b >= 0xd800 && b <= 0xdbff);
}

/** `indexOf` that never matches half of a surrogate pair. */
function indexOfCp(s: string, sub: string, from: number): number {
  let i = s.indexOf(sub, from);
  if (!hasEdgeSurrogate(sub)) return i;
  while (i >= 0 && !(isBoundary(s, i) && isBoundary(s, i + sub.length))) i = s.indexOf(sub, i + 1);
  return i;
}

/** `lastIndexOf` that never matches half of a surrogate pair. */
function lastIndexOfCp(s: string, sub: string, from: number): number {
  let i = s.lastIndexOf(sub, from);
  if (!hasEdgeSurrogate(sub)) return i;
  while (i >= 0 && !(isBoundary(s, i) && isBoundary(s, i + sub.length))) {
    i = i === 0 ? -1 : s.lastIndexOf(sub, i - 1);
  }
  return i;
}

/** Whether code unit `c` is whitespace for `str.split()`/`strip()` (all are in the BMP). */
function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return c >= 0x85 && isSpaceCp(c);
}

// -- Searching -----------------------------------------------------------------

/**
 * The code-unit range [from, to) for code points [start, end) after
 * `ADJUST_INDICES`, or null when fewer than `subLen` code points remain.
 */
function searchRange(
  s: string,
  sub: string,
  start: number | null,
  end: number | null,
): [number, number] | null {
  const n = strLen(s);
  const [st, en] = adjustIndices(start, end, n);
  if (en - st < cpLength(sub)) return null;
  return [cpToCu(s, st), cpToCu(s, en)];
}

/** `s.find(sub, start, end)`: a code-point index or -1. */
export function strFind(
  s: string,
  sub: string,
  start: number | null = null,
  end: number | null = null,
): number {
  const r = searchRange(s, sub, start, end);
  if (r === null) return -1;
  const i = indexOfCp(s, sub, r[0]);
  return i >= 0 && i + sub.length <= r[1] ? cuToCp(s, i) : -1;
}

/** `s.rfind(sub, start, end)`. */
export function strRfind(
  s: string,
  sub: string,
  start: number | null = null,
  end: number | null = null,
): number {
  const r = searchRange(s, sub, start, end);
  if (r === null) return -1;
  const i = lastIndexOfCp(s, sub, r[1] - sub.length);
  return i >= r[0] && i + sub.length <= r[1] ? cuToCp(s, i) : -1;
}

/** `s.index(sub, start, end)`. */
export function strIndexOf(
  s: string,
  sub: string,
  start: number | null = null,
  end: number | null = null,
): number {
  const i = strFind(s, sub, start, end);
  if (i < 0) raise("ValueError", "substring not found");
  return i;
}

/** `s.rindex(sub, start, end)`. */
export function strRindexOf(
  s: string,
  sub: string,
  start: number | null = null,
  end: number | null = null,
): number {
  const i = strRfind(s, sub, start, end);
  if (i < 0) raise("ValueError", "substring not found");
  return i;
}

/** `s.count(sub, start, end)`: non-overlapping; the empty string is counted between code points. */
export function strCount(
  s: string,
  sub: string,
  start: number | null = null,
  end: number | null = null,
): number {
  const n = strLen(s);
  const [st, en] = adjustIndices(start, end, n);
  if (en - st < cpLength(sub)) return 0;
  if (sub.length === 0) return en - st + 1;
  const from = cpToCu(s, st), to = cpToCu(s, en);
  let count = 0;
  for (
    let i = indexOfCp(s, sub, from);
    i >= 0 && i + sub.length <= to;
    i = indexOfCp(s, sub, i + sub.length)
  ) count++;
  return count;
}

/** `sub in s`. */
export function strContains(s: string, sub: string): boolean {
  return indexOfCp(s, sub, 0) >= 0;
}

/** CPython `tailmatch`: whether `sub` is at the start (or end) of s[start:end]. */
function tailmatch(
  s: string,
  sub: string,
  start: number | null,
  end: number | null,
  atEnd: boolean,
): boolean {
  const n = strLen(s);
  let [st, en] = adjustIndices(start, end, n);
  const m = cpLength(sub);
  en -= m;
  if (en < st) return false;
  if (m === 0) return true;
  const at = cpToCu(s, atEnd ? en : st);
  return s.startsWith(sub, at) && isBoundary(s, at + sub.length);
}

/** `s.startswith(prefix, start, end)`; a tuple of prefixes arrives as an array. */
export function strStartswith(
  s: string,
  prefix: string | readonly string[],
  start: number | null = null,
  end: number | null = null,
): boolean {
  if (typeof prefix === "string") return tailmatch(s, prefix, start, end, false);
  return prefix.some((p) => tailmatch(s, p, start, end, false));
}

/** `s.endswith(suffix, start, end)`. */
export function strEndswith(
  s: string,
  suffix: string | readonly string[],
  start: number | null = null,
  end: number | null = null,
): boolean {
  if (typeof suffix === "string") return tailmatch(s, suffix, start, end, true);
  return suffix.some((p) => tailmatch(s, p, start, end, true));
}

// -- Splitting and joining -------------------------------------------------------

/** `s.split(sep, maxsplit)`; `sep` null splits on runs of whitespace. */
export function strSplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  let max = maxsplit < 0 ? Infinity : maxsplit;
  const out: string[] = [];
  const n = s.length;
  if (sep === null) {
    // CPython stringlib `split_whitespace`.
    let i = 0;
    while (max-- > 0) {
      while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
      if (i === n) break;
      const j = i;
      i++;
      while (i < n && !isSpaceUnit(s.charCodeAt(i))) i++;
      out.push(s.slice(j, i));
    }
    if (i < n) {
      while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
      if (i !== n) out.push(s.slice(i));
    }
    return out;
  }
  if (sep.length === 0) raise("ValueError", "empty separator");
  if (max === Infinity && !hasEdgeSurrogate(sep)) return s.split(sep);
  let j = 0;
  while (max-- > 0) {
    const i = indexOfCp(s, sep, j);
    if (i < 0) break;
    out.push(s.slice(j, i));
    j = i + sep.length;
  }
  out.push(s.slice(j));
  return out;
}

/** `s.rsplit(sep, maxsplit)`. */
export function strRsplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  if (maxsplit < 0) return strSplit(s, sep, maxsplit);
  let max = maxsplit;
  const out: string[] = [];
  if (sep === null) {
    // CPython stringlib `rsplit_whitespace`.
    let i = s.length - 1;
    while (max-- > 0) {
      while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
      if (i < 0) break;
      const j = i;
      i--;
      while (i >= 0 && !isSpaceUnit(s.charCodeAt(i))) i--;
      out.push(s.slice(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
      if (i >= 0) out.push(s.slice(0, i + 1));
    }
    return out.reverse();
  }
  if (sep.length === 0) raise("ValueError", "empty separator");
  let j = s.length;
  while (max-- > 0) {
    const i = j - sep.length < 0 ? -1 : lastIndexOfCp(s, sep, j - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, j));
    j = i;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

/** Line boundaries of `str.splitlines` (`Py_UNICODE_ISLINEBREAK`). */
function isLineBreak(c: number): boolean {
  return (c >= 10 && c <= 13) || (c >= 28 && c <= 30) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** `s.splitlines(keepends)`: `\r\n` is one boundary; no empty last line. */
export function strSplitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

/** `sep.join(parts)` (the items already checked to be str). */
export function strJoin(sep: string, parts: readonly string[]): string {
  return parts.join(sep);
}

/** `s.partition(sep)`. */
export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) raise("ValueError", "empty separator");
  const i = indexOfCp(s, sep, 0);
  if (i < 0) return [s, "", ""];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** `s.rpartition(sep)`. */
export function strRpartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) raise("ValueError", "empty separator");
  const i = s.length < sep.length ? -1 : lastIndexOfCp(s, sep, s.length - sep.length);
  if (i < 0) return ["", "", s];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

// -- Stripping -------------------------------------------------------------------

function stripRange(s: string, chars: string | null, left: boolean, right: boolean): string {
  let i = 0, j = s.length;
  if (chars === null) {
    if (left) { while (i < j && isSpaceUnit(s.charCodeAt(i))) i++; }
    if (right) { while (j > i && isSpaceUnit(s.charCodeAt(j - 1))) j--; }
    return s.slice(i, j);
  }
  if (chars.length === 0) return s;
  const set = new Set<number>();
  for (let k = 0; k < chars.length; k++) {
    const cp = codePointAtCu(chars, k);
    if (cp > 0xffff) k++;
    set.add(cp);
  }
  if (left) {
    while (i < j) {
      const cp = codePointAtCu(s, i);
      if (!set.has(cp)) break;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  if (right) {
    while (j > i) {
      let start = j - 1;
      const c = s.charCodeAt(start);
      if (c >= 0xdc00 && c <= 0xdfff && start > i) {
        const h = s.charCodeAt(start - 1);
        if (h >= 0xd800 && h <= 0xdbff) start--;
      }
      if (!set.has(codePointAtCu(s, start))) break;
      j = start;
    }
  }
  return s.slice(i, j);
}

/** `s.strip(chars)`; null strips whitespace. */
export function strStrip(s: string, chars: string | null = null): string {
  return stripRange(s, chars, true, true);
}

export function strLstrip(s: string, chars: string | null = null): string {
  return stripRange(s, chars, true, false);
}

export function strRstrip(s: string, chars: string | null = null): string {
  return stripRange(s, chars, false, true);
}

export function strRemoveprefix(s: string, prefix: string): string {
  return prefix.length > 0 && s.startsWith(prefix) && isBoundary(s, prefix.length)
    ? s.slice(prefix.length)
    : s;
}

export function strRemovesuffix(s: string, suffix: string): string {
  const at = s.length - suffix.length;
  return suffix.length > 0 && s.endsWith(suffix) && isBoundary(s, at) ? s.slice(0, at) : s;
}

// -- Replacing -------------------------------------------------------------------

/** `s.replace(old, new, count)`; an empty `old` inserts between code points. */
export function strReplace(s: string, old: string, rep: string, count = -1): string {
  if (count === 0) return s;
  if (old.length === 0) {
    const chars = strChars(s);
    const max = count < 0 ? chars.length + 1 : Math.min(count, chars.length + 1);
    if (max === chars.length + 1) return rep + chars.join(rep) + (chars.length > 0 ? rep : "");
    return rep + chars.slice(0, max).join(rep) + chars.slice(max).join("");
  }
  if (count < 0 && !hasEdgeSurrogate(old)) return s.split(old).join(rep);
  let out = "";
  let j = 0;
  let left = count < 0 ? Infinity : count;
  while (left-- > 0) {
    const i = indexOfCp(s, old, j);
    if (i < 0) break;
    out += s.slice(j, i) + rep;
    j = i + old.length;
  }
  return j === 0 ? s : out + s.slice(j);
}

/** `s.expandtabs(tabsize)`: columns count code points; `\n` and `\r` restart them. */
export function strExpandtabs(s: string, tabsize = 8): string {
  if (s.indexOf("\t") < 0) return s;
  let out = "";
  let col = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9) {
      out += s.slice(from, i);
      from = i + 1;
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        out += " ".repeat(incr);
        col += incr;
      }
    } else if (
      c >= 0xdc00 && c <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 &&
      s.charCodeAt(i - 1) <= 0xdbff
    ) {
      // The second half of a pair: the column was counted with the first.
    } else {
      col++;
      if (c === 10 || c === 13) col = 0;
    }
  }
  return out + s.slice(from);
}

// -- Padding ---------------------------------------------------------------------

function fillChar(fill: string): string {
  if (cpLength(fill) !== 1) {
    raise("TypeError", "The fill character must be exactly one character long");
  }
  return fill;
}

/** `s.center(width, fillchar)`: the odd cell goes left only when both margin and width are odd. */
export function strCenter(s: string, width: number, fillchar = " "): string {
  const f = fillChar(fillchar);
  const n = strLen(s);
  if (n >= width) return s;
  const marg = width - n;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return f.repeat(left) + s + f.repeat(marg - left);
}

export function strLjust(s: string, width: number, fillchar = " "): string {
  const f = fillChar(fillchar);
  const n = strLen(s);
  return n >= width ? s : s + f.repeat(width - n);
}

export function strRjust(s: string, width: number, fillchar = " "): string {
  const f = fillChar(fillchar);
  const n = strLen(s);
  return n >= width ? s : f.repeat(width - n) + s;
}

/** `s.zfill(width)`: zeros go after a leading sign. */
export function strZfill(s: string, width: number): string {
  const n = strLen(s);
  if (n >= width) return s;
  const zeros = "0".repeat(width - n);
  const c = s[0];
  if (c === "+" || c === "-") return c + zeros + s.slice(1);
  return zeros + s;
}

// -- Translation -----------------------------------------------------------------

/**
 * `str.maketrans(x, y, z)` with string arguments: ordinal to ordinal (or to
 * None, as `null`, for the characters of `z`). The one-argument dict form
 * is the caller's: it needs the dict's keys converted.
 */
export function strMaketrans(
  x: string,
  y: string,
  z: string | null = null,
): Map<number, number | null> {
  const xs = strChars(x), ys = strChars(y);
  if (xs.length !== ys.length) {
    raise("ValueError", "the first two maketrans arguments must have equal length");
  }
  const m = new Map<number, number | null>();
  for (let i = 0; i < xs.length; i++) m.set(xs[i].codePointAt(0)!, ys[i].codePointAt(0)!);
  if (z !== null) { for (const c of strChars(z)) m.set(c.codePointAt(0)!, null); }
  return m;
}

/**
 * `s.translate(table)`. `lookup(ordinal)` returns the table's value: a
 * string, an ordinal, `null` (None: delete the character) or `undefined`
 * (LookupError: keep it). Other value types are the caller's to reject
 * (`TypeError: character mapping must return integer, None or str`).
 */
export function strTranslate(
  s: string,
  lookup: (cp: number) => string | number | null | undefined,
): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const cp = codePointAtCu(s, i);
    const ch = cp > 0xffff ? s.slice(i, i + 2) : s[i];
    if (cp > 0xffff) i++;
    const v = lookup(cp);
    if (v === undefined) out += ch;
    else if (v === null) continue;
    else if (typeof v === "string") out += v;
    else {
      if (!(v >= 0 && v <= 0x10ffff)) {
        raise("ValueError", "character mapping must be in range(0x110000)");
      }
      out += String.fromCodePoint(v);
    }
  }
  return out;
}

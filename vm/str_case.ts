/**
 * Unicode character classes and case mapping as CPython 3.11 does them
 * (Objects/unicodeobject.c and Objects/unicodectype.c, Unicode 14.0.0).
 *
 * Character properties come from the engine's `\p{...}` classes corrected by
 * `vm/str_unicode.ts` (the differences with CPython's data, including the
 * characters the engine's newer Unicode assigns but CPython's does not).
 * Each non-ASCII code point is classified once, into a lazily filled table.
 *
 * Case mapping uses `toUpperCase`/`toLowerCase` on whole strings when no
 * character needs CPython-specific treatment (which a regex tells at native
 * speed), and goes code point by code point otherwise.
 *
 * @module
 */
import {
  ASSIGNED_RANGES,
  CASEFOLD_MAP,
  LOWER_MAP,
  PROPERTIES,
  TITLE_MAP,
  UPPER_MAP,
} from "./str_unicode.ts";
import { codePointAtCu } from "./str_core.ts";

// -- Character flags -----------------------------------------------------------

const F_ALPHA = 1 << 0;
const F_DECIMAL = 1 << 1;
const F_DIGIT = 1 << 2;
const F_NUMERIC = 1 << 3;
const F_SPACE = 1 << 4;
const F_PRINTABLE = 1 << 5;
const F_UPPER = 1 << 6;
const F_LOWER = 1 << 7;
const F_TITLE = 1 << 8;
const F_CASED = 1 << 9;
const F_IGNORABLE = 1 << 10;
const F_XID_START = 1 << 11;
const F_XID_CONTINUE = 1 << 12;
const F_ASSIGNED = 1 << 13;
const F_KNOWN = 1 << 15;

const PROPERTY_FLAGS: Record<string, number> = {
  alpha: F_ALPHA,
  decimal: F_DECIMAL,
  digit: F_DIGIT,
  numeric: F_NUMERIC,
  space: F_SPACE,
  printable: F_PRINTABLE,
  upper: F_UPPER,
  lower: F_LOWER,
  title: F_TITLE,
  cased: F_CASED,
  ignorable: F_IGNORABLE,
  xid_start: F_XID_START,
  xid_continue: F_XID_CONTINUE,
};

/**
 * One regular expression per property, made at the first classification:
 * compiling these Unicode classes costs milliseconds a program that never
 * asks should not pay at start.
 */
let classifiers: { flag: number; re: RegExp; jsOnly: Set<number>; pyOnly: Set<number> }[] | null =
  null;

function makeClassifiers(): NonNullable<typeof classifiers> {
  return Object.entries(PROPERTIES).map(([name, [cls, jsOnly, pyOnly]]) => ({
    flag: PROPERTY_FLAGS[name],
    re: new RegExp(`^[${cls}]$`, "v"),
    jsOnly: new Set(jsOnly),
    pyOnly: new Set(pyOnly),
  }));
}

function isAssigned(cp: number): boolean {
  const r = ASSIGNED_RANGES;
  let lo = 0, hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (cp < r[2 * mid]) hi = mid - 1;
    else if (cp > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

function classify(cp: number): number {
  if (!isAssigned(cp)) return F_KNOWN;
  const c = String.fromCodePoint(cp);
  let f = F_KNOWN | F_ASSIGNED;
  for (const { flag, re, jsOnly, pyOnly } of (classifiers ??= makeClassifiers())) {
    if (pyOnly.has(cp) || (!jsOnly.has(cp) && re.test(c))) f |= flag;
  }
  return f;
}

let asciiFlags: Uint16Array | null = null;
let wideFlags: Uint16Array | null = null;

function makeAsciiFlags(): Uint16Array {
  const flags = new Uint16Array(128);
  for (let i = 0; i < 128; i++) flags[i] = classify(i);
  return flags;
}

/** The property flags of one code point (CPython's `_PyUnicode_TypeRecord` bits, in effect). */
function flagsOf(cp: number): number {
  if (cp < 128) return (asciiFlags ??= makeAsciiFlags())[cp];
  if (wideFlags === null) wideFlags = new Uint16Array(0x110000);
  let f = wideFlags[cp];
  if (f === 0) wideFlags[cp] = f = classify(cp);
  return f;
}

/** `c.isspace()` for one code point (`Py_UNICODE_ISSPACE`), used by split and strip. */
export function isSpaceCp(cp: number): boolean {
  return (flagsOf(cp) & F_SPACE) !== 0;
}

/** `c.isprintable()` for one code point (`Py_UNICODE_ISPRINTABLE`), used by `repr`. */
export function isPrintableCp(cp: number): boolean {
  return (flagsOf(cp) & F_PRINTABLE) !== 0;
}

/** Whether every code point of non-empty `s` has one of `mask`'s flags. */
function every(s: string, mask: number): boolean {
  const n = s.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const cp = codePointAtCu(s, i);
    if (cp > 0xffff) i++;
    if ((flagsOf(cp) & mask) === 0) return false;
  }
  return true;
}

// deno-lint-ignore no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;

export function strIsascii(s: string): boolean {
  return ASCII_ONLY.test(s);
}

export function strIsalpha(s: string): boolean {
  return /^[A-Za-z]+$/.test(s) || (!ASCII_ONLY.test(s) && every(s, F_ALPHA));
}

export function strIsdecimal(s: string): boolean {
  return /^[0-9]+$/.test(s) || (!ASCII_ONLY.test(s) && every(s, F_DECIMAL));
}

export function strIsdigit(s: string): boolean {
  return /^[0-9]+$/.test(s) || (!ASCII_ONLY.test(s) && every(s, F_DIGIT));
}

export function strIsnumeric(s: string): boolean {
  return /^[0-9]+$/.test(s) || (!ASCII_ONLY.test(s) && every(s, F_NUMERIC));
}

/** `Py_UNICODE_ISALNUM`: alpha, decimal, digit or numeric. */
export function strIsalnum(s: string): boolean {
  return /^[A-Za-z0-9]+$/.test(s) ||
    (!ASCII_ONLY.test(s) && every(s, F_ALPHA | F_DECIMAL | F_DIGIT | F_NUMERIC));
}

export function strIsspace(s: string): boolean {
  return every(s, F_SPACE);
}

/** True for the empty string, as CPython. */
export function strIsprintable(s: string): boolean {
  return s.length === 0 || /^[\x20-\x7e]+$/.test(s) || every(s, F_PRINTABLE);
}

/** PEP 3131: XID_Start or `_`, then XID_Continue. */
export function strIsidentifier(s: string): boolean {
  if (s.length === 0) return false;
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(s)) return true;
  const first = codePointAtCu(s, 0);
  if (first !== 0x5f && (flagsOf(first) & F_XID_START) === 0) return false;
  for (let i = first > 0xffff ? 2 : 1; i < s.length; i++) {
    const cp = codePointAtCu(s, i);
    if (cp > 0xffff) i++;
    if ((flagsOf(cp) & F_XID_CONTINUE) === 0) return false;
  }
  return true;
}

/** CPython `unicode_islower_impl`. */
export function strIslower(s: string): boolean {
  let cased = false;
  for (let i = 0; i < s.length; i++) {
    const cp = codePointAtCu(s, i);
    if (cp > 0xffff) i++;
    const f = flagsOf(cp);
    if (f & (F_UPPER | F_TITLE)) return false;
    if (f & F_LOWER) cased = true;
  }
  return cased;
}

/** CPython `unicode_isupper_impl`. */
export function strIsupper(s: string): boolean {
  let cased = false;
  for (let i = 0; i < s.length; i++) {
    const cp = codePointAtCu(s, i);
    if (cp > 0xffff) i++;
    const f = flagsOf(cp);
    if (f & (F_LOWER | F_TITLE)) return false;
    if (f & F_UPPER) cased = true;
  }
  return cased;
}

/** CPython `unicode_istitle_impl`: uppercase only after uncased, lowercase only after cased. */
export function strIstitle(s: string): boolean {
  let cased = false, previousIsCased = false;
  for (let i = 0; i < s.length; i++) {
    const cp = codePointAtCu(s, i);
    if (cp > 0xffff) i++;
    const f = flagsOf(cp);
    if (f & (F_UPPER | F_TITLE)) {
      if (previousIsCased) return false;
      previousIsCased = cased = true;
    } else if (f & F_LOWER) {
      if (!previousIsCased) return false;
      previousIsCased = cased = true;
    } else previousIsCased = false;
  }
  return cased;
}

// -- Case mapping --------------------------------------------------------------

function cpString(cp: number): string {
  return cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
}

/** CPython `_PyUnicode_ToUpperFull` of one code point. */
function upperCp(cp: number): string {
  const m = UPPER_MAP[cp];
  if (m !== undefined) return m;
  const c = cpString(cp);
  return flagsOf(cp) & F_ASSIGNED ? c.toUpperCase() : c;
}

/** CPython `_PyUnicode_ToLowerFull` of one code point (no context). */
function lowerCp(cp: number): string {
  const m = LOWER_MAP[cp];
  if (m !== undefined) return m;
  const c = cpString(cp);
  return flagsOf(cp) & F_ASSIGNED ? c.toLowerCase() : c;
}

/** CPython `_PyUnicode_ToTitleFull`. */
function titleCp(cp: number): string {
  const m = TITLE_MAP[cp];
  if (m !== undefined) return m;
  const c = cpString(cp);
  return flagsOf(cp) & F_ASSIGNED ? c.toUpperCase() : c;
}

/** CPython `_PyUnicode_ToFoldedFull`. */
function foldCp(cp: number): string {
  const m = CASEFOLD_MAP[cp];
  if (m !== undefined) return m;
  const c = cpString(cp);
  return flagsOf(cp) & F_ASSIGNED ? c.toLowerCase() : c;
}

/** The code point ending just before code-unit offset `cu`, and its start. */
function cpBefore(s: string, cu: number): [number, number] {
  const c = s.charCodeAt(cu - 1);
  if (c >= 0xdc00 && c <= 0xdfff && cu >= 2) {
    const h = s.charCodeAt(cu - 2);
    if (h >= 0xd800 && h <= 0xdbff) return [0x10000 + ((h - 0xd800) << 10) + (c - 0xdc00), cu - 2];
  }
  return [c, cu - 1];
}

/**
 * CPython `handle_capital_sigma`: U+03A3 at code-unit offset `cu` lowers to
 * final sigma when preceded by a cased letter and not followed by one
 * (case-ignorable characters skipped both ways).
 */
function lowerSigma(s: string, cu: number): string {
  let j = cu, c = 0, found = false;
  while (j > 0) {
    const [cp, start] = cpBefore(s, j);
    j = start;
    if (!(flagsOf(cp) & F_IGNORABLE)) {
      c = cp;
      found = true;
      break;
    }
  }
  let finalSigma = found && (flagsOf(c) & F_CASED) !== 0;
  if (finalSigma && cu + 1 < s.length) {
    let k = cu + 1;
    let next = -1;
    while (k < s.length) {
      const cp = codePointAtCu(s, k);
      k += cp > 0xffff ? 2 : 1;
      if (!(flagsOf(cp) & F_IGNORABLE)) {
        next = cp;
        break;
      }
    }
    finalSigma = next < 0 || (flagsOf(next) & F_CASED) === 0;
  }
  return finalSigma ? "\u03c2" : "\u03c3";
}

/** CPython `lower_ucs4`: the lowercase of the code point at `cu`, in context. */
function lowerAt(s: string, cu: number, cp: number): string {
  return cp === 0x3a3 ? lowerSigma(s, cu) : lowerCp(cp);
}

/** A class matching the code points CPython's Unicode 14.0 leaves unassigned. */
function unassignedClass(): string {
  const parts: string[] = [];
  const r = ASSIGNED_RANGES;
  const u = (cp: number) => `\\u{${cp.toString(16)}}`;
  let next = 0;
  for (let i = 0; i < r.length; i += 2) {
    if (r[i] > next) parts.push(`${u(next)}-${u(r[i] - 1)}`);
    next = r[i + 1] + 1;
  }
  if (next <= 0x10ffff) parts.push(`${u(next)}-${u(0x10ffff)}`);
  return parts.join("");
}

function specialClass(map: Readonly<Record<number, string>>, extra: number[]): RegExp {
  const cps = [...Object.keys(map).map(Number), ...extra];
  const listed = cps.map((cp) => `\\u{${cp.toString(16)}}`).join("");
  return new RegExp(`[${listed}${unassignedClass()}]`, "u");
}

// Characters that keep a whole string off the engine's own mapping, made at the first
// non-ASCII string each mapping sees.
let upperSpecial: RegExp | null = null;
let lowerSpecial: RegExp | null = null;
let foldSpecial: RegExp | null = null;

/** `s.upper()`. */
export function strUpper(s: string): string {
  if (ASCII_ONLY.test(s) || !(upperSpecial ??= specialClass(UPPER_MAP, [])).test(s)) {
    return s.toUpperCase();
  }
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const cp = codePointAtCu(s, i);
    if (cp > 0xffff) i++;
    out += upperCp(cp);
  }
  return out;
}

/** `s.lower()`, with CPython's final-sigma rule. */
export function strLower(s: string): string {
  if (ASCII_ONLY.test(s) || !(lowerSpecial ??= specialClass(LOWER_MAP, [0x3a3])).test(s)) {
    return s.toLowerCase();
  }
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const cp = codePointAtCu(s, i);
    out += lowerAt(s, i, cp);
    if (cp > 0xffff) i++;
  }
  return out;
}

/** `s.casefold()`: full case folding, no final-sigma rule. */
export function strCasefold(s: string): string {
  if (ASCII_ONLY.test(s) || !(foldSpecial ??= specialClass(CASEFOLD_MAP, [0x3a3])).test(s)) {
    return s.toLowerCase();
  }
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const cp = codePointAtCu(s, i);
    if (cp > 0xffff) i++;
    out += foldCp(cp);
  }
  return out;
}

/** CPython `do_swapcase`: uppercase to lower (sigma in context), lowercase to upper. */
export function strSwapcase(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const cp = codePointAtCu(s, i);
    const f = flagsOf(cp);
    if (f & F_UPPER) out += lowerAt(s, i, cp);
    else if (f & F_LOWER) out += upperCp(cp);
    else out += cpString(cp);
    if (cp > 0xffff) i++;
  }
  return out;
}

/** CPython `do_title`: title case after an uncased character, lower case after a cased one. */
export function strTitle(s: string): string {
  let out = "";
  let previousIsCased = false;
  if (ASCII_ONLY.test(s)) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const upper = c >= 65 && c <= 90, lower = c >= 97 && c <= 122;
      if (previousIsCased && upper) out += String.fromCharCode(c + 32);
      else if (!previousIsCased && lower) out += String.fromCharCode(c - 32);
      else out += s[i];
      previousIsCased = upper || lower;
    }
    return out;
  }
  for (let i = 0; i < s.length; i++) {
    const cp = codePointAtCu(s, i);
    out += previousIsCased ? lowerAt(s, i, cp) : titleCp(cp);
    previousIsCased = (flagsOf(cp) & F_CASED) !== 0;
    if (cp > 0xffff) i++;
  }
  return out;
}

/** `s.capitalize()` (3.8+: the first character in title case, the rest lower). */
export function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  const first = codePointAtCu(s, 0);
  let out = titleCp(first);
  for (let i = first > 0xffff ? 2 : 1; i < s.length; i++) {
    const cp = codePointAtCu(s, i);
    out += lowerAt(s, i, cp);
    if (cp > 0xffff) i++;
  }
  return out;
}

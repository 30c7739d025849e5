/**
 * Text helpers shared by the numeric core (`int.ts`, `float.ts`,
 * `format.ts`): CPython's notions of whitespace and decimal digits as
 * `int()`/`float()` see them, and code-point counting (Python lengths and widths are in code points, not
 * UTF-16 units).
 *
 * @module
 */

/** C `isspace` in the "C" locale: CPython's `Py_ISSPACE`. */
export function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** `str.isspace()` for one code point (CPython's `Py_UNICODE_ISSPACE`). */
export function isPyWhitespace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

const ND = /\p{Nd}/u;

/**
 * The value of a decimal digit (Unicode category Nd), or -1. Unicode
 * encodes every Nd digit in a contiguous run of ten starting at zero, so
 * the value is the distance from the start of the run, modulo 10.
 */
export function decimalValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c < 0x80 || !ND.test(String.fromCodePoint(c))) return -1;
  let start = c;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
  return (c - start) % 10;
}

/**
 * CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII is kept,
 * other whitespace becomes ' ', other decimal digits their ASCII digit, and
 * anything else '?' (which no number parser accepts). This is why
 * `int('\u0661\u0662')` is 12 while `int('1\x1c')` is an error.
 */
export function transformDecimalAndSpace(s: string): string {
  // deno-lint-ignore no-control-regex
  if (/^[\x00-\x7e]*$/.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x7f) out += ch;
    else if (isPyWhitespace(c)) out += " ";
    else {
      const d = decimalValue(c);
      out += d >= 0 ? String.fromCharCode(0x30 + d) : "?";
    }
  }
  return out;
}

/** The first `n` code points of `s` (CPython's `%.200R` truncation and str precision). */
export function codePointPrefix(s: string, n: number): string {
  let units = 0;
  for (let i = 0; i < n && units < s.length; i++) {
    const c = s.charCodeAt(units);
    units += c >= 0xd800 && c <= 0xdbff && units + 1 < s.length &&
        (s.charCodeAt(units + 1) & 0xfc00) === 0xdc00
      ? 2
      : 1;
  }
  return s.slice(0, units);
}

/** `len(s)` in code points. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

/** V8 cannot build strings past about 2**29 units; CPython would run out of memory. */
const MAX_STRING = 0x1fffffe8;

/** `s` repeated `n` times, raising MemoryError where the host string cannot grow. */
export function repeatString(s: string, n: number, raiseMemory: () => never): string {
  if (n <= 0) return "";
  if (n * s.length > MAX_STRING) raiseMemory();
  return s.repeat(n);
}

/**
 * Python's `repr` of the values the front end produces (str, bytes, float,
 * int, complex), as CPython 3.11 writes them. Pure functions on host values,
 * shared by `ast.dump` and the interpreter.
 *
 * @module
 */

/**
 * Code points that Python 3.11 (Unicode 14.0) treats as unassigned but newer
 * Unicode versions, such as the host's regular expressions use, assigned:
 * `str.isprintable` is false for them in CPython 3.11.
 */
const UNASSIGNED_IN_UNICODE_14: readonly (readonly [number, number])[] = [
  [0x897, 0x897],
  [0xcf3, 0xcf3],
  [0xece, 0xece],
  [0x1b4e, 0x1b4f],
  [0x1b7f, 0x1b7f],
  [0x1c89, 0x1c8a],
  [0x2427, 0x2429],
  [0x2ffc, 0x2fff],
  [0x31e4, 0x31e5],
  [0x31ef, 0x31ef],
  [0xa7cb, 0xa7cd],
  [0xa7da, 0xa7dc],
  [0x105c0, 0x105f3],
  [0x10d40, 0x10d65],
  [0x10d69, 0x10d85],
  [0x10d8e, 0x10d8f],
  [0x10ec2, 0x10ec4],
  [0x10efc, 0x10eff],
  [0x1123f, 0x11241],
  [0x11380, 0x11389],
  [0x1138b, 0x1138b],
  [0x1138e, 0x1138e],
  [0x11390, 0x113b5],
  [0x113b7, 0x113c0],
  [0x113c2, 0x113c2],
  [0x113c5, 0x113c5],
  [0x113c7, 0x113ca],
  [0x113cc, 0x113d5],
  [0x113d7, 0x113d8],
  [0x113e1, 0x113e2],
  [0x116d0, 0x116e3],
  [0x11b00, 0x11b09],
  [0x11bc0, 0x11be1],
  [0x11bf0, 0x11bf9],
  [0x11f00, 0x11f10],
  [0x11f12, 0x11f3a],
  [0x11f3e, 0x11f5a],
  [0x1342f, 0x1342f],
  [0x13440, 0x13455],
  [0x13460, 0x143fa],
  [0x16100, 0x16139],
  [0x16d40, 0x16d79],
  [0x18cff, 0x18cff],
  [0x1b132, 0x1b132],
  [0x1b155, 0x1b155],
  [0x1cc00, 0x1ccf9],
  [0x1cd00, 0x1ceb3],
  [0x1d2c0, 0x1d2d3],
  [0x1df25, 0x1df2a],
  [0x1e030, 0x1e06d],
  [0x1e08f, 0x1e08f],
  [0x1e4d0, 0x1e4f9],
  [0x1e5d0, 0x1e5fa],
  [0x1e5ff, 0x1e5ff],
  [0x1f6dc, 0x1f6dc],
  [0x1f774, 0x1f776],
  [0x1f77b, 0x1f77f],
  [0x1f7d9, 0x1f7d9],
  [0x1f8b2, 0x1f8bb],
  [0x1f8c0, 0x1f8c1],
  [0x1fa75, 0x1fa77],
  [0x1fa87, 0x1fa89],
  [0x1fa8f, 0x1fa8f],
  [0x1faad, 0x1faaf],
  [0x1fabb, 0x1fabf],
  [0x1fac6, 0x1fac6],
  [0x1face, 0x1facf],
  [0x1fada, 0x1fadc],
  [0x1fadf, 0x1fadf],
  [0x1fae8, 0x1fae9],
  [0x1faf7, 0x1faf8],
  [0x1fbcb, 0x1fbef],
  [0x2b739, 0x2b739],
  [0x2ebf0, 0x2ee5d],
  [0x31350, 0x323af],
];

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/**
 * `str.isprintable` for one code point (CPython's `Py_UNICODE_ISPRINTABLE`):
 * false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space.
 */
export function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  if (cp < 0xa1) return false;
  if (NON_PRINTABLE.test(String.fromCodePoint(cp))) return false;
  let lo = 0, hi = UNASSIGNED_IN_UNICODE_14.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = UNASSIGNED_IN_UNICODE_14[mid];
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return false;
  }
  return true;
}

const HEX = "0123456789abcdef";

function hex(n: number, width: number): string {
  let s = "";
  for (let i = width - 1; i >= 0; i--) s += HEX[(n >> (4 * i)) & 15];
  return s;
}

/** Is every character printable ASCII other than a quote or backslash? */
function plainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === 0x27 || c === 0x5c || c === 0x22) return false;
  }
  return true;
}

/**
 * `repr(str)` (Objects/unicodeobject.c unicode_repr): single quotes unless
 * the text has a single quote and no double quote; `\t \n \r \\`, `\xNN`,
 * `\uNNNN`, `\UNNNNNNNN` for what `str.isprintable` rejects.
 */
export function reprStr(s: string): string {
  if (plainAscii(s)) return "'" + s + "'";
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const out: string[] = [quote];
  let run = 0;
  let i = 0;
  const flush = (end: number) => {
    if (end > run) out.push(s.slice(run, end));
  };
  while (i < s.length) {
    let cp = s.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        width = 2;
      }
    }
    let esc: string | null = null;
    if (cp === 0x5c) esc = "\\\\";
    else if (cp === quote.charCodeAt(0)) esc = "\\" + quote;
    else if (cp === 9) esc = "\\t";
    else if (cp === 10) esc = "\\n";
    else if (cp === 13) esc = "\\r";
    else if (cp < 0x20 || cp === 0x7f) esc = "\\x" + hex(cp, 2);
    else if (cp >= 0x7f && !isPrintable(cp)) {
      esc = cp <= 0xff
        ? "\\x" + hex(cp, 2)
        : cp <= 0xffff
        ? "\\u" + hex(cp, 4)
        : "\\U" + hex(cp, 8);
    }
    if (esc !== null) {
      flush(i);
      out.push(esc);
      run = i + width;
    }
    i += width;
  }
  flush(s.length);
  out.push(quote);
  return out.join("");
}

/** `repr(bytes)` (Objects/bytesobject.c PyBytes_Repr). */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  const out: string[] = ["b", String.fromCharCode(quote)];
  for (const c of b) {
    if (c === quote || c === 0x5c) out.push("\\" + String.fromCharCode(c));
    else if (c === 9) out.push("\\t");
    else if (c === 10) out.push("\\n");
    else if (c === 13) out.push("\\r");
    else if (c < 0x20 || c >= 0x7f) out.push("\\x" + hex(c, 2));
    else out.push(String.fromCharCode(c));
  }
  out.push(String.fromCharCode(quote));
  return out.join("");
}

/** `repr(int)`. */
export function reprInt(n: bigint | number): string {
  return n.toString();
}

/**
 * The shortest digits that round-trip to `x` (x finite, positive) and the
 * decimal point position: x = 0.DIGITS * 10**decpt (Python/dtoa.c mode 0).
 */
function shortestDigits(x: number): { digits: string; decpt: number } {
  const e = x.toExponential();
  const k = e.indexOf("e");
  const digits = e.slice(0, k).replace(".", "");
  return { digits, decpt: Number(e.slice(k + 1)) + 1 };
}

/**
 * Python/pystrtod.c format_float_short in 'r' mode: the shortest repr,
 * exponent when decpt <= -4 or decpt > 16, `.0` added to integers when
 * `addDot0`.
 */
function formatShort(x: number, addDot0: boolean, sign: boolean): string {
  if (Number.isNaN(x)) return sign ? "+nan" : "nan";
  const neg = x < 0 || Object.is(x, -0);
  const prefix = neg ? "-" : sign ? "+" : "";
  if (!Number.isFinite(x)) return prefix + "inf";
  if (x === 0) return prefix + (addDot0 ? "0.0" : "0");
  const { digits, decpt } = shortestDigits(Math.abs(x));
  let body: string;
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    const mant = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    const ae = Math.abs(exp);
    body = mant + "e" + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" + ae : String(ae));
  } else if (decpt <= 0) {
    body = "0." + "0".repeat(-decpt) + digits;
  } else if (decpt < digits.length) {
    body = digits.slice(0, decpt) + "." + digits.slice(decpt);
  } else {
    body = digits + "0".repeat(decpt - digits.length) + (addDot0 ? ".0" : "");
  }
  return prefix + body;
}

/** `repr(float)`: `1.0`, `1e+16`, `1e-05`, `inf`, `nan`, `-0.0`. */
export function reprFloat(x: number): string {
  return formatShort(x, true, false);
}

/** `repr(complex)` (Objects/complexobject.c complex_repr). */
export function reprComplex(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return formatShort(imag, false, false) + "j";
  return "(" + formatShort(real, false, false) + formatShort(imag, false, true) + "j)";
}

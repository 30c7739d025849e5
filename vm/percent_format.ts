/**
 * printf-style `str % args`, as CPython 3.11's PyUnicode_Format
 * (Objects/unicodeobject.c). The values are Python objects; apart from
 * `typeof` checks and `PyFloat`, everything about them goes through the
 * caller's conversions, so this file needs no interpreter.
 *
 * @module
 */
import { PyFloat, type PyInt, type PyObject, PyThrow, raise } from "./object.ts";
import { intFromFloat, intToFloat, intToString } from "./int.ts";
import { DTSF_ALT, formatDouble } from "./float_format.ts";
import { codePointLength, codePointPrefix, repeatString } from "./num_text.ts";

/** How `percentFormat` turns arbitrary objects into text and numbers. */
export interface PercentConversions {
  /** `str(x)`. */
  str(x: PyObject): string;
  /** `repr(x)`. */
  repr(x: PyObject): string;
  /** `ascii(x)`. */
  ascii(x: PyObject): string;
  /**
   * The int value of an object that is neither an int, a bool nor a float:
   * `int(x)` (`__int__`, `__index__`...) for %d %i %u, or `x.__index__()`
   * when `index` is true (%x %X %o %c). Throws a TypeError when there is none.
   */
  toInt(x: PyObject, index?: boolean): PyInt;
  /** `float(x)` as PyFloat_AsDouble does it (`__float__`, then `__index__`). */
  toFloat(x: PyObject): number;
  /** `type(x).__name__`, for error messages; read from `x.cls` when absent. */
  typeName?(x: PyObject): string;
}

function typeNameOf(x: PyObject, conv: PercentConversions): string {
  if (conv.typeName) return conv.typeName(x);
  switch (typeof x) {
    case "number":
    case "bigint":
      return "int";
    case "boolean":
      return "bool";
    case "string":
      return "str";
    default:
      return x.cls?.name ?? (x instanceof PyFloat ? "float" : "object");
  }
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

function memoryError(): never {
  raise("MemoryError", "");
}

function isTypeError(e: unknown): boolean {
  return e instanceof PyThrow && e.typeName === "TypeError";
}

/**
 * The int for %d %i %u %x %X %o. CPython: mainformatlong. Floats truncate
 * for %d but are rejected for %x/%o (they have no `__index__`).
 */
function formatLongArg(v: PyObject, type: string, conv: PercentConversions): PyInt {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const hex = type === "o" || type === "x" || type === "X";
  if (typeof v !== "string") {
    if (v instanceof PyFloat && !hex) return intFromFloat(v.value);
    if (!(v instanceof PyFloat)) {
      try {
        return conv.toInt(v, hex);
      } catch (e) {
        if (!isTypeError(e)) throw e;
      }
    }
  }
  raise(
    "TypeError",
    `%${type} format: ${hex ? "an integer" : "a real number"} is required, not ${
      typeNameOf(v, conv)
    }`,
  );
}

/** CPython: formatfloat's PyFloat_AsDouble. */
function floatArg(v: PyObject, conv: PercentConversions): number {
  if (typeof v === "number" || typeof v === "bigint") return intToFloat(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "string") raise("TypeError", "must be real number, not str");
  return conv.toFloat(v);
}

/** CPython: formatchar. */
function charArg(v: PyObject, conv: PercentConversions): string {
  if (typeof v === "string") {
    if (codePointLength(v) === 1) return v;
    raise("TypeError", "%c requires int or char");
  }
  let x: PyInt;
  if (typeof v === "number" || typeof v === "bigint") x = v;
  else if (typeof v === "boolean") x = v ? 1 : 0;
  else {
    if (v instanceof PyFloat) raise("TypeError", "%c requires int or char");
    try {
      x = conv.toInt(v, true);
    } catch (e) {
      if (isTypeError(e)) raise("TypeError", "%c requires int or char");
      throw e;
    }
  }
  if (x < 0 || x > 0x10ffff) raise("OverflowError", "%c arg not in range(0x110000)");
  return String.fromCodePoint(Number(x));
}

/** CPython: _PyUnicode_FormatLong (digits, precision as a minimum digit count, `#` prefixes). */
function formatLong(v: PyInt, alt: boolean, prec: number, type: string): string {
  const negative = v < 0;
  const abs = negative ? -v : v;
  let digits: string;
  let prefix = "";
  if (type === "o") {
    digits = abs.toString(8);
    if (alt) prefix = "0o";
  } else if (type === "x" || type === "X") {
    digits = abs.toString(16);
    if (alt) prefix = "0x";
  } else digits = intToString(abs);
  if (prec > digits.length) digits = repeatString("0", prec - digits.length, memoryError) + digits;
  let s = (negative ? "-" : "") + prefix + digits;
  if (type === "X") s = s.toUpperCase();
  return s;
}

/**
 * `fmt % args`. `args` holds the items of a tuple right operand, or the
 * single non-tuple operand as a one-element array; `mapping` looks keys up
 * when that operand is a mapping, which for CPython is anything but a
 * tuple or str with `__getitem__` (so `'' % []` is ''): `%(name)s` needs
 * one, and unused arguments are then not an error. CPython 3.11
 * Objects/unicodeobject.c: PyUnicode_Format.
 */
export function percentFormat(
  fmt: string,
  args: PyObject[] | null,
  mapping: ((key: string) => PyObject) | null,
  conv: PercentConversions,
): string {
  const items = args ?? [];
  let argIndex = 0;
  // After a %(key), arguments come from the value looked up, which serves
  // once; the positional arguments are never used again.
  let keyed = false;
  let current: PyObject | null = null;
  const out: string[] = [];
  const n = fmt.length;
  let pos = 0;
  while (pos < n) {
    const pct = fmt.indexOf("%", pos);
    if (pct < 0) {
      out.push(fmt.slice(pos));
      break;
    }
    out.push(fmt.slice(pos, pct));
    pos = pct + 1;
    if (fmt[pos] === "%") {
      out.push("%");
      pos++;
      continue;
    }
    let flags = 0;
    let width = -1;
    let prec = -1;
    if (fmt[pos] === "(") {
      if (mapping === null) raise("TypeError", "format requires a mapping");
      let depth = 1;
      const keyStart = ++pos;
      while (depth > 0 && pos < n) {
        if (fmt[pos] === ")") depth--;
        else if (fmt[pos] === "(") depth++;
        pos++;
      }
      if (depth > 0) raise("ValueError", "incomplete format key");
      current = mapping!(fmt.slice(keyStart, pos - 1));
      keyed = true;
    }
    const argSource = (): PyObject => {
      if (keyed) {
        if (current === null) raise("TypeError", "not enough arguments for format string");
        const v: PyObject = current;
        current = null;
        return v;
      }
      if (argIndex < items.length) return items[argIndex++];
      raise("TypeError", "not enough arguments for format string");
    };
    // The next character, or "" at the end of the format.
    const advance = (): string => {
      if (pos >= n) return "";
      const c = String.fromCodePoint(fmt.codePointAt(pos)!);
      pos += c.length;
      return c;
    };
    let ch = advance();
    while (ch !== "") {
      if (ch === "-") flags |= F_LJUST;
      else if (ch === "+") flags |= F_SIGN;
      else if (ch === " ") flags |= F_BLANK;
      else if (ch === "#") flags |= F_ALT;
      else if (ch === "0") flags |= F_ZERO;
      else break;
      ch = advance();
    }
    if (ch === "*") {
      const v = argSource();
      if (typeof v !== "number" && typeof v !== "bigint" && typeof v !== "boolean") {
        raise("TypeError", "* wants int");
      }
      const w = typeof v === "boolean" ? (v ? 1 : 0) : v;
      if (w > 9223372036854775807n || w < -9223372036854775807n) {
        raise("OverflowError", "Python int too large to convert to C ssize_t");
      }
      width = Number(w);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      ch = advance();
    } else if (ch >= "0" && ch <= "9") {
      let acc = BigInt(ch.charCodeAt(0) - 48);
      ch = advance();
      while (ch >= "0" && ch <= "9") {
        acc = acc * 10n + BigInt(ch.charCodeAt(0) - 48);
        if (acc > 9223372036854775807n) raise("ValueError", "width too big");
        ch = advance();
      }
      width = Number(acc);
    }
    if (ch === ".") {
      prec = 0;
      ch = advance();
      if (ch === "*") {
        const v = argSource();
        if (typeof v !== "number" && typeof v !== "bigint" && typeof v !== "boolean") {
          raise("TypeError", "* wants int");
        }
        const p = typeof v === "boolean" ? (v ? 1 : 0) : v;
        if (p > 2147483647 || p < -2147483648) {
          raise("OverflowError", "Python int too large to convert to C int");
        }
        prec = Math.max(Number(p), 0);
        ch = advance();
      } else if (ch >= "0" && ch <= "9") {
        prec = ch.charCodeAt(0) - 48;
        ch = advance();
        while (ch >= "0" && ch <= "9") {
          prec = prec * 10 + (ch.charCodeAt(0) - 48);
          if (prec > 2147483647) raise("ValueError", "precision too big");
          ch = advance();
        }
      }
    }
    // Length modifiers of C are accepted and ignored.
    if (ch === "h" || ch === "l" || ch === "L") ch = advance();
    if (ch === "") raise("ValueError", "incomplete format");
    // The argument is fetched before the conversion character is checked.
    const v = argSource();
    out.push(formatOne(v, ch, flags, width, prec, fmt, pos, conv));
  }
  if (mapping === null && argIndex < items.length) {
    raise("TypeError", "not all arguments converted during string formatting");
  }
  return out.join("");
}

function formatOne(
  v: PyObject,
  ch: string,
  flags: number,
  width: number,
  prec: number,
  fmt: string,
  pos: number,
  conv: PercentConversions,
): string {
  let s: string;
  let numeric = false;
  switch (ch) {
    case "s":
      s = typeof v === "string" ? v : typeof v === "number" ? String(v) : conv.str(v);
      break;
    case "r":
      s = typeof v === "number" ? String(v) : conv.repr(v);
      break;
    case "a":
      s = typeof v === "number" ? String(v) : conv.ascii(v);
      break;
    case "i":
    case "d":
    case "u":
    case "o":
    case "x":
    case "X":
      s = formatLong(formatLongArg(v, ch, conv), (flags & F_ALT) !== 0, prec, ch);
      numeric = true;
      break;
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
      s = formatDouble(floatArg(v, conv), ch, prec < 0 ? 6 : prec, (flags & F_ALT) ? DTSF_ALT : 0);
      numeric = true;
      break;
    case "c":
      s = charArg(v, conv);
      break;
    default: {
      const code = ch.codePointAt(0)!;
      // The index counts code points, as CPython's does.
      const index = codePointLength(fmt.slice(0, pos)) - 1;
      raise(
        "ValueError",
        `unsupported format character '${code >= 31 && code <= 126 ? ch : "?"}' ` +
          `(0x${code.toString(16)}) at index ${index}`,
      );
    }
  }
  return outputArg(s, ch, flags, width, prec, numeric);
}

/** CPython: unicode_format_arg_output (sign, `#` prefix, padding, truncation). */
function outputArg(
  str: string,
  ch: string,
  flags: number,
  width: number,
  prec: number,
  numeric: boolean,
): string {
  let len = codePointLength(str);
  if (
    (width === -1 || width <= len) && (prec === -1 || prec >= len) &&
    (flags & (F_SIGN | F_BLANK)) === 0
  ) {
    return str;
  }
  const fill = numeric && (flags & F_ZERO) !== 0 ? "0" : " ";
  if ((ch === "s" || ch === "r" || ch === "a") && prec >= 0 && len > prec) {
    str = codePointPrefix(str, prec);
    len = prec;
  }
  let sign = "";
  let body = str;
  let hasSign = numeric;
  if (numeric) {
    if (str[0] === "-" || str[0] === "+") {
      sign = str[0];
      body = str.slice(1);
      len--;
    } else if (flags & F_SIGN) sign = "+";
    else if (flags & F_BLANK) sign = " ";
    else hasSign = false;
  }
  if (width < len) width = len;
  let out = "";
  if (hasSign) {
    if (fill !== " ") out += sign;
    if (width > len) width--;
  }
  let prefix = "";
  if ((flags & F_ALT) && (ch === "x" || ch === "X" || ch === "o")) {
    prefix = body.slice(0, 2);
    body = body.slice(2);
    if (fill !== " ") {
      out += prefix;
    }
    width = Math.max(width - 2, 0);
    len -= 2;
  }
  if (width > len && (flags & F_LJUST) === 0) {
    out += repeatString(fill, width - len, memoryError);
    width = len;
  }
  if (fill === " ") {
    if (hasSign) out += sign;
    if (prefix !== "") out += prefix;
  }
  out += body;
  if (width > len) out += repeatString(" ", width - len, memoryError);
  return out;
}

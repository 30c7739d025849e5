/**
 * The format-spec mini-language of `format()`, `str.format` and f-strings
 * for int, float and str, as CPython 3.11's Python/formatter_unicode.c;
 * `%`-formatting lives in `percent_format.ts` and is re-exported here.
 *
 * Widths, precisions and fill characters count code points. The `n` type
 * formats as in the "C" locale (no grouping, "." as the decimal point),
 * which is the locale CPython programs run in unless they call
 * `locale.setlocale`.
 *
 * @module
 */
import { type PyInt, raise } from "./object.ts";
import { intToFloat, intToString } from "./int.ts";
import { floatRepr } from "./float.ts";
import { DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, formatDouble } from "./float_format.ts";
import { codePointLength, codePointPrefix, decimalValue, repeatString } from "./num_text.ts";

export { type PercentConversions, percentFormat } from "./percent_format.ts";

/** A parsed format spec (CPython's InternalFormatSpec). */
export interface FormatSpec {
  fill: string;
  align: string;
  alternate: boolean;
  /** `z`: coerce negative zero to zero (3.11). */
  noNeg0: boolean;
  /** "", "+", "-" or " ". */
  sign: string;
  /** -1 when absent. */
  width: number;
  /** "" (none), ",", "_", or "_4" (underscore every four digits, for b/o/x/X). */
  thousands: string;
  /** -1 when absent. */
  precision: number;
  /** The presentation type, "" when absent. */
  type: string;
}

function memoryError(): never {
  raise("MemoryError", "");
}

function typeChar(c: string): string {
  const code = c.codePointAt(0)!;
  return code > 32 && code < 128 ? c : "\\x" + code.toString(16);
}

function unknownPresentationType(type: string, typeName: string): never {
  raise("ValueError", `Unknown format code '${typeChar(type)}' for object of type '${typeName}'`);
}

function invalidThousandsSeparator(specifier: string, type: string): never {
  raise(
    "ValueError",
    `Cannot specify '${specifier}' with '${typeChar(type === "" ? "\0" : type)}'.`,
  );
}

const MAX_SSIZE = 9223372036854775807n;

/**
 * CPython 3.11 Python/formatter_unicode.c: parse_internal_render_format_spec.
 * `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
 */
export function parseFormatSpec(
  spec: string,
  defaultType: string,
  defaultAlign: string,
  typeName: string,
): Readonly<FormatSpec> {
  // Programs format with a handful of specs, over and over.
  const key = defaultType + defaultAlign + spec;
  const cached = specCache.get(key);
  if (cached !== undefined) return cached;
  const f = parseUncached(spec, defaultType, defaultAlign, typeName);
  if (specCache.size >= 256) specCache.clear();
  specCache.set(key, f);
  return f;
}

const specCache = new Map<string, FormatSpec>();

function parseUncached(
  spec: string,
  defaultType: string,
  defaultAlign: string,
  typeName: string,
): FormatSpec {
  const cps = Array.from(spec);
  const end = cps.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: " ",
    align: defaultAlign,
    alternate: false,
    noNeg0: false,
    sign: "",
    width: -1,
    thousands: "",
    precision: -1,
    type: defaultType,
  };
  const isAlign = (c: string | undefined) => c === "<" || c === ">" || c === "=" || c === "^";
  let alignSpecified = false;
  let fillSpecified = false;
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    f.align = cps[pos + 1];
    f.fill = cps[pos];
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    f.align = cps[pos];
    alignSpecified = true;
    pos++;
  }
  if (cps[pos] === "+" || cps[pos] === "-" || cps[pos] === " ") f.sign = cps[pos++];
  if (cps[pos] === "z") {
    f.noNeg0 = true;
    pos++;
  }
  if (cps[pos] === "#") {
    f.alternate = true;
    pos++;
  }
  if (!fillSpecified && cps[pos] === "0") {
    f.fill = "0";
    // Since 3.10 a leading zero only implies '=' for types that align right.
    if (!alignSpecified && defaultAlign === ">") f.align = "=";
    pos++;
  }
  const integer = (): number => {
    let acc = 0n;
    const start = pos;
    while (pos < end) {
      const d = decimalValue(cps[pos].codePointAt(0)!);
      if (d < 0) break;
      acc = acc * 10n + BigInt(d);
      if (acc > MAX_SSIZE) raise("ValueError", "Too many decimal digits in format string");
      pos++;
    }
    return pos === start ? -1 : Number(acc);
  };
  f.width = integer();
  if (cps[pos] === ",") {
    f.thousands = ",";
    pos++;
  }
  if (cps[pos] === "_") {
    if (f.thousands !== "") raise("ValueError", "Cannot specify both ',' and '_'.");
    f.thousands = "_";
    pos++;
  }
  if (cps[pos] === "," && f.thousands === "_") {
    raise("ValueError", "Cannot specify both ',' and '_'.");
  }
  if (cps[pos] === ".") {
    pos++;
    f.precision = integer();
    if (f.precision < 0) raise("ValueError", "Format specifier missing precision");
  }
  if (end - pos > 1) {
    raise("ValueError", `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) f.type = cps[pos];
  if (f.thousands !== "") {
    switch (f.type) {
      case "d":
      case "e":
      case "f":
      case "g":
      case "E":
      case "G":
      case "%":
      case "F":
      case "":
        break;
      case "b":
      case "o":
      case "x":
      case "X":
        // Underscores group hex, octal and binary digits by four (PEP 515).
        if (f.thousands === "_") {
          f.thousands = "_4";
          break;
        }
        // falls through
      default:
        invalidThousandsSeparator(f.thousands, f.type);
    }
  }
  return f;
}

/**
 * Pads `s` (of `len` code points) to the spec's width with its fill and
 * alignment. CPython: calc_padding and fill_padding.
 */
function pad(s: string, len: number, f: FormatSpec): string {
  const total = f.width > len ? f.width : len;
  const padding = total - len;
  if (padding === 0) return s;
  let left: number;
  if (f.align === ">") left = padding;
  else if (f.align === "^") left = padding >> 1;
  else left = 0;
  return repeatString(f.fill, left, memoryError) + s +
    repeatString(f.fill, padding - left, memoryError);
}

/**
 * Inserts separators into a run of digits, padding it with zeros to at
 * least `minWidth` characters; the padding is grouped too (`'{:010,}'`
 * gives `0,001,234`). CPython: _PyUnicode_InsertThousandsGrouping.
 */
function groupDigits(digits: string, minWidth: number, groupSize: number, sep: string): string {
  minWidth = Math.max(0, minWidth);
  let remaining = digits.length;
  let end = digits.length;
  const chunks: string[] = [];
  let useSep = false;
  let done = false;
  const take = (l: number) => {
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    chunks.push(
      repeatString("0", nZeros, memoryError) + digits.slice(end - nChars, end) +
        (useSep ? sep : ""),
    );
    end -= nChars;
    remaining -= nChars;
  };
  if (groupSize > 0) {
    for (;;) {
      const l = Math.min(groupSize, Math.max(remaining, minWidth, 1));
      take(l);
      useSep = true;
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) {
        done = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!done) take(Math.max(remaining, minWidth, 1));
  return chunks.reverse().join("");
}

/**
 * Lays out `[sign][prefix][digits][.remainder]` in the spec's width: the
 * sign from the spec and the number's own sign, zero padding between sign
 * and digits for '=', and grouping of the digits. CPython:
 * calc_number_widths and fill_number.
 */
function layoutNumber(
  negative: boolean,
  prefix: string,
  digits: string,
  hasDecimal: boolean,
  remainder: string,
  f: FormatSpec,
  locale: string,
): string {
  let sign = "";
  if (f.sign === "+") sign = negative ? "-" : "+";
  else if (f.sign === " ") sign = negative ? "-" : " ";
  else if (negative) sign = "-";
  // Only the character of 'c' can be outside the BMP.
  const nonDigits = sign.length + prefix.length + (hasDecimal ? 1 : 0) + codePointLength(remainder);
  const minWidth = f.fill === "0" && f.align === "=" ? f.width - nonDigits : 0;
  let grouped: string;
  if (digits.length === 0) grouped = "";
  else if (locale === "" && minWidth <= digits.length) grouped = digits;
  else if (locale === "," || locale === "_") grouped = groupDigits(digits, minWidth, 3, locale);
  else if (locale === "_4") grouped = groupDigits(digits, minWidth, 4, "_");
  else grouped = groupDigits(digits, minWidth, 0, "");
  const body = grouped + (hasDecimal ? "." : "") + remainder;
  const padding = f.width - (nonDigits + grouped.length);
  if (padding <= 0) return sign + prefix + body;
  const fill = (n: number) => repeatString(f.fill, n, memoryError);
  switch (f.align) {
    case "<":
      return sign + prefix + body + fill(padding);
    case "^": {
      const left = padding >> 1;
      return fill(left) + sign + prefix + body + fill(padding - left);
    }
    case "=":
      return sign + prefix + fill(padding) + body;
    default:
      return fill(padding) + sign + prefix + body;
  }
}

// -- str ---------------------------------------------------------------------------------

/**
 * `format(s, spec)` for a str. CPython 3.11: _PyUnicode_FormatAdvancedWriter
 * and format_string_internal. `typeName` names the type in errors.
 */
export function formatStr(value: string, spec: string, typeName = "str"): string {
  if (spec === "") return value;
  const f = parseFormatSpec(spec, "s", "<", typeName);
  if (f.type !== "s") unknownPresentationType(f.type, typeName);
  if (f.sign !== "") {
    raise(
      "ValueError",
      f.sign === " "
        ? "Space not allowed in string format specifier"
        : "Sign not allowed in string format specifier",
    );
  }
  if (f.noNeg0) {
    raise("ValueError", "Negative zero coercion (z) not allowed in string format specifier");
  }
  if (f.alternate) {
    raise("ValueError", "Alternate form (#) not allowed in string format specifier");
  }
  if (f.align === "=") raise("ValueError", "'=' alignment not allowed in string format specifier");
  let len = codePointLength(value);
  if (f.precision >= 0 && len > f.precision) {
    value = codePointPrefix(value, f.precision);
    len = f.precision;
  }
  return pad(value, len, f);
}

// -- int ---------------------------------------------------------------------------------

/**
 * `format(n, spec)` for an int. CPython 3.11: _PyLong_FormatAdvancedWriter
 * and format_long_internal; float presentation types convert to float
 * first. `typeName` names the type in errors: a bool comes as 0/1 with
 * "bool", except that `format(True, '')` is `str(True)`, the caller's job.
 */
export function formatInt(value: PyInt, spec: string, typeName = "int"): string {
  if (spec === "") return intToString(value);
  const f = parseFormatSpec(spec, "d", ">", typeName);
  switch (f.type) {
    case "b":
    case "c":
    case "d":
    case "o":
    case "x":
    case "X":
    case "n":
      return formatIntWithSpec(value, f);
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "%":
      return formatFloatWithSpec(intToFloat(value), f);
    default:
      unknownPresentationType(f.type, typeName);
  }
}

function formatIntWithSpec(value: PyInt, f: FormatSpec): string {
  if (f.precision !== -1) raise("ValueError", "Precision not allowed in integer format specifier");
  if (f.noNeg0) {
    raise("ValueError", "Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (f.type === "c") {
    if (f.sign !== "") raise("ValueError", "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) {
      raise("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (value > 9223372036854775807n || value < -9223372036854775808n) {
      raise("OverflowError", "Python int too large to convert to C long");
    }
    if (value < 0 || value > 0x10ffff) raise("OverflowError", "%c arg not in range(0x110000)");
    // The character travels as "remainder": it is copied, never grouped.
    return layoutNumber(false, "", "", false, String.fromCodePoint(Number(value)), f, f.thousands);
  }
  const negative = value < 0;
  const abs = negative ? -value : value;
  let digits: string;
  let prefix = "";
  switch (f.type) {
    case "b":
      digits = abs.toString(2);
      prefix = "0b";
      break;
    case "o":
      digits = abs.toString(8);
      prefix = "0o";
      break;
    case "x":
      digits = abs.toString(16);
      prefix = "0x";
      break;
    case "X":
      digits = abs.toString(16).toUpperCase();
      prefix = "0X";
      break;
    default:
      digits = intToString(abs);
  }
  // 'n' groups as the "C" locale does: not at all.
  const locale = f.type === "n" ? "" : f.thousands;
  return layoutNumber(negative, f.alternate ? prefix : "", digits, false, "", f, locale);
}

// -- float -----------------------------------------------------------------------------

/**
 * `format(x, spec)` for a float. CPython 3.11: _PyFloat_FormatAdvancedWriter
 * and format_float_internal. With no type, the result is `str(x)` shaped by
 * the other fields, or 'g'-like with at least one digit after the point
 * when a precision is given.
 */
export function formatFloat(value: number, spec: string, typeName = "float"): string {
  if (spec === "") return floatRepr(value);
  const f = parseFormatSpec(spec, "", ">", typeName);
  switch (f.type) {
    case "":
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "n":
    case "%":
      return formatFloatWithSpec(value, f);
    default:
      unknownPresentationType(f.type, typeName);
  }
}

function formatFloatWithSpec(value: number, f: FormatSpec): string {
  if (f.precision > 2147483647) raise("ValueError", "precision too big");
  let precision = f.precision;
  let defaultPrecision = 6;
  let flags = 0;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  let type = f.type;
  if (type === "") {
    flags |= DTSF_ADD_DOT_0;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  let pct = "";
  if (type === "%") {
    type = "f";
    value *= 100;
    pct = "%";
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  let s = formatDouble(value, type, precision, flags) + pct;
  const negative = s[0] === "-";
  if (negative) s = s.slice(1);
  // Split into the leading digits, an optional '.', and the rest (fraction,
  // exponent, "%", or all of "inf"/"nan").
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++;
  const hasDecimal = s[i] === ".";
  const locale = f.type === "n" ? "" : f.thousands;
  return layoutNumber(
    negative,
    "",
    s.slice(0, i),
    hasDecimal,
    s.slice(hasDecimal ? i + 1 : i),
    f,
    locale,
  );
}

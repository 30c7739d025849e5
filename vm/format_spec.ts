/**
 * The format-spec mini-language for int, float and str (CPython 3.11
 * Python/formatter_unicode.c) and the float-to-text conversions behind it
 * (Python/pystrtod.c `format_float_short`, with exact, half-to-even decimal
 * rounding as David Gay's dtoa does).
 *
 * @module
 */
import { type PyInt, raise } from "./object.ts";
import { codePointLength } from "./str_type.ts";

/** A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`. */
export interface FormatSpec {
  fill: string;
  align: string;
  sign: string;
  noNegZero: boolean;
  alt: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

/** Parses a format spec; `what` names the object's type in errors. */
export function parseSpec(spec: string, what: string, defaultAlign: string): FormatSpec {
  const cps = [...spec];
  let i = 0;
  const out: FormatSpec = {
    fill: " ", align: "", sign: "", noNegZero: false, alt: false, width: -1, grouping: "", precision: -1, type: "",
  };
  const isAlign = (c: string | undefined) => c === "<" || c === ">" || c === "=" || c === "^";
  if (cps.length >= 2 && isAlign(cps[1])) {
    out.fill = cps[0];
    out.align = cps[1];
    i = 2;
  } else if (isAlign(cps[0])) {
    out.align = cps[0];
    i = 1;
  }
  if (cps[i] === "+" || cps[i] === "-" || cps[i] === " ") out.sign = cps[i++];
  if (cps[i] === "z") {
    out.noNegZero = true;
    i++;
  }
  if (cps[i] === "#") {
    out.alt = true;
    i++;
  }
  let fillZero = false;
  if (cps[i] === "0") {
    fillZero = true;
    i++;
  }
  let w = "";
  while (i < cps.length && cps[i] >= "0" && cps[i] <= "9") w += cps[i++];
  if (w !== "") out.width = Number(w);
  if (cps[i] === "," || cps[i] === "_") out.grouping = cps[i++];
  if (cps[i] === "," || cps[i] === "_") raise("ValueError", "Cannot specify both ',' and '_'.");
  if (cps[i] === ".") {
    i++;
    let p = "";
    while (i < cps.length && cps[i] >= "0" && cps[i] <= "9") p += cps[i++];
    if (p === "") raise("ValueError", "Format specifier missing precision");
    out.precision = Number(p);
  }
  if (cps.length - i > 1) raise("ValueError", `Invalid format specifier '${spec}' for object of type '${what}'`);
  if (i < cps.length) out.type = cps[i];
  if (fillZero && out.align === "") {
    out.fill = "0";
    out.align = "=";
  }
  if (out.align === "") out.align = defaultAlign;
  if (out.grouping !== "") {
    const t = out.type;
    const ok = out.grouping === ","
      ? ["", "d", "e", "f", "g", "E", "F", "G", "%"].includes(t)
      : ["", "d", "e", "f", "g", "E", "F", "G", "%", "b", "o", "x", "X"].includes(t);
    if (!ok) raise("ValueError", `Cannot specify '${out.grouping}' with '${t}'.`);
  }
  return out;
}

// -- Padding and grouping ---------------------------------------------------------------------

/** Inserts `sep` every `group` digits of `digits`, zero-filling to `minWidth` (CPython's InsertThousandsGrouping). */
function groupDigits(digits: string, sep: string, group: number, minWidth: number): string {
  if (sep === "") return digits.length >= minWidth ? digits : "0".repeat(minWidth - digits.length) + digits;
  let remaining = digits.length;
  let end = digits.length;
  const parts: string[] = [];
  for (;;) {
    const l = Math.min(group, Math.max(remaining, minWidth, 1));
    const zeros = Math.max(0, l - remaining);
    const chars = Math.max(0, Math.min(remaining, l));
    parts.push("0".repeat(zeros) + digits.slice(end - chars, end));
    end -= chars;
    remaining -= chars;
    minWidth -= l;
    if (remaining <= 0 && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  return parts.reverse().join(sep);
}

/** Pads `body` (with `sign`/`prefix` kept before `=` padding) to the spec's width. */
function pad(spec: FormatSpec, sign: string, prefix: string, body: string): string {
  const len = sign.length + prefix.length + codePointLength(body);
  const n = spec.width - len;
  if (n <= 0) return sign + prefix + body;
  const fill = spec.fill.repeat(n);
  switch (spec.align) {
    case "<":
      return sign + prefix + body + fill;
    case "^": {
      const left = spec.fill.repeat(n >> 1), right = spec.fill.repeat(n - (n >> 1));
      return left + sign + prefix + body + right;
    }
    case "=":
      return sign + prefix + fill + body;
    default:
      return fill + sign + prefix + body;
  }
}

/** Formats the digits of a number: grouping of the integer part, zero padding through it. */
function numberBody(spec: FormatSpec, sign: string, prefix: string, intPart: string, rest: string, group: number): string {
  if (spec.grouping !== "" || (spec.fill === "0" && spec.align === "=")) {
    const minWidth = spec.fill === "0" && spec.align === "=" ? spec.width - sign.length - prefix.length - rest.length : 0;
    if (spec.grouping !== "") {
      return pad(spec, sign, prefix, groupDigits(intPart, spec.grouping, group, minWidth) + rest);
    }
  }
  return pad(spec, sign, prefix, intPart + rest);
}

function signOf(neg: boolean, spec: FormatSpec): string {
  return neg ? "-" : spec.sign === "+" ? "+" : spec.sign === " " ? " " : "";
}

// -- int -----------------------------------------------------------------------------------------

/** `format(int, spec)`. */
export function formatInt(v: PyInt, specText: string): string {
  if (specText === "") return v.toString();
  const spec = parseSpec(specText, "int", ">");
  const t = spec.type;
  if ("eEfFgG%".includes(t) && t !== "") return formatFloatSpec(Number(v), spec);
  if (spec.precision >= 0) raise("ValueError", "Precision not allowed in integer format specifier");
  if (spec.noNegZero) raise("ValueError", "Negative zero coercion (z) not allowed in integer format specifier");
  const neg = typeof v === "bigint" ? v < 0n : v < 0;
  const abs = typeof v === "bigint" ? (neg ? -v : v) : Math.abs(v);
  let digits: string, prefix = "", group = 3;
  switch (t) {
    case "":
    case "d":
    case "n":
      digits = abs.toString();
      break;
    case "b":
      digits = abs.toString(2);
      prefix = spec.alt ? "0b" : "";
      group = 4;
      break;
    case "o":
      digits = abs.toString(8);
      prefix = spec.alt ? "0o" : "";
      group = 4;
      break;
    case "x":
      digits = abs.toString(16);
      prefix = spec.alt ? "0x" : "";
      group = 4;
      break;
    case "X":
      digits = abs.toString(16).toUpperCase();
      prefix = spec.alt ? "0X" : "";
      group = 4;
      break;
    case "c": {
      if (spec.sign !== "") raise("ValueError", "Sign not allowed with integer format specifier 'c'");
      if (spec.alt) raise("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
      const n = Number(v);
      if (n < 0 || n > 0x10ffff) raise("OverflowError", "%c arg not in range(0x110000)");
      return pad(spec, "", "", String.fromCodePoint(n));
    }
    default:
      raise("ValueError", `Unknown format code '${t}' for object of type 'int'`);
  }
  return numberBody(spec, signOf(neg, spec), prefix, digits, "", group);
}

// -- float ------------------------------------------------------------------------------------------

/** `format(float, spec)`. */
export function formatFloat(v: number, specText: string): string {
  if (specText === "") return floatToString(v, "r", 0, { addDot0: true });
  return formatFloatSpec(v, parseSpec(specText, "float", ">"));
}

function formatFloatSpec(v: number, spec: FormatSpec): string {
  let t = spec.type;
  if (!["", "e", "E", "f", "F", "g", "G", "n", "%"].includes(t)) {
    raise("ValueError", `Unknown format code '${t}' for object of type 'float'`);
  }
  let precision = spec.precision;
  let addDot0 = false;
  if (t === "") {
    addDot0 = true;
    t = precision < 0 ? "r" : "g";
  }
  if (t === "n") t = "g";
  let pct = false;
  if (t === "%") {
    t = "f";
    v *= 100;
    pct = true;
  }
  if (precision < 0) precision = t === "r" ? 0 : 6;
  let text = floatToString(Math.abs(v), t, precision, { addDot0, alt: spec.alt });
  let neg = v < 0 || Object.is(v, -0);
  if (v !== v) neg = false;
  if (spec.noNegZero && neg && /^[0.]*(e|$)/i.test(text.replace(/e.*$/i, ""))) neg = false;
  if (pct) text += "%";
  const sign = signOf(neg, spec);
  if (!Number.isFinite(v)) return pad({ ...spec, fill: spec.align === "=" && spec.fill === "0" ? " " : spec.fill }, sign, "", text);
  const cut = text.search(/[.eE%]/);
  const intPart = cut < 0 ? text : text.slice(0, cut);
  const rest = cut < 0 ? "" : text.slice(cut);
  return numberBody(spec, sign, "", intPart, rest, 3);
}

/** The exact value of a finite double as `num / den`. */
function exactRational(x: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = exp - 1075;
  }
  return e >= 0 ? [mant << BigInt(e), 1n] : [mant, 1n << BigInt(-e)];
}

function roundDiv(num: bigint, den: bigint): bigint {
  let q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  return q;
}

/** Digits and decimal-point position of positive finite `x` (`x = 0.DIGITS * 10**decpt`), as `_Py_dg_dtoa`. */
function dtoa(x: number, mode: number, ndigits: number): { digits: string; decpt: number } {
  if (x === 0) return { digits: "0", decpt: 1 };
  if (mode === 0) {
    const e = x.toExponential();
    const k = e.indexOf("e");
    return { digits: e.slice(0, k).replace(".", ""), decpt: Number(e.slice(k + 1)) + 1 };
  }
  const [num, den] = exactRational(x);
  const scaled = (p: number): bigint => p >= 0 ? roundDiv(num * 10n ** BigInt(p), den) : roundDiv(num, den * 10n ** BigInt(-p));
  let digits: string, decpt: number;
  if (mode === 3) {
    const q = scaled(ndigits);
    if (q === 0n) return { digits: "", decpt: -ndigits };
    digits = q.toString();
    decpt = digits.length - ndigits;
  } else {
    let k = Number(x.toExponential().split("e")[1]);
    let q = scaled(ndigits - 1 - k);
    if (q.toString().length > ndigits) {
      k++;
      q = scaled(ndigits - 1 - k);
    } else if (q.toString().length < ndigits) {
      k--;
      q = scaled(ndigits - 1 - k);
    }
    digits = q.toString();
    decpt = k + 1 + (digits.length - ndigits);
  }
  digits = digits.replace(/0+$/, "");
  if (digits === "") return { digits: "", decpt };
  return { digits, decpt };
}

/**
 * `PyOS_double_to_string` for non-negative `x` ('e', 'f', 'g', 'r', and the
 * upper-case forms), without the sign.
 */
export function floatToString(
  x: number,
  code: string,
  precision: number,
  flags: { addDot0?: boolean; alt?: boolean } = {},
): string {
  const upper = code === "E" || code === "F" || code === "G";
  code = code.toLowerCase();
  if (x !== x) return upper ? "NAN" : "nan";
  if (!Number.isFinite(x)) return upper ? "INF" : "inf";
  let mode: number;
  if (code === "e") {
    mode = 2;
    precision++;
  } else if (code === "f") mode = 3;
  else if (code === "g") {
    mode = 2;
    if (precision === 0) precision = 1;
  } else mode = 0;
  let { digits, decpt } = dtoa(Math.abs(x), mode, precision);
  if (digits === "") {
    digits = "0";
    decpt = 1;
    if (mode === 3) decpt = 1;
  }
  const alt = flags.alt ?? false;
  const addDot0 = flags.addDot0 ?? false;
  let vend = digits.length;
  let useExp = false;
  if (code === "e") {
    useExp = true;
    vend = precision;
  } else if (code === "f") vend = decpt + precision;
  else if (code === "g") {
    if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
    if (alt) vend = precision;
  } else if (decpt <= -4 || decpt > 16) useExp = true;
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vend = vend > decpt ? vend : decpt + 1;
  else vend = vend > decpt ? vend : decpt;
  let s = "";
  if (decpt <= 0) s += "0".repeat(decpt - vstart) + "." + "0".repeat(-decpt);
  else s += "0".repeat(-vstart);
  if (decpt > 0 && decpt <= digits.length) s += digits.slice(0, decpt) + "." + digits.slice(decpt);
  else s += digits;
  if (digits.length < decpt) s += "0".repeat(decpt - digits.length) + "." + "0".repeat(vend - decpt);
  else s += "0".repeat(Math.max(0, vend - digits.length));
  if (s.endsWith(".") && !alt) s = s.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    s += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (a < 10 ? "0" + a : String(a));
  }
  return s;
}

// -- str ---------------------------------------------------------------------------------------------

/** `format(str, spec)`. */
export function formatStr(s: string, specText: string): string {
  if (specText === "") return s;
  const spec = parseSpec(specText, "str", "<");
  if (spec.type !== "" && spec.type !== "s") raise("ValueError", `Unknown format code '${spec.type}' for object of type 'str'`);
  if (spec.sign !== "") raise("ValueError", "Sign not allowed in string format specifier");
  if (spec.alt) raise("ValueError", "Alternate form (#) not allowed in string format specifier");
  if (spec.align === "=") raise("ValueError", "'=' alignment not allowed in string format specifier");
  if (spec.grouping !== "") raise("ValueError", `Cannot specify '${spec.grouping}' with 's'.`);
  if (spec.precision >= 0) s = [...s].slice(0, spec.precision).join("");
  return pad(spec, "", "", s);
}

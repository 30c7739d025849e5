/**
 * `str.format` / `format_map` (CPython 3.11 Objects/stringlib/unicode_format.h)
 * and printf-style `%` formatting (unicodeobject.c `PyUnicode_Format`).
 *
 * @module
 */
import { PyFloat, PyHeap, type PyObject, PyThrow, PyTuple, raise, T } from "./object.ts";
import { intOf, strOf, typeLookup, typeName } from "./core.ts";
import { ascii, format, getAttr, getItem, index, repr, str } from "./abstract.ts";
import { throwMatches, raiseKeyError } from "./exceptions.ts";
import { floatToString } from "./format_spec.ts";
import { toFloat } from "./float_type.ts";
import { toInt } from "./int_type.ts";
import { PyDict } from "./dict.ts";
import { codePointLength } from "./str_type.ts";

/** `mapping[key]`, undefined for a LookupError (`str.translate`). */
export function getItemOrUndefined(mapping: PyObject, key: PyObject): PyObject | undefined {
  if (mapping instanceof PyDict && mapping.cls === T.dict) return mapping.get(key);
  try {
    return getItem(mapping, key);
  } catch (e) {
    if (e instanceof PyThrow && throwMatches(e, T.LookupError)) return undefined;
    throw e;
  }
}

// -- str.format -------------------------------------------------------------------------------

interface FormatState {
  args: readonly PyObject[];
  kwargs: PyObject | null;
  auto: number; // -1 manual, 0.. next automatic index, -2 not decided
}

/** `fmt.format(*args, **kwargs)` in vectorcall form. */
export function strFormat(fmt: string, args: PyObject[], kwnames: readonly string[] | null): string {
  const npos = kwnames === null ? args.length : args.length - kwnames.length;
  let kwargs: PyDict | null = null;
  if (kwnames !== null && kwnames.length > 0) {
    kwargs = new PyDict();
    for (let i = 0; i < kwnames.length; i++) kwargs.setStr(kwnames[i], args[npos + i]);
  }
  return render(fmt, { args: args.slice(0, npos), kwargs, auto: -2 }, 2);
}

/** `fmt.format_map(mapping)`. */
export function strFormatMap(fmt: string, mapping: PyObject): string {
  return render(fmt, { args: [], kwargs: mapping, auto: -2 }, 2);
}

function render(fmt: string, st: FormatState, depth: number): string {
  if (depth < 0) raise("ValueError", "Max string recursion exceeded");
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c === "}") {
      if (fmt[i + 1] === "}") {
        out += "}";
        i += 2;
        continue;
      }
      raise("ValueError", "Single '}' encountered in format string");
    }
    if (c !== "{") {
      out += c;
      i++;
      continue;
    }
    if (fmt[i + 1] === "{") {
      out += "{";
      i += 2;
      continue;
    }
    // Find the matching '}' (format specs may nest one level of braces).
    let j = i + 1, level = 1;
    while (j < n) {
      if (fmt[j] === "{") level++;
      else if (fmt[j] === "}" && --level === 0) break;
      j++;
    }
    if (j >= n) raise("ValueError", level > 1 ? "expected '}' before end of string" : "Single '{' encountered in format string");
    out += renderField(fmt.slice(i + 1, j), st, depth);
    i = j + 1;
  }
  return out;
}

function renderField(field: string, st: FormatState, depth: number): string {
  // field_name [! conversion] [: spec]; '!' and ':' inside [] belong to the name.
  let k = 0, bracket = false;
  while (k < field.length) {
    const c = field[k];
    if (c === "[") bracket = true;
    else if (c === "]") bracket = false;
    else if (!bracket && (c === "!" || c === ":")) break;
    k++;
  }
  const name = field.slice(0, k);
  let conversion = "";
  let spec = "";
  if (field[k] === "!") {
    if (k + 1 >= field.length) raise("ValueError", "end of string while looking for conversion specifier");
    conversion = field[k + 1];
    k += 2;
    if (k < field.length && field[k] !== ":") raise("ValueError", "expected ':' after conversion specifier");
  }
  if (field[k] === ":") spec = field.slice(k + 1);
  let value = lookupField(name, st);
  switch (conversion) {
    case "":
      break;
    case "r":
      value = repr(value);
      break;
    case "s":
      value = str(value);
      break;
    case "a":
      value = ascii(value);
      break;
    default:
      raise("ValueError", `Unknown conversion specifier ${conversion}`);
  }
  if (spec.includes("{")) spec = render(spec, st, depth - 1);
  return format(value, spec);
}

function lookupField(name: string, st: FormatState): PyObject {
  const m = /^[^.[]*/.exec(name)!;
  const first = m[0];
  let rest = name.slice(first.length);
  let obj: PyObject;
  if (first === "") {
    if (st.auto === -1) raise("ValueError", "cannot switch from manual field specification to automatic field numbering");
    if (st.auto === -2) st.auto = 0;
    const i = st.auto++;
    if (i >= st.args.length) raise("IndexError", `Replacement index ${i} out of range for positional args tuple`);
    obj = st.args[i];
  } else if (/^\d+$/.test(first)) {
    if (st.auto >= 0) raise("ValueError", "cannot switch from automatic field numbering to manual field specification");
    st.auto = -1;
    const i = Number(first);
    if (i >= st.args.length) raise("IndexError", `Replacement index ${i} out of range for positional args tuple`);
    obj = st.args[i];
  } else {
    if (st.kwargs === null) raiseKeyError(first);
    const v = st.kwargs instanceof PyDict ? st.kwargs.get(first) : getItemOrUndefined(st.kwargs, first);
    if (v === undefined) raiseKeyError(first);
    obj = v;
  }
  while (rest.length > 0) {
    if (rest[0] === ".") {
      const a = /^\.([^.[]*)/.exec(rest)!;
      if (a[1] === "") raise("ValueError", "Empty attribute in format string");
      obj = getAttr(obj, a[1]);
      rest = rest.slice(a[0].length);
    } else if (rest[0] === "[") {
      const close = rest.indexOf("]");
      if (close < 0) raise("ValueError", "Missing ']' in format string");
      const key = rest.slice(1, close);
      if (key === "") raise("ValueError", "Empty attribute in format string");
      obj = getItem(obj, /^\d+$/.test(key) ? Number(key) : key);
      rest = rest.slice(close + 1);
      if (rest.length > 0 && rest[0] !== "." && rest[0] !== "[") {
        raise("ValueError", "Only '.' or '[' may follow ']' in format field specifier");
      }
    } else raise("ValueError", "Only '.' or '[' may follow ']' in format field specifier");
  }
  return obj;
}

// -- printf-style formatting --------------------------------------------------------------------

function isMapping(x: PyObject): boolean {
  if (!(x instanceof PyHeap) || x instanceof PyTuple) return false;
  return typeLookup(x.cls, "__getitem__") !== undefined && strOf(x) === undefined;
}

/** `fmt % args`. */
export function percentFormat(fmt: string, argsObj: PyObject): string {
  const tupleArgs = argsObj instanceof PyTuple ? argsObj.items : null;
  const args: readonly PyObject[] = tupleArgs ?? [argsObj];
  const dict = tupleArgs === null && isMapping(argsObj) ? argsObj : null;
  let argi = 0;
  let usedDict = false;
  const next = (): PyObject => {
    if (argi >= args.length) raise("TypeError", "not enough arguments for format string");
    return args[argi++];
  };
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c !== "%") {
      const k = fmt.indexOf("%", i);
      const end = k < 0 ? n : k;
      out += fmt.slice(i, end);
      i = end;
      continue;
    }
    const start = i;
    i++;
    if (i >= n) raise("ValueError", "incomplete format");
    let arg: PyObject | undefined;
    if (fmt[i] === "(") {
      if (dict === null) raise("TypeError", "format requires a mapping");
      let depth = 1, j = i + 1;
      while (j < n && depth > 0) {
        if (fmt[j] === "(") depth++;
        else if (fmt[j] === ")") depth--;
        j++;
      }
      if (depth > 0) raise("ValueError", "incomplete format key");
      arg = getItem(dict, fmt.slice(i + 1, j - 1));
      usedDict = true;
      i = j;
    }
    let left = false, plus = false, space = false, alt = false, zero = false;
    for (; i < n; i++) {
      const f = fmt[i];
      if (f === "-") left = true;
      else if (f === "+") plus = true;
      else if (f === " ") space = true;
      else if (f === "#") alt = true;
      else if (f === "0") zero = true;
      else break;
    }
    let width = -1;
    if (fmt[i] === "*") {
      const w = intOf(next());
      if (w === undefined) raise("TypeError", "* wants int");
      width = Number(w);
      if (width < 0) {
        left = true;
        width = -width;
      }
      i++;
    } else {
      let w = "";
      while (i < n && fmt[i] >= "0" && fmt[i] <= "9") w += fmt[i++];
      if (w !== "") width = Number(w);
    }
    let prec = -1;
    if (fmt[i] === ".") {
      i++;
      if (fmt[i] === "*") {
        const p = intOf(next());
        if (p === undefined) raise("TypeError", "* wants int");
        prec = Number(p);
        i++;
      } else {
        let p = "";
        while (i < n && fmt[i] >= "0" && fmt[i] <= "9") p += fmt[i++];
        prec = p === "" ? 0 : Number(p);
      }
    }
    while (fmt[i] === "h" || fmt[i] === "l" || fmt[i] === "L") i++;
    if (i >= n) raise("ValueError", "incomplete format");
    const type = fmt[i++];
    if (type === "%") {
      out += "%";
      continue;
    }
    const v = arg ?? next();
    let body: string;
    let sign = "";
    let prefix = "";
    let numeric = false;
    switch (type) {
      case "s":
      case "r":
      case "a": {
        body = type === "s" ? str(v) : type === "r" ? repr(v) : ascii(v);
        if (prec >= 0) body = [...body].slice(0, prec).join("");
        break;
      }
      case "c": {
        const s = strOf(v);
        if (s !== undefined) {
          if (codePointLength(s) !== 1) raise("TypeError", "%c requires int or char");
          body = s;
        } else {
          const iv = intOf(v);
          if (iv === undefined) raise("TypeError", "%c requires int or char");
          if (iv < 0 || iv > 0x10ffff) raise("OverflowError", "%c arg not in range(0x110000)");
          body = String.fromCodePoint(Number(iv));
        }
        break;
      }
      case "d":
      case "i":
      case "u":
      case "o":
      case "x":
      case "X": {
        numeric = true;
        let iv: number | bigint;
        if (type === "d" || type === "i" || type === "u") {
          if (!(v instanceof PyFloat) && intOf(v) === undefined && !hasNumber(v)) {
            raise("TypeError", `%${type} format: a real number is required, not ${typeName(v)}`);
          }
          iv = toInt(v);
        } else {
          if (intOf(v) === undefined && !(v instanceof PyHeap && typeLookup(v.cls, "__index__") !== undefined)) {
            raise("TypeError", `%${type} format: an integer is required, not ${typeName(v)}`);
          }
          iv = index(v);
        }
        const neg = typeof iv === "bigint" ? iv < 0n : iv < 0;
        const abs = typeof iv === "bigint" ? (neg ? -iv : iv) : Math.abs(iv);
        body = type === "o" ? abs.toString(8) : type === "x" ? abs.toString(16) : type === "X" ? abs.toString(16).toUpperCase() : abs.toString();
        if (prec >= 0 && body.length < prec) body = "0".repeat(prec - body.length) + body;
        if (alt && type === "o") prefix = "0o";
        else if (alt && type === "x") prefix = "0x";
        else if (alt && type === "X") prefix = "0X";
        sign = neg ? "-" : plus ? "+" : space ? " " : "";
        break;
      }
      case "e":
      case "E":
      case "f":
      case "F":
      case "g":
      case "G": {
        numeric = true;
        if (!(v instanceof PyFloat) && intOf(v) === undefined && !hasNumber(v)) {
          raise("TypeError", `must be real number, not ${typeName(v)}`);
        }
        const x = toFloat(v);
        body = floatToString(Math.abs(x), type, prec < 0 ? 6 : prec, { alt });
        const neg = x < 0 || Object.is(x, -0);
        sign = neg && x === x ? "-" : plus ? "+" : space ? " " : "";
        if (!Number.isFinite(x)) zero = false;
        break;
      }
      default:
        raise(
          "ValueError",
          `unsupported format character '${type}' (0x${type.codePointAt(0)!.toString(16)}) at index ${i - 1}`,
        );
    }
    void start;
    const len = sign.length + prefix.length + codePointLength(body);
    if (width > len) {
      const padN = width - len;
      if (left) body = sign + prefix + body + " ".repeat(padN);
      else if (zero && numeric) body = sign + prefix + "0".repeat(padN) + body;
      else body = " ".repeat(padN) + sign + prefix + body;
    } else body = sign + prefix + body;
    out += body;
  }
  if (argi < args.length && !usedDict && dict === null) {
    raise("TypeError", "not all arguments converted during string formatting");
  }
  return out;
}

function hasNumber(v: PyObject): boolean {
  if (!(v instanceof PyHeap)) return false;
  return typeLookup(v.cls, "__int__") !== undefined || typeLookup(v.cls, "__index__") !== undefined ||
    typeLookup(v.cls, "__float__") !== undefined;
}

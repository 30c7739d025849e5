/**
 * `str.format` / `format_map` (CPython 3.11 Objects/stringlib/unicode_format.h)
 * and printf-style `%` formatting (unicodeobject.c `PyUnicode_Format`).
 *
 * @module
 */
import { PyHeap, type PyObject, PyThrow, PyTuple, raise, T } from "./object.ts";
import { strOf, typeLookup, typeName } from "./core.ts";
import { ascii, format, getAttr, getItem, index, repr, str } from "./abstract.ts";
import { raiseKeyError, throwMatches } from "./exceptions.ts";
import { type PercentConversions, percentFormat } from "./format.ts";
import { toFloat } from "./float_type.ts";
import { toInt } from "./int_type.ts";
import { PyDict } from "./dict.ts";

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
export function strFormat(
  fmt: string,
  args: PyObject[],
  kwnames: readonly string[] | null,
): string {
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
    if (j >= n) {
      raise(
        "ValueError",
        level > 1 ? "expected '}' before end of string" : "Single '{' encountered in format string",
      );
    }
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
    if (k + 1 >= field.length) {
      raise("ValueError", "end of string while looking for conversion specifier");
    }
    conversion = field[k + 1];
    k += 2;
    if (k < field.length && field[k] !== ":") {
      raise("ValueError", "expected ':' after conversion specifier");
    }
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
    if (st.auto === -1) {
      raise(
        "ValueError",
        "cannot switch from manual field specification to automatic field numbering",
      );
    }
    if (st.auto === -2) st.auto = 0;
    const i = st.auto++;
    if (i >= st.args.length) {
      raise("IndexError", `Replacement index ${i} out of range for positional args tuple`);
    }
    obj = st.args[i];
  } else if (/^\d+$/.test(first)) {
    if (st.auto >= 0) {
      raise(
        "ValueError",
        "cannot switch from automatic field numbering to manual field specification",
      );
    }
    st.auto = -1;
    const i = Number(first);
    if (i >= st.args.length) {
      raise("IndexError", `Replacement index ${i} out of range for positional args tuple`);
    }
    obj = st.args[i];
  } else {
    if (st.kwargs === null) raiseKeyError(first);
    const v = st.kwargs instanceof PyDict
      ? st.kwargs.get(first)
      : getItemOrUndefined(st.kwargs, first);
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

/** The conversions `percentFormat` (`vm/percent_format.ts`) asks of Python objects. */
export const PERCENT_CONVERSIONS: PercentConversions = {
  str,
  repr,
  ascii,
  toInt: (x, wantIndex) => (wantIndex ? index(x) : toInt(x)),
  toFloat,
  typeName,
};

/** `fmt % args` for a str. */
export function strPercent(fmt: string, argsObj: PyObject): string {
  const tupleArgs = argsObj instanceof PyTuple ? argsObj.items as PyObject[] : null;
  const mapping = tupleArgs === null && isMapping(argsObj) ? argsObj : null;
  return percentFormat(
    fmt,
    tupleArgs ?? [argsObj],
    mapping === null ? null : (key) => getItem(mapping, key),
    PERCENT_CONVERSIONS,
  );
}

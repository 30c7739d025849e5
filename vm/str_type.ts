/**
 * The methods of `str` (CPython 3.11 Objects/unicodeobject.c). A str is a
 * JS string; indices count code points, so strings holding surrogate pairs
 * (astral characters) go through an array of code points, and the others,
 * the common case, use the UTF-16 indices directly.
 *
 * @module
 */
import { PyBytes, PyHeap, PyInstance, PyList, type PyObject, PyTuple, type PyType, raise, T } from "./object.ts";
import { None, NotImplemented } from "./types.ts";
import { intOf, strCompare, strOf, typeName } from "./core.ts";
import { defMethod, defMethodNoArgs, defNew, defSlot, defStatic, PyIter, SlotFlags } from "./descriptors.ts";
import { checkTupleArgs, parseArgs, positional, Signature } from "./args.ts";
import { getIter, index, iterNext, str as pyStr } from "./abstract.ts";
import { cmpResult } from "./operators.ts";
import { strHash } from "./hash.ts";
import { reprStr } from "./repr.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { repeatCount, rangeArgs, seqIndex } from "./list.ts";
import { formatStr } from "./format_spec.ts";
import { decodeBytes, encodeStr } from "./bytes_type.ts";
import { PyDict } from "./dict.ts";

export { reprStr as strRepr };

// -- Code points ------------------------------------------------------------------------------

const SURROGATE = /[\ud800-\udfff]/;
let lastStr = "";
let lastCps: string[] | null = null;

/** The code points of `s` when it has surrogates, else null (UTF-16 indices are code points). */
export function codePoints(s: string): string[] | null {
  if (s === lastStr) return lastCps;
  const cps = SURROGATE.test(s) ? Array.from(s) : null;
  lastStr = s;
  lastCps = cps;
  return cps;
}

/** `len(s)` in code points. */
export function codePointLength(s: string): number {
  if (s.length < 2) return s.length;
  const cps = codePoints(s);
  return cps === null ? s.length : cps.length;
}

/** `s[i]` in code points (i already normalized and in range). */
function charAt(s: string, i: number): string {
  const cps = codePoints(s);
  return cps === null ? s[i] : cps[i];
}

/** `s[a:b]` in code points (a, b clamped). */
export function cpSlice(s: string, a: number, b: number): string {
  const cps = codePoints(s);
  return cps === null ? s.slice(a, b) : cps.slice(a, b).join("");
}

/** A code-point index into a UTF-16 index. */
function toUnit(s: string, i: number): number {
  const cps = codePoints(s);
  if (cps === null) return i;
  let u = 0;
  for (let k = 0; k < i && k < cps.length; k++) u += cps[k].length;
  return u;
}

/** A UTF-16 index into a code-point index. */
function toCp(s: string, u: number): number {
  if (u < 0) return u;
  const cps = codePoints(s);
  if (cps === null) return u;
  return Array.from(s.slice(0, u)).length;
}

function self(x: PyObject): string {
  return strOf(x)!;
}

/** A str argument or CPython's "must be str, not int". */
function strArg(x: PyObject, what = "must be str"): string {
  const s = strOf(x);
  if (s === undefined) raise("TypeError", `${what}, not ${typeName(x)}`);
  return s;
}

// -- Iterator ------------------------------------------------------------------------------------

/** `iter(str)`. */
export class StrIterator extends PyIter {
  cls: PyType;
  s: string;
  i = 0;
  constructor(s: string) {
    super();
    this.s = s;
    this.cls = /^[\x00-\x7f]*$/.test(s) ? T.str_ascii_iterator : T.str_iterator;
  }
  next(): PyObject | undefined {
    const s = this.s;
    if (this.i >= s.length) return undefined;
    const c = s.charCodeAt(this.i);
    if (c >= 0xd800 && c <= 0xdbff && this.i + 1 < s.length) {
      const d = s.charCodeAt(this.i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.i += 2;
        return s.slice(this.i - 2, this.i);
      }
    }
    return s[this.i++];
  }
}

// -- Character classes (Python's, not JS's) -------------------------------------------------------

const SPACE_RE = /^[\s\u001c-\u001f\u0085]$/u;
/** `str.isspace` for one code point. */
export function isSpaceChar(c: string): boolean {
  return SPACE_RE.test(c) && c !== "\ufeff";
}
const ALPHA_RE = /^\p{L}$/u;
const DECIMAL_RE = /^\p{Nd}$/u;
const DIGIT_EXTRA = /^[\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u{10a40}-\u{10a43}\u{1f100}-\u{1f10a}]$/u;
const NUMERIC_RE = /^[\p{Nd}\p{Nl}\p{No}\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u4e96\u4ebf\u4ec0\u4edf\u4ee8\u4f0d\u4f70\u5104\u5146\u5169\u516b\u516d\u5341\u5343-\u5345\u534c\u53c1-\u53c4\u56db\u58f1\u58f9\u5e7a\u5efe-\u5eff\u5f0c-\u5f0e\u5f10\u62fe\u634c\u67d2\u6f06\u7396\u767e\u8086\u842c\u8cae\u8cb3\u8d30\u9621\u9646\u964c\u9678\u96f6\uf96b\uf973\uf978\uf9b2\uf9d1\uf9d3\uf9fd\u{20001}\u{20064}\u{200e2}\u{20121}\u{2092a}\u{20983}\u{2098c}\u{2099c}\u{20aea}\u{20afd}\u{20b19}\u{22390}\u{22998}\u{23b1b}\u{2626d}\u{2f890}]$/u;
const isDigitChar = (c: string) => DECIMAL_RE.test(c) || DIGIT_EXTRA.test(c);
const isNumericChar = (c: string) => NUMERIC_RE.test(c);
const isUpperChar = (c: string) => c !== c.toLowerCase() || /^\p{Lu}$/u.test(c);
const isLowerChar = (c: string) => c !== c.toUpperCase() || /^\p{Ll}$/u.test(c);
const isCased = (c: string) => isUpperChar(c) || isLowerChar(c) || /^\p{Lt}$/u.test(c);

function allChars(s: string, f: (c: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (!f(c)) return false;
  return true;
}

// -- Case mapping -------------------------------------------------------------------------------

/** Title case of one character (`'ǆ'` -> `'ǅ'`). */
function titleChar(c: string): string {
  const special: Record<string, string> = { "ǆ": "ǅ", "Ǆ": "ǅ", "ǅ": "ǅ", "ǉ": "ǈ", "Ǉ": "ǈ", "ǈ": "ǈ", "ǌ": "ǋ", "Ǌ": "ǋ", "ǋ": "ǋ", "ǳ": "ǲ", "Ǳ": "ǲ", "ǲ": "ǲ", "ß": "Ss" };
  return special[c] ?? c.toUpperCase();
}

/** `str.title()`: words are runs of cased characters. */
export function strTitle(s: string): string {
  let out = "";
  let prevCased = false;
  for (const c of s) {
    if (prevCased) out += c.toLowerCase();
    else out += titleChar(c);
    prevCased = isCased(c);
  }
  return out;
}

/** `str.capitalize()`. */
function capitalize(s: string): string {
  const cps = Array.from(s);
  if (cps.length === 0) return s;
  return titleChar(cps[0]) + cps.slice(1).join("").toLowerCase();
}

function swapcase(s: string): string {
  let out = "";
  for (const c of s) out += isUpperChar(c) ? c.toLowerCase() : isLowerChar(c) ? c.toUpperCase() : c;
  return out;
}

// -- Splitting ------------------------------------------------------------------------------------

/** `s.split(None, maxsplit)`: runs of whitespace. */
function splitWhitespace(s: string, maxsplit: number): PyObject[] {
  const out: PyObject[] = [];
  const cps = Array.from(s);
  let i = 0;
  const n = cps.length;
  while (i < n) {
    while (i < n && isSpaceChar(cps[i])) i++;
    if (i >= n) break;
    if (maxsplit === 0) {
      out.push(cps.slice(i).join(""));
      return out;
    }
    let j = i;
    while (j < n && !isSpaceChar(cps[j])) j++;
    out.push(cps.slice(i, j).join(""));
    maxsplit--;
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): PyObject[] {
  const out: PyObject[] = [];
  const cps = Array.from(s);
  let i = cps.length - 1;
  while (i >= 0) {
    while (i >= 0 && isSpaceChar(cps[i])) i--;
    if (i < 0) break;
    if (maxsplit === 0) {
      out.push(cps.slice(0, i + 1).join(""));
      break;
    }
    let j = i;
    while (j >= 0 && !isSpaceChar(cps[j])) j--;
    out.push(cps.slice(j + 1, i + 1).join(""));
    maxsplit--;
    i = j;
  }
  return out.reverse();
}

function splitSep(s: string, sep: string, maxsplit: number): PyObject[] {
  if (sep === "") raise("ValueError", "empty separator");
  const out: PyObject[] = [];
  let start = 0;
  while (maxsplit !== 0) {
    const k = s.indexOf(sep, start);
    if (k < 0) break;
    out.push(s.slice(start, k));
    start = k + sep.length;
    maxsplit--;
  }
  out.push(s.slice(start));
  return out;
}

function rsplitSep(s: string, sep: string, maxsplit: number): PyObject[] {
  if (sep === "") raise("ValueError", "empty separator");
  const out: PyObject[] = [];
  let end = s.length;
  while (maxsplit !== 0) {
    const k = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (k < 0) break;
    out.push(s.slice(k + sep.length, end));
    end = k;
    maxsplit--;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

const SPLIT_SIG = new Signature("split", ["sep", "maxsplit"]);
const RSPLIT_SIG = new Signature("rsplit", ["sep", "maxsplit"]);

function splitArgs(sig: Signature, args: PyObject[], kwnames: readonly string[] | null): [string | null, number] {
  const a = parseArgs(sig, args, kwnames);
  const sepObj = a[0] ?? None;
  const sep = sepObj === None ? null : strArg(sepObj, "must be str or None");
  let maxsplit = -1;
  if (a[1] !== undefined) {
    const m = index(a[1]);
    maxsplit = typeof m === "bigint" ? (m < 0n ? -1 : Number.MAX_SAFE_INTEGER) : m;
  }
  return [sep, maxsplit < 0 ? -1 : maxsplit];
}

const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

function splitlines(s: string, keepends: boolean): PyObject[] {
  const out: PyObject[] = [];
  let start = 0;
  for (const m of s.matchAll(LINE_BREAK)) {
    out.push(s.slice(start, keepends ? m.index! + m[0].length : m.index!));
    start = m.index! + m[0].length;
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

// -- Stripping, padding ------------------------------------------------------------------------------

function stripChars(s: string, chars: PyObject | undefined, left: boolean, right: boolean, name: string): string {
  const cps = Array.from(s);
  let pred: (c: string) => boolean;
  if (chars === undefined || chars === None) pred = isSpaceChar;
  else {
    const set = strOf(chars);
    if (set === undefined) raise("TypeError", `${name} arg must be None or str`);
    pred = (c) => set.includes(c);
  }
  let i = 0, j = cps.length;
  if (left) while (i < j && pred(cps[i])) i++;
  if (right) while (j > i && pred(cps[j - 1])) j--;
  return i === 0 && j === cps.length ? s : cps.slice(i, j).join("");
}

function padArgs(name: string, args: PyObject[], kwnames: readonly string[] | null): [number, string] {
  positional(name, args, kwnames, 1, 2);
  const w = index(args[0]);
  let fill = " ";
  if (args.length > 1) {
    const f = strOf(args[1]);
    if (f === undefined) raise("TypeError", `${name}() argument 2 must be str, not ${typeName(args[1])}`);
    if (codePointLength(f) !== 1) raise("TypeError", "The fill character must be exactly one character long");
    fill = f;
  }
  return [typeof w === "bigint" ? Number.MAX_SAFE_INTEGER : w, fill];
}

// -- Searching ------------------------------------------------------------------------------------------

/** The `start`/`end` arguments as UTF-16 offsets into `s`, or null when `start` is past the end. */
function searchBounds(s: string, args: PyObject[]): [number, number] | null {
  const conv = (v: PyObject | undefined) => v === undefined || v === None ? undefined : v;
  const a = [args[0], conv(args[1]) ?? 0, conv(args[2]) ?? Number.MAX_SAFE_INTEGER];
  const len = codePointLength(s);
  const [start, end] = rangeArgs(a as PyObject[], len);
  if (start > len) return null;
  return [toUnit(s, start), end < start ? -1 : toUnit(s, end)];
}

function find(s: string, args: PyObject[], kwnames: readonly string[] | null, name: string, rev: boolean): number {
  checkTupleArgs(name, args, kwnames, 1, 3);
  const sub = strArg(args[0]);
  const bounds = searchBounds(s, args);
  if (bounds === null) return -1;
  const [a, b] = bounds;
  if (b - a < sub.length) return -1;
  const k = rev ? s.lastIndexOf(sub, b - sub.length) : s.indexOf(sub, a);
  if (k < a || k + sub.length > b) return -1;
  return toCp(s, k);
}

function count(s: string, args: PyObject[], kwnames: readonly string[] | null): number {
  checkTupleArgs("count", args, kwnames, 1, 3);
  const sub = strArg(args[0]);
  const bounds = searchBounds(s, args);
  if (bounds === null) return 0;
  const [a, b] = bounds;
  if (b < a) return 0;
  if (sub.length === 0) return codePointLength(s.slice(a, b)) + 1;
  let n = 0;
  for (let k = s.indexOf(sub, a); k >= 0 && k + sub.length <= b; k = s.indexOf(sub, k + sub.length)) n++;
  return n;
}

function startsEnds(s: string, args: PyObject[], kwnames: readonly string[] | null, name: string, ends: boolean): boolean {
  checkTupleArgs(name, args, kwnames, 1, 3);
  const bounds = searchBounds(s, args);
  const test = (p: string) => {
    if (bounds === null || bounds[1] < bounds[0]) return false;
    const region = s.slice(bounds[0], bounds[1]);
    return ends ? region.endsWith(p) : region.startsWith(p);
  };
  const x = args[0];
  if (x instanceof PyTuple) {
    for (const p of x.items) {
      const ps = strOf(p);
      if (ps === undefined) raise("TypeError", `tuple for ${name} must only contain str, not ${typeName(p)}`);
      if (test(ps)) return true;
    }
    return false;
  }
  const p = strOf(x);
  if (p === undefined) raise("TypeError", `${name} first arg must be str or a tuple of str, not ${typeName(x)}`);
  return test(p);
}

// -- The str type -------------------------------------------------------------------------------------

const S = T.str;
const STR_SIG = new Signature("str", ["object", "encoding", "errors"]);

defNew(S, (cls, args, kwnames) => {
  const a = parseArgs(STR_SIG, args, kwnames);
  let v: string;
  if (a[1] === undefined && a[2] === undefined) v = a[0] === undefined ? "" : pyStr(a[0]);
  else {
    const o = a[0] ?? new PyBytes(new Uint8Array());
    if (!(o instanceof PyBytes)) raise("TypeError", `decoding to str: need a bytes-like object, ${typeName(o)} found`);
    v = decodeBytes(o.data, a[1] === undefined ? "utf-8" : strArg(a[1]), a[2] === undefined ? "strict" : strArg(a[2]));
  }
  if (cls === S) return v;
  const inst = new PyInstance(cls);
  inst.base = v;
  return inst;
});
defSlot(S, "__repr__", (x) => reprStr(self(x)), 0);
defSlot(S, "__str__", (x) => self(x), 0);
defSlot(S, "__hash__", (x) => strHash(self(x)), 0);
defSlot(S, "__len__", (x) => codePointLength(self(x)), 0);
defSlot(S, "__iter__", (x) => new StrIterator(self(x)), 0);
defSlot(S, "__contains__", (x, v) => {
  const sub = strOf(v);
  if (sub === undefined) raise("TypeError", `'in <string>' requires string as left operand, not ${typeName(v)}`);
  return self(x).includes(sub);
}, 1);
defSlot(S, "__getitem__", (x, key) => {
  const s = self(x);
  if (key instanceof PySlice) {
    const len = codePointLength(s);
    const [start, stop, step, n] = sliceIndices(key, len);
    if (step === 1) return cpSlice(s, start, stop);
    const cps = codePoints(s) ?? s;
    let out = "";
    for (let i = 0, j = start; i < n; i++, j += step) out += cps[j];
    return out;
  }
  let i: number;
  if (typeof key === "number") i = key;
  else {
    if (intOf(key) === undefined && !(key instanceof PyHeap && key.cls.lookup("__index__") !== undefined)) {
      raise("TypeError", `string indices must be integers, not '${typeName(key)}'`);
    }
    i = seqIndex(key, "string");
  }
  const len = codePointLength(s);
  if (i < 0) i += len;
  if (i < 0 || i >= len) raise("IndexError", "string index out of range");
  return charAt(s, i);
}, 1);
defSlot(S, "__add__", (x, o) => {
  const b = strOf(o);
  if (b === undefined) raise("TypeError", `can only concatenate str (not "${typeName(o)}") to str`);
  return self(x) + b;
}, 1, 1, SlotFlags.Sequence);
defSlot(S, "__mul__", (x, n) => self(x).repeat(repeatCount(n)), 1, 1, SlotFlags.Sequence);
defSlot(S, "__rmul__", (x, n) => self(x).repeat(repeatCount(n)), 1, 1, SlotFlags.Sequence);
defSlot(S, "__mod__", (x, args) => percentFormat(self(x), args), 1);
defSlot(S, "__rmod__", () => NotImplemented, 1);
for (const [op, name] of ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].entries()) {
  defSlot(S, name, (a, b) => {
    const y = strOf(b);
    return y === undefined ? NotImplemented : cmpResult(strCompare(self(a), y), op);
  }, 1);
}
defMethod(S, "__format__", (x, args, kwnames) => {
  positional("__format__", args, kwnames, 1, 1);
  return formatStr(self(x), strArg(args[0], "__format__() argument must be str"));
});
defMethodNoArgs(S, "__getnewargs__", (x) => new PyTuple([self(x)]));

defMethod(S, "split", (x, args, kwnames) => {
  const [sep, max] = splitArgs(SPLIT_SIG, args, kwnames);
  const s = self(x);
  return new PyList(sep === null ? splitWhitespace(s, max) : splitSep(s, sep, max));
});
defMethod(S, "rsplit", (x, args, kwnames) => {
  const [sep, max] = splitArgs(RSPLIT_SIG, args, kwnames);
  const s = self(x);
  return new PyList(sep === null ? rsplitWhitespace(s, max) : rsplitSep(s, sep, max));
});
const SPLITLINES_SIG = new Signature("splitlines", ["keepends"]);
defMethod(S, "splitlines", (x, args, kwnames) => {
  const a = parseArgs(SPLITLINES_SIG, args, kwnames);
  return new PyList(splitlines(self(x), a[0] !== undefined && index(a[0]) !== 0));
});
defMethod(S, "join", (x, args, kwnames) => {
  positional("join", args, kwnames, 1, 1);
  const sep = self(x);
  const src = args[0];
  let items: readonly PyObject[];
  if (src instanceof PyList || src instanceof PyTuple) items = src.items;
  else {
    let it: PyObject;
    try {
      it = getIter(src);
    } catch (e) {
      if (typeof src !== "string" && !(src instanceof PyHeap && src.cls.lookup("__iter__") !== undefined)) {
        raise("TypeError", "can only join an iterable");
      }
      throw e;
    }
    const arr: PyObject[] = [];
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) arr.push(v);
    items = arr;
  }
  const parts = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) {
    const s = strOf(items[i]);
    if (s === undefined) raise("TypeError", `sequence item ${i}: expected str instance, ${typeName(items[i])} found`);
    parts[i] = s;
  }
  return parts.join(sep);
});
for (const [name, l, r] of [["strip", true, true], ["lstrip", true, false], ["rstrip", false, true]] as const) {
  defMethod(S, name, (x, args, kwnames) => {
    positional(name, args, kwnames, 0, 1);
    return stripChars(self(x), args[0], l, r, name);
  });
}
defMethod(S, "replace", (x, args, kwnames) => {
  positional("replace", args, kwnames, 2, 3);
  const old = strArg(args[0], "replace() argument 1 must be str");
  const rep = strArg(args[1], "replace() argument 2 must be str");
  let n = args.length > 2 ? index(args[2]) : -1;
  if (typeof n === "bigint") n = n < 0n ? -1 : Number.MAX_SAFE_INTEGER;
  const s = self(x);
  if (n < 0) {
    if (old === "") return rep + Array.from(s).join(rep) + (s === "" ? "" : rep);
    return s.split(old).join(rep);
  }
  let out = "", start = 0, done = 0;
  if (old === "") {
    const cps = Array.from(s);
    for (let i = 0; i <= cps.length; i++) {
      if (done < n) {
        out += rep;
        done++;
      }
      if (i < cps.length) out += cps[i];
    }
    return out;
  }
  while (done < n) {
    const k = s.indexOf(old, start);
    if (k < 0) break;
    out += s.slice(start, k) + rep;
    start = k + old.length;
    done++;
  }
  return out + s.slice(start);
});
defMethod(S, "find", (x, args, kwnames) => find(self(x), args, kwnames, "find", false));
defMethod(S, "rfind", (x, args, kwnames) => find(self(x), args, kwnames, "rfind", true));
defMethod(S, "index", (x, args, kwnames) => {
  const r = find(self(x), args, kwnames, "index", false);
  if (r < 0) raise("ValueError", "substring not found");
  return r;
});
defMethod(S, "rindex", (x, args, kwnames) => {
  const r = find(self(x), args, kwnames, "rindex", true);
  if (r < 0) raise("ValueError", "substring not found");
  return r;
});
defMethod(S, "count", (x, args, kwnames) => count(self(x), args, kwnames));
defMethod(S, "startswith", (x, args, kwnames) => startsEnds(self(x), args, kwnames, "startswith", false));
defMethod(S, "endswith", (x, args, kwnames) => startsEnds(self(x), args, kwnames, "endswith", true));

function noArgsStr(name: string, f: (s: string) => PyObject): void {
  defMethodNoArgs(S, name, (x) => f(self(x)));
}
noArgsStr("upper", (s) => s.toUpperCase());
noArgsStr("lower", (s) => s.toLowerCase());
noArgsStr("casefold", (s) => s.toLowerCase().replace(/ß/g, "ss"));
noArgsStr("title", strTitle);
noArgsStr("capitalize", capitalize);
noArgsStr("swapcase", swapcase);
noArgsStr("isdigit", (s) => allChars(s, isDigitChar));
noArgsStr("isdecimal", (s) => allChars(s, (c) => DECIMAL_RE.test(c)));
noArgsStr("isnumeric", (s) => allChars(s, isNumericChar));
noArgsStr("isalpha", (s) => allChars(s, (c) => ALPHA_RE.test(c)));
noArgsStr("isalnum", (s) => allChars(s, (c) => ALPHA_RE.test(c) || isNumericChar(c) || isDigitChar(c)));
noArgsStr("isspace", (s) => allChars(s, isSpaceChar));
noArgsStr("isascii", (s) => /^[\x00-\x7f]*$/.test(s));
noArgsStr("isupper", (s) => {
  let cased = false;
  for (const c of s) {
    if (isLowerChar(c) || /^\p{Lt}$/u.test(c)) return false;
    if (isUpperChar(c)) cased = true;
  }
  return cased;
});
noArgsStr("islower", (s) => {
  let cased = false;
  for (const c of s) {
    if (isUpperChar(c) || /^\p{Lt}$/u.test(c)) return false;
    if (isLowerChar(c)) cased = true;
  }
  return cased;
});
noArgsStr("istitle", (s) => {
  let cased = false, prevCased = false;
  for (const c of s) {
    const upperOrTitle = /^[\p{Lu}\p{Lt}]$/u.test(c);
    if (upperOrTitle) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerChar(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
});
noArgsStr("isidentifier", (s) => /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(s));
noArgsStr("isprintable", (s) => {
  for (const c of s) if (reprStr(c).length !== c.length + 2 && c !== "'" && c !== "\\") return false;
  return true;
});

defMethod(S, "center", (x, args, kwnames) => {
  const [w, fill] = padArgs("center", args, kwnames);
  const s = self(x);
  const marg = w - codePointLength(s);
  if (marg <= 0) return s;
  const left = Math.floor(marg / 2) + (marg & w & 1);
  return fill.repeat(left) + s + fill.repeat(marg - left);
});
defMethod(S, "ljust", (x, args, kwnames) => {
  const [w, fill] = padArgs("ljust", args, kwnames);
  const s = self(x);
  return s + fill.repeat(Math.max(0, w - codePointLength(s)));
});
defMethod(S, "rjust", (x, args, kwnames) => {
  const [w, fill] = padArgs("rjust", args, kwnames);
  const s = self(x);
  return fill.repeat(Math.max(0, w - codePointLength(s))) + s;
});
defMethod(S, "zfill", (x, args, kwnames) => {
  positional("zfill", args, kwnames, 1, 1);
  const w = Number(index(args[0]));
  const s = self(x);
  const fill = w - codePointLength(s);
  if (fill <= 0) return s;
  if (s[0] === "+" || s[0] === "-") return s[0] + "0".repeat(fill) + s.slice(1);
  return "0".repeat(fill) + s;
});
for (const [name, rev] of [["partition", false], ["rpartition", true]] as const) {
  defMethod(S, name, (x, args, kwnames) => {
    positional(name, args, kwnames, 1, 1);
    const sep = strArg(args[0]);
    if (sep === "") raise("ValueError", "empty separator");
    const s = self(x);
    const k = rev ? s.lastIndexOf(sep) : s.indexOf(sep);
    if (k < 0) return new PyTuple(rev ? ["", "", s] : [s, "", ""]);
    return new PyTuple([s.slice(0, k), sep, s.slice(k + sep.length)]);
  });
}
const EXPANDTABS_SIG = new Signature("expandtabs", ["tabsize"]);
defMethod(S, "expandtabs", (x, args, kwnames) => {
  const a = parseArgs(EXPANDTABS_SIG, args, kwnames);
  const size = a[0] === undefined ? 8 : Number(index(a[0]));
  let out = "", col = 0;
  for (const c of self(x)) {
    if (c === "\t") {
      if (size > 0) {
        const n = size - (col % size);
        out += " ".repeat(n);
        col += n;
      }
    } else if (c === "\n" || c === "\r") {
      out += c;
      col = 0;
    } else {
      out += c;
      col++;
    }
  }
  return out;
});
defMethod(S, "removeprefix", (x, args, kwnames) => {
  positional("removeprefix", args, kwnames, 1, 1);
  const p = strArg(args[0], "removeprefix() argument must be str");
  const s = self(x);
  return p !== "" && s.startsWith(p) ? s.slice(p.length) : s;
});
defMethod(S, "removesuffix", (x, args, kwnames) => {
  positional("removesuffix", args, kwnames, 1, 1);
  const p = strArg(args[0], "removesuffix() argument must be str");
  const s = self(x);
  return p !== "" && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
});
const ENCODE_SIG = new Signature("encode", ["encoding", "errors"]);
defMethod(S, "encode", (x, args, kwnames) => {
  const a = parseArgs(ENCODE_SIG, args, kwnames);
  const enc = a[0] === undefined ? "utf-8" : strArg(a[0], "encode() argument 'encoding' must be str");
  const errors = a[1] === undefined ? "strict" : strArg(a[1], "encode() argument 'errors' must be str");
  return new PyBytes(encodeStr(self(x), enc, errors));
});
defMethod(S, "translate", (x, args, kwnames) => {
  positional("translate", args, kwnames, 1, 1);
  const table = args[0];
  let out = "";
  for (const c of self(x)) {
    let r: PyObject | undefined;
    try {
      r = getItemOrUndefined(table, c.codePointAt(0)!);
    } catch (e) {
      throw e;
    }
    if (r === undefined) out += c;
    else if (r === None) continue;
    else {
      const i = intOf(r);
      if (i !== undefined) out += String.fromCodePoint(Number(i));
      else out += strArg(r, "character mapping must return integer, None or str");
    }
  }
  return out;
});
defStatic(S, "maketrans", (args, kwnames) => {
  positional("maketrans", args, kwnames, 1, 3);
  const d = new PyDict();
  if (args.length === 1) {
    const src = args[0];
    if (!(src instanceof PyDict)) raise("TypeError", "if you give only one argument to maketrans it must be a dict");
    src.forEach((k, v) => {
      const ks = strOf(k);
      if (ks !== undefined) {
        if (codePointLength(ks) !== 1) raise("ValueError", "string keys in translate table must be of length 1");
        d.set(ks.codePointAt(0)!, v);
      } else d.set(k, v);
    });
    return d;
  }
  const a = Array.from(strArg(args[0], "maketrans() argument 1 must be str"));
  const b = Array.from(strArg(args[1], "maketrans() argument 2 must be str"));
  if (a.length !== b.length) raise("ValueError", "the first two maketrans arguments must have equal length");
  for (let i = 0; i < a.length; i++) d.set(a[i].codePointAt(0)!, b[i].codePointAt(0)!);
  if (args.length === 3) for (const c of strArg(args[2], "maketrans() argument 3 must be str")) d.set(c.codePointAt(0)!, None);
  return d;
});
defMethod(S, "format", (x, args, kwnames) => strFormat(self(x), args, kwnames));
defMethod(S, "format_map", (x, args, kwnames) => {
  positional("format_map", args, kwnames, 1, 1);
  return strFormatMap(self(x), args[0]);
});

import { getItemOrUndefined, percentFormat, strFormat, strFormatMap } from "./str_format.ts";

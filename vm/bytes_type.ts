/**
 * `bytes` and `bytearray` (CPython 3.11 Objects/bytesobject.c,
 * bytearrayobject.c): the basics the subset needs, and the codecs
 * (utf-8, ascii, latin-1 with strict/ignore/replace) behind `str.encode`
 * and `bytes.decode`.
 *
 * @module
 */
import { PyBytes, PyHeap, PyList, type PyObject, PyThrow, PyTuple, type PyType, raise, T } from "./object.ts";
import { None, NotImplemented } from "./types.ts";
import { intOf, strOf, typeName } from "./core.ts";
import { defClassMethod, defMethod, defMethodNoArgs, defMethodO, defNew, defSlot, PyIter, SlotFlags } from "./descriptors.ts";
import { parseArgs, positional, Signature } from "./args.ts";
import { index, toArray } from "./abstract.ts";
import { cmpResult } from "./operators.ts";
import { bytesHash } from "./hash.ts";
import { reprBytes } from "./repr.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { repeatCount, seqIndex } from "./list.ts";
import { newException } from "./exceptions.ts";

// -- Codecs ------------------------------------------------------------------------------------

function normEncoding(enc: string): string {
  const e = enc.toLowerCase().replace(/_/g, "-");
  if (e === "utf-8" || e === "utf8" || e === "u8") return "utf-8";
  if (e === "ascii" || e === "us-ascii") return "ascii";
  if (e === "latin-1" || e === "latin1" || e === "iso-8859-1" || e === "iso8859-1" || e === "l1") return "latin-1";
  raise("LookupError", `unknown encoding: ${enc}`);
}

function unicodeError(kind: "UnicodeDecodeError" | "UnicodeEncodeError", args: PyObject[]): never {
  throw new PyThrow(newException(kind, ...args), kind, "");
}

/** `str.encode(encoding, errors)`. */
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  const enc = normEncoding(encoding);
  if (enc === "utf-8") return new TextEncoder().encode(s);
  const limit = enc === "ascii" ? 0x80 : 0x100;
  const out: number[] = [];
  let pos = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < limit) out.push(c);
    else if (errors === "ignore") { /* dropped */ }
    else if (errors === "replace") out.push(0x3f);
    else {
      unicodeError("UnicodeEncodeError", [
        enc,
        s,
        pos,
        pos + 1,
        `ordinal not in range(${limit})`,
      ]);
    }
    pos++;
  }
  return Uint8Array.from(out);
}

/** `bytes.decode(encoding, errors)`. */
export function decodeBytes(data: Uint8Array, encoding: string, errors: string): string {
  const enc = normEncoding(encoding);
  if (enc === "latin-1") {
    let s = "";
    for (const b of data) s += String.fromCharCode(b);
    return s;
  }
  if (enc === "ascii") {
    let s = "";
    for (let i = 0; i < data.length; i++) {
      const b = data[i];
      if (b < 0x80) s += String.fromCharCode(b);
      else if (errors === "replace") s += "\ufffd";
      else if (errors !== "ignore") {
        unicodeError("UnicodeDecodeError", ["ascii", new PyBytes(data), i, i + 1, "ordinal not in range(128)"]);
      }
    }
    return s;
  }
  if (errors === "strict") {
    const bad = utf8Error(data);
    if (bad !== null) unicodeError("UnicodeDecodeError", ["utf-8", new PyBytes(data), bad[0], bad[1], bad[2]]);
    return new TextDecoder("utf-8", { ignoreBOM: true }).decode(data);
  }
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(data);
  return errors === "ignore" ? text.replace(/\ufffd/g, "") : text;
}

/** The first UTF-8 error as CPython reports it: [start, end, reason], or null. */
function utf8Error(d: Uint8Array): [number, number, string] | null {
  let i = 0;
  const n = d.length;
  while (i < n) {
    const b = d[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number, lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return [i, i + 1, "invalid start byte"];
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return [i, n, "unexpected end of data"];
      const c = d[i + k];
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return [i, i + k, "invalid continuation byte"];
    }
    i += need + 1;
  }
  return null;
}

// -- Construction ------------------------------------------------------------------------------------

function self(x: PyObject): PyBytes {
  return x as PyBytes;
}

function isByteArray(x: PyObject): boolean {
  return x instanceof PyBytes && (x.cls === T.bytearray || x.cls.mro.includes(T.bytearray));
}

function byteValue(v: PyObject): number {
  const i = intOf(v) ?? index(v);
  if (i < 0 || i > 255) raise("ValueError", "byte must be in range(0, 256)");
  return Number(i);
}

/** The bytes of `bytes(x)` / `bytearray(x)` for one argument. */
export function bytesFrom(x: PyObject): Uint8Array {
  if (x instanceof PyBytes) return x.data.slice();
  if (strOf(x) !== undefined) raise("TypeError", "string argument without an encoding");
  const n = intOf(x);
  if (n !== undefined) {
    if (n < 0) raise("ValueError", "negative count");
    return new Uint8Array(Number(n));
  }
  const items = toArray(x);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = intOf(items[i]) ?? index(items[i]);
    if (v < 0 || v > 255) raise("ValueError", "bytes must be in range(0, 256)");
    out[i] = Number(v);
  }
  return out;
}

const BYTES_SIG = new Signature("bytes", ["source", "encoding", "errors"]);
const BYTEARRAY_SIG = new Signature("bytearray", ["source", "encoding", "errors"]);

function construct(sig: Signature, cls: PyType, args: PyObject[], kwnames: readonly string[] | null): PyBytes {
  const a = parseArgs(sig, args, kwnames);
  let data: Uint8Array;
  if (a[0] === undefined) data = new Uint8Array();
  else if (a[1] !== undefined || a[2] !== undefined) {
    const s = strOf(a[0]);
    if (s === undefined) raise("TypeError", "encoding without a string argument");
    data = encodeStr(s, a[1] === undefined ? "utf-8" : strOf(a[1])!, a[2] === undefined ? "strict" : strOf(a[2])!);
  } else data = bytesFrom(a[0]);
  return new PyBytes(data, cls);
}

/** `iter(bytes)`. */
export class BytesIterator extends PyIter {
  cls: PyType;
  b: PyBytes;
  i = 0;
  constructor(b: PyBytes) {
    super();
    this.b = b;
    this.cls = isByteArray(b) ? T.bytearray_iterator : T.bytes_iterator;
  }
  next(): PyObject | undefined {
    return this.i < this.b.data.length ? this.b.data[this.i++] : undefined;
  }
}

function concatData(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function cmpBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function dataArg(x: PyObject): Uint8Array {
  if (x instanceof PyBytes) return x.data;
  raise("TypeError", `a bytes-like object is required, not '${typeName(x)}'`);
}

function indexOfBytes(h: Uint8Array, n: Uint8Array, from: number): number {
  outer: for (let i = from; i + n.length <= h.length; i++) {
    for (let k = 0; k < n.length; k++) if (h[i + k] !== n[k]) continue outer;
    return i;
  }
  return -1;
}

// -- Methods shared by bytes and bytearray -------------------------------------------------------------

for (const tp of [T.bytes, T.bytearray]) {
  const mut = tp === T.bytearray;
  const make = (d: Uint8Array) => new PyBytes(d, mut ? T.bytearray : T.bytes);
  defNew(tp, (cls, args, kwnames) => construct(mut ? BYTEARRAY_SIG : BYTES_SIG, cls, args, kwnames));
  if (mut) defMethod(tp, "__init__", () => None);
  defSlot(tp, "__repr__", (x) => (mut ? `bytearray(${reprBytes(self(x).data)})` : reprBytes(self(x).data)), 0);
  defSlot(tp, "__str__", (x) => (mut ? `bytearray(${reprBytes(self(x).data)})` : reprBytes(self(x).data)), 0);
  if (mut) tp.dict.set("__hash__", None);
  else defSlot(tp, "__hash__", (x) => bytesHash(self(x).data), 0);
  defSlot(tp, "__len__", (x) => self(x).data.length, 0);
  defSlot(tp, "__iter__", (x) => new BytesIterator(self(x)), 0);
  defSlot(tp, "__contains__", (x, v) => {
    const d = self(x).data;
    if (v instanceof PyBytes) return indexOfBytes(d, v.data, 0) >= 0;
    return d.includes(byteValue(v));
  }, 1);
  defSlot(tp, "__getitem__", (x, key) => {
    const d = self(x).data;
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, d.length);
      const out = new Uint8Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = d[j];
      return make(out);
    }
    let i = typeof key === "number" ? key : seqIndex(key, "byte");
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) raise("IndexError", `${mut ? "bytearray" : "index"} index out of range`);
    return d[i];
  }, 1);
  defSlot(tp, "__add__", (x, o) => {
    if (!(o instanceof PyBytes)) raise("TypeError", `can't concat ${typeName(o)} to ${tp.name}`);
    return make(concatData(self(x).data, o.data));
  }, 1, 1, SlotFlags.Sequence);
  defSlot(tp, "__mul__", (x, n) => {
    const d = self(x).data, k = repeatCount(n);
    const out = new Uint8Array(d.length * k);
    for (let i = 0; i < k; i++) out.set(d, i * d.length);
    return make(out);
  }, 1, 1, SlotFlags.Sequence);
  defSlot(tp, "__rmul__", (x, n) => {
    const d = self(x).data, k = repeatCount(n);
    const out = new Uint8Array(d.length * k);
    for (let i = 0; i < k; i++) out.set(d, i * d.length);
    return make(out);
  }, 1, 1, SlotFlags.Sequence);
  for (const [op, name] of ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].entries()) {
    defSlot(tp, name, (a, b) => {
      if (!(b instanceof PyBytes)) return NotImplemented;
      return cmpResult(cmpBytes(self(a).data, b.data), op);
    }, 1);
  }
  const DECODE_SIG = new Signature("decode", ["encoding", "errors"]);
  defMethod(tp, "decode", (x, args, kwnames) => {
    const a = parseArgs(DECODE_SIG, args, kwnames);
    return decodeBytes(self(x).data, a[0] === undefined ? "utf-8" : strOf(a[0])!, a[1] === undefined ? "strict" : strOf(a[1])!);
  });
  defMethodNoArgs(tp, "hex", (x) => Array.from(self(x).data, (b) => b.toString(16).padStart(2, "0")).join(""));
  defClassMethod(tp, "fromhex", (cls, args) => {
    const s = (strOf(args[0]) ?? "").replace(/\s+/g, "");
    if (!/^([0-9a-fA-F]{2})*$/.test(s)) raise("ValueError", "non-hexadecimal number found in fromhex() arg");
    const out = new Uint8Array(s.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
    return new PyBytes(out, cls);
  });
  defMethodO(tp, "join", (x, it) => {
    const parts = toArray(it).map((p, i) => {
      if (!(p instanceof PyBytes)) raise("TypeError", `sequence item ${i}: expected a bytes-like object, ${typeName(p)} found`);
      return p.data;
    });
    const sep = self(x).data;
    let out: Uint8Array = new Uint8Array();
    parts.forEach((p, i) => {
      out = concatData(i === 0 ? out : concatData(out, sep), p);
    });
    return make(out);
  });
  defMethod(tp, "split", (x, args, kwnames) => {
    positional("split", args, kwnames, 0, 2);
    const d = self(x).data;
    const out: PyObject[] = [];
    if (args.length === 0 || args[0] === None) {
      let i = 0;
      while (i < d.length) {
        while (i < d.length && isSpaceByte(d[i])) i++;
        if (i >= d.length) break;
        let j = i;
        while (j < d.length && !isSpaceByte(d[j])) j++;
        out.push(make(d.slice(i, j)));
        i = j;
      }
      return new PyList(out);
    }
    const sep = dataArg(args[0]);
    if (sep.length === 0) raise("ValueError", "empty separator");
    let start = 0;
    for (let k = indexOfBytes(d, sep, 0); k >= 0; k = indexOfBytes(d, sep, start)) {
      out.push(make(d.slice(start, k)));
      start = k + sep.length;
    }
    out.push(make(d.slice(start)));
    return new PyList(out);
  });
  for (const [name, l, r] of [["strip", true, true], ["lstrip", true, false], ["rstrip", false, true]] as const) {
    defMethod(tp, name, (x, args, kwnames) => {
      positional(name, args, kwnames, 0, 1);
      const d = self(x).data;
      const chars = args.length === 0 || args[0] === None ? null : dataArg(args[0]);
      const pred = (b: number) => chars === null ? isSpaceByte(b) : chars.includes(b);
      let i = 0, j = d.length;
      if (l) while (i < j && pred(d[i])) i++;
      if (r) while (j > i && pred(d[j - 1])) j--;
      return make(d.slice(i, j));
    });
  }
  defMethod(tp, "find", (x, args) => indexOfBytes(self(x).data, args[0] instanceof PyBytes ? args[0].data : Uint8Array.of(byteValue(args[0])), 0));
  defMethod(tp, "count", (x, args) => {
    const d = self(x).data, sub = args[0] instanceof PyBytes ? args[0].data : Uint8Array.of(byteValue(args[0]));
    if (sub.length === 0) return d.length + 1;
    let n = 0;
    for (let k = indexOfBytes(d, sub, 0); k >= 0; k = indexOfBytes(d, sub, k + sub.length)) n++;
    return n;
  });
  defMethod(tp, "replace", (x, args, kwnames) => {
    positional("replace", args, kwnames, 2, 3);
    const d = self(x).data, old = dataArg(args[0]), rep = dataArg(args[1]);
    const parts: Uint8Array[] = [];
    let start = 0;
    if (old.length > 0) {
      for (let k = indexOfBytes(d, old, 0); k >= 0; k = indexOfBytes(d, old, start)) {
        parts.push(d.slice(start, k), rep);
        start = k + old.length;
      }
    }
    parts.push(d.slice(start));
    return make(parts.reduce(concatData, new Uint8Array()));
  });
  for (const [name, ends] of [["startswith", false], ["endswith", true]] as const) {
    defMethod(tp, name, (x, args) => {
      const d = self(x).data;
      const test = (p: Uint8Array) => {
        if (p.length > d.length) return false;
        const off = ends ? d.length - p.length : 0;
        for (let i = 0; i < p.length; i++) if (d[off + i] !== p[i]) return false;
        return true;
      };
      const a = args[0];
      if (a instanceof PyTuple) return a.items.some((p) => test(dataArg(p)));
      return test(dataArg(a));
    });
  }
  defMethodNoArgs(tp, "upper", (x) => make(self(x).data.map((b) => (b >= 97 && b <= 122 ? b - 32 : b))));
  defMethodNoArgs(tp, "lower", (x) => make(self(x).data.map((b) => (b >= 65 && b <= 90 ? b + 32 : b))));
  defMethodNoArgs(tp, "isdigit", (x) => self(x).data.length > 0 && self(x).data.every((b) => b >= 48 && b <= 57));
  defMethodNoArgs(tp, "isalpha", (x) => self(x).data.length > 0 && self(x).data.every((b) => (b | 32) >= 97 && (b | 32) <= 122));
  defMethodNoArgs(tp, "isspace", (x) => self(x).data.length > 0 && self(x).data.every(isSpaceByte));
}

function isSpaceByte(b: number): boolean {
  return b === 32 || (b >= 9 && b <= 13);
}

// -- bytearray's mutators --------------------------------------------------------------------------

const BA = T.bytearray;
function setData(x: PyObject, d: Uint8Array): void {
  self(x).data = d;
}
defMethodO(BA, "append", (x, v) => {
  setData(x, concatData(self(x).data, Uint8Array.of(byteValue(v))));
  return None;
});
defMethodO(BA, "extend", (x, v) => {
  setData(x, concatData(self(x).data, bytesFrom(v instanceof PyBytes || v instanceof PyHeap ? v : v)));
  return None;
});
defMethod(BA, "pop", (x, args, kwnames) => {
  positional("pop", args, kwnames, 0, 1);
  const d = self(x).data;
  if (d.length === 0) raise("IndexError", "pop from empty bytearray");
  let i = args.length === 0 ? d.length - 1 : Number(index(args[0]));
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) raise("IndexError", "pop index out of range");
  const v = d[i];
  setData(x, concatData(d.slice(0, i), d.slice(i + 1)));
  return v;
});
defMethodNoArgs(BA, "clear", (x) => {
  setData(x, new Uint8Array());
  return None;
});
defMethodNoArgs(BA, "copy", (x) => new PyBytes(self(x).data.slice(), T.bytearray));
defSlot(BA, "__setitem__", (x, key, v) => {
  const d = self(x).data;
  if (key instanceof PySlice) {
    const [start, stop, step] = sliceIndices(key, d.length);
    const src = bytesFrom(v);
    if (step !== 1) raise("NotImplementedError", "extended slice assignment to bytearray");
    setData(x, concatData(concatData(d.slice(0, start), src), d.slice(Math.max(start, stop))));
    return None;
  }
  let i = seqIndex(key, "bytearray");
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) raise("IndexError", "bytearray index out of range");
  d[i] = byteValue(v);
  return None;
}, 2);
defSlot(BA, "__iadd__", (x, o) => {
  if (!(o instanceof PyBytes)) raise("TypeError", `can't concat ${typeName(o)} to bytearray`);
  setData(x, concatData(self(x).data, o.data));
  return x;
}, 1, 1, SlotFlags.Sequence);

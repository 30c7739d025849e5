/**
 * The methods of `bytes` and `bytearray` (CPython 3.11 Objects/bytesobject.c,
 * bytearrayobject.c): argument parsing and CPython's messages around the
 * pure functions of `vm/bytes.ts` and the codecs of `vm/str_codec.ts`. One
 * box class, `PyBytes`, serves both types; `cls` tells them apart, and a
 * bytearray mutates by replacing its `data`.
 *
 * @module
 */
import {
  PyBytes,
  PyHeap,
  PyList,
  type PyObject,
  PyTuple,
  type PyType,
  raise,
  T,
} from "./object.ts";
import { None, NotImplemented } from "./types.ts";
import { intOf, isSubtype, strOf, typeLookup, typeName } from "./core.ts";
import {
  defClassMethod,
  defMethod,
  defMethodNoArgs,
  defMethodO,
  defNew,
  defSlot,
  PyIter,
  SlotFlags,
} from "./descriptors.ts";
import { checkTupleArgs, parseArgs, positional, Signature } from "./args.ts";
import { ascii, getItem, index, toArray } from "./abstract.ts";
import { cmpResult } from "./operators.ts";
import { bytesHash } from "./hash.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { repeatCount, seqIndex } from "./list.ts";
import {
  bytesCapitalize,
  bytesCenter,
  bytesCompare,
  bytesConcat,
  bytesCount,
  bytesDecode,
  bytesEndswith,
  bytesExpandtabs,
  bytesFind,
  bytesFromhex,
  bytesHex,
  bytesIndexOf,
  bytesIsalnum,
  bytesIsalpha,
  bytesIsascii,
  bytesIsdigit,
  bytesIslower,
  bytesIsspace,
  bytesIstitle,
  bytesIsupper,
  bytesJoin,
  bytesLjust,
  bytesLower,
  bytesLstrip,
  bytesPartition,
  bytesRemoveprefix,
  bytesRemovesuffix,
  bytesRepeat,
  bytesReplace,
  bytesRepr,
  bytesRfind,
  bytesRindexOf,
  bytesRjust,
  bytesRpartition,
  bytesRsplit,
  bytesRstrip,
  bytesSplit,
  bytesSplitlines,
  bytesStartswith,
  bytesStrip,
  bytesSwapcase,
  bytesTitle,
  type ByteSub,
  bytesUpper,
  bytesZfill,
} from "./bytes.ts";
import { strEncode } from "./str_codec.ts";
import { PERCENT_CONVERSIONS } from "./str_format.ts";
import { type PercentConversions, percentFormat } from "./format.ts";
import { callSpecial } from "./calls.ts";

/** `str.encode(encoding, errors)` (`vm/str_codec.ts`). */
export const encodeStr: (s: string, encoding?: string, errors?: string) => Uint8Array = strEncode;
/** `bytes.decode(encoding, errors)` (`vm/str_codec.ts`). */
export const decodeBytes: (data: Uint8Array, encoding?: string, errors?: string) => string =
  bytesDecode;

function self(x: PyObject): PyBytes {
  return x as PyBytes;
}

/** Whether `x` is a bytearray (subclasses included). */
export function isByteArray(x: PyObject): boolean {
  return x instanceof PyBytes && (x.cls === T.bytearray || isSubtype(x.cls, T.bytearray));
}

/** A bytes-like argument: "a bytes-like object is required, not 'str'". */
function dataArg(x: PyObject): Uint8Array {
  if (x instanceof PyBytes) return x.data;
  raise("TypeError", `a bytes-like object is required, not '${typeName(x)}'`);
}

/** A byte value ("byte must be in range(0, 256)"). */
function byteValue(v: PyObject): number {
  const i = intOf(v) ?? index(v);
  if (i < 0 || i > 255) raise("ValueError", "byte must be in range(0, 256)");
  return Number(i);
}

/** The `sub` argument of find/count/index: bytes-like or an int byte. */
function subArg(x: PyObject): ByteSub {
  if (x instanceof PyBytes) return x.data;
  const i = intOf(x);
  if (i !== undefined) return byteValue(x);
  raise("TypeError", `argument should be integer or bytes-like object, not '${typeName(x)}'`);
}

function boundArg(v: PyObject | undefined): number | null {
  if (v === undefined || v === None) return null;
  const i = intOf(v) ?? index(v);
  return typeof i === "bigint" ? (i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : i;
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
  if (
    !(x instanceof PyHeap) ||
    (typeLookup(x.cls, "__iter__") === undefined && typeLookup(x.cls, "__getitem__") === undefined)
  ) {
    if (x instanceof PyHeap && typeLookup(x.cls, "__index__") !== undefined) {
      return bytesFrom(index(x));
    }
    raise("TypeError", `cannot convert '${typeName(x)}' object to bytes`);
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

function construct(
  sig: Signature,
  args: PyObject[],
  kwnames: readonly string[] | null,
): Uint8Array {
  const a = parseArgs(sig, args, kwnames);
  if (a[0] === undefined) return new Uint8Array();
  if (a[1] !== undefined || a[2] !== undefined) {
    const s = strOf(a[0]);
    if (s === undefined) raise("TypeError", "encoding without a string argument");
    return strEncode(
      s,
      a[1] === undefined ? "utf-8" : strOf(a[1])!,
      a[2] === undefined ? "strict" : strOf(a[2])!,
    );
  }
  return bytesFrom(a[0]);
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

// -- Methods shared by bytes and bytearray -----------------------------------------------------

const SPLIT_SIG = new Signature("split", ["sep", "maxsplit"]);
const RSPLIT_SIG = new Signature("rsplit", ["sep", "maxsplit"]);
const DECODE_SIG = new Signature("decode", ["encoding", "errors"]);
const HEX_SIG = new Signature("hex", ["sep", "bytes_per_sep"]);
const SPLITLINES_SIG = new Signature("splitlines", ["keepends"]);
const EXPANDTABS_SIG = new Signature("expandtabs", ["tabsize"]);

for (const tp of [T.bytes, T.bytearray]) {
  const mut = tp === T.bytearray;
  const make = (d: Uint8Array) => new PyBytes(d, mut ? T.bytearray : T.bytes);
  const name = tp.name;
  if (mut) {
    defNew(tp, (cls) => new PyBytes(new Uint8Array(), cls));
    defMethod(tp, "__init__", (x, args, kwnames) => {
      self(x).data = construct(BYTEARRAY_SIG, args, kwnames);
      return None;
    });
  } else defNew(tp, (cls, args, kwnames) => new PyBytes(construct(BYTES_SIG, args, kwnames), cls));
  const reprOf = (x: PyObject) => bytesRepr(self(x).data, mut ? self(x).cls.name : null);
  defSlot(tp, "__repr__", reprOf, 0);
  defSlot(tp, "__str__", reprOf, 0);
  if (mut) tp.dict.set("__hash__", None);
  else defSlot(tp, "__hash__", (x) => bytesHash(self(x).data), 0);
  defSlot(tp, "__len__", (x) => self(x).data.length, 0);
  defSlot(tp, "__iter__", (x) => new BytesIterator(self(x)), 0);
  defSlot(tp, "__contains__", (x, v) => bytesFind(self(x).data, subArg(v)) >= 0, 1);
  defSlot(tp, "__getitem__", (x, key) => {
    const d = self(x).data;
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, d.length);
      if (step === 1) return make(d.slice(start, start + n));
      const out = new Uint8Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = d[j];
      return make(out);
    }
    let i = typeof key === "number" ? key : seqIndex(key, "byte");
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) {
      raise("IndexError", mut ? "bytearray index out of range" : "index out of range");
    }
    return d[i];
  }, 1);
  defSlot(
    tp,
    "__add__",
    (x, o) => {
      if (!(o instanceof PyBytes)) raise("TypeError", `can't concat ${typeName(o)} to ${name}`);
      return make(bytesConcat(self(x).data, o.data));
    },
    1,
    1,
    SlotFlags.Sequence,
  );
  const repeat = (x: PyObject, n: PyObject) => make(bytesRepeat(self(x).data, repeatCount(n)));
  defSlot(tp, "__mul__", repeat, 1, 1, SlotFlags.Sequence);
  defSlot(tp, "__rmul__", repeat, 1, 1, SlotFlags.Sequence);
  defSlot(tp, "__mod__", (x, args) => make(bytesPercent(self(x).data, args)), 1);
  for (const [op, cmp] of ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].entries()) {
    defSlot(
      tp,
      cmp,
      (
        a,
        b,
      ) => (b instanceof PyBytes
        ? cmpResult(bytesCompare(self(a).data, b.data), op)
        : NotImplemented),
      1,
    );
  }
  defMethod(tp, "decode", (x, args, kwnames) => {
    const a = parseArgs(DECODE_SIG, args, kwnames);
    const enc = a[0] === undefined ? "utf-8" : strOf(a[0]);
    const errors = a[1] === undefined ? "strict" : strOf(a[1]);
    if (enc === undefined) {
      raise("TypeError", `decode() argument 'encoding' must be str, not ${typeName(a[0]!)}`);
    }
    if (errors === undefined) {
      raise("TypeError", `decode() argument 'errors' must be str, not ${typeName(a[1]!)}`);
    }
    return bytesDecode(self(x).data, enc, errors);
  });
  defMethod(tp, "hex", (x, args, kwnames) => {
    const a = parseArgs(HEX_SIG, args, kwnames);
    const sep = a[0] === undefined ? null : strOf(a[0]) ?? dataArg(a[0]);
    return bytesHex(self(x).data, sep, a[1] === undefined ? 1 : Number(index(a[1])));
  });
  defClassMethod(tp, "fromhex", (cls, args, kwnames) => {
    positional("fromhex", args, kwnames, 1, 1);
    const s = strOf(args[0]);
    if (s === undefined) {
      raise("TypeError", `fromhex() argument must be str, not ${typeName(args[0])}`);
    }
    return new PyBytes(bytesFromhex(s), cls);
  });
  defMethodO(tp, "join", (x, it) => {
    const parts = toArray(it).map((p, i) => {
      if (!(p instanceof PyBytes)) {
        raise(
          "TypeError",
          `sequence item ${i}: expected a bytes-like object, ${typeName(p)} found`,
        );
      }
      return p.data;
    });
    return make(bytesJoin(self(x).data, parts));
  });
  const splitArgs = (
    sig: Signature,
    args: PyObject[],
    kwnames: readonly string[] | null,
  ): [Uint8Array | null, number] => {
    const a = parseArgs(sig, args, kwnames);
    const sep = a[0] === undefined || a[0] === None ? null : dataArg(a[0]);
    const m = a[1] === undefined ? -1 : index(a[1]);
    return [sep, typeof m === "bigint" ? (m < 0n ? -1 : Number.MAX_SAFE_INTEGER) : m];
  };
  defMethod(
    tp,
    "split",
    (x, args, kwnames) =>
      new PyList(bytesSplit(self(x).data, ...splitArgs(SPLIT_SIG, args, kwnames)).map(make)),
  );
  defMethod(
    tp,
    "rsplit",
    (x, args, kwnames) =>
      new PyList(bytesRsplit(self(x).data, ...splitArgs(RSPLIT_SIG, args, kwnames)).map(make)),
  );
  defMethod(tp, "splitlines", (x, args, kwnames) => {
    const a = parseArgs(SPLITLINES_SIG, args, kwnames);
    return new PyList(
      bytesSplitlines(self(x).data, a[0] !== undefined && index(a[0]) !== 0).map(make),
    );
  });
  for (
    const [m, f] of [["strip", bytesStrip], ["lstrip", bytesLstrip], [
      "rstrip",
      bytesRstrip,
    ]] as const
  ) {
    defMethod(tp, m, (x, args, kwnames) => {
      positional(m, args, kwnames, 0, 1);
      return make(f(self(x).data, args.length === 0 || args[0] === None ? null : dataArg(args[0])));
    });
  }
  for (
    const [m, f] of [["find", bytesFind], ["rfind", bytesRfind], ["index", bytesIndexOf], [
      "rindex",
      bytesRindexOf,
    ], ["count", bytesCount]] as const
  ) {
    defMethod(tp, m, (x, args, kwnames) => {
      checkTupleArgs(m, args, kwnames, 1, 3);
      return f(self(x).data, subArg(args[0]), boundArg(args[1]), boundArg(args[2]));
    });
  }
  for (const [m, f] of [["startswith", bytesStartswith], ["endswith", bytesEndswith]] as const) {
    defMethod(tp, m, (x, args, kwnames) => {
      checkTupleArgs(m, args, kwnames, 1, 3);
      const a = args[0];
      const affix = a instanceof PyTuple ? a.items.map(dataArg) : dataArg(a);
      return f(self(x).data, affix, boundArg(args[1]), boundArg(args[2]));
    });
  }
  defMethod(tp, "replace", (x, args, kwnames) => {
    positional("replace", args, kwnames, 2, 3);
    const n = args.length > 2 ? Number(index(args[2])) : -1;
    return make(bytesReplace(self(x).data, dataArg(args[0]), dataArg(args[1]), n));
  });
  for (const [m, f] of [["partition", bytesPartition], ["rpartition", bytesRpartition]] as const) {
    defMethodO(tp, m, (x, sep) => new PyTuple(f(self(x).data, dataArg(sep)).map(make)));
  }
  for (
    const [m, f] of [["center", bytesCenter], ["ljust", bytesLjust], ["rjust", bytesRjust]] as const
  ) {
    defMethod(tp, m, (x, args, kwnames) => {
      positional(m, args, kwnames, 1, 2);
      let fill: Uint8Array | number = 32;
      if (args.length > 1) {
        const fd = args[1] instanceof PyBytes ? args[1].data : null;
        if (fd === null || fd.length !== 1) {
          raise(
            "TypeError",
            `${m}() argument 2 must be a byte string of length 1, not ${typeName(args[1])}`,
          );
        }
        fill = fd;
      }
      return make(f(self(x).data, Number(index(args[0])), fill));
    });
  }
  defMethodO(tp, "zfill", (x, w) => make(bytesZfill(self(x).data, Number(index(w)))));
  defMethod(tp, "expandtabs", (x, args, kwnames) => {
    const a = parseArgs(EXPANDTABS_SIG, args, kwnames);
    return make(bytesExpandtabs(self(x).data, a[0] === undefined ? 8 : Number(index(a[0]))));
  });
  defMethodO(tp, "removeprefix", (x, p) => make(bytesRemoveprefix(self(x).data, dataArg(p))));
  defMethodO(tp, "removesuffix", (x, p) => make(bytesRemovesuffix(self(x).data, dataArg(p))));
  const unary: readonly [string, (d: Uint8Array) => PyObject][] = [
    ["upper", (d) => make(bytesUpper(d))],
    ["lower", (d) => make(bytesLower(d))],
    ["swapcase", (d) => make(bytesSwapcase(d))],
    ["title", (d) => make(bytesTitle(d))],
    ["capitalize", (d) => make(bytesCapitalize(d))],
    ["isalpha", bytesIsalpha],
    ["isdigit", bytesIsdigit],
    ["isalnum", bytesIsalnum],
    ["isspace", bytesIsspace],
    ["isascii", bytesIsascii],
    ["islower", bytesIslower],
    ["isupper", bytesIsupper],
    ["istitle", bytesIstitle],
  ];
  for (const [m, f] of unary) defMethodNoArgs(tp, m, (x) => f(self(x).data));
}

// `bytes % args` (CPython 3.11 Objects/bytesobject.c `_PyBytes_FormatEx`): the
// str machinery over latin-1 text, with %s/%b taking bytes and %r/%a ascii().
function latin1(d: Uint8Array): string {
  let s = "";
  for (const b of d) s += String.fromCharCode(b);
  return s;
}

const BYTES_CONVERSIONS: PercentConversions = {
  ...PERCENT_CONVERSIONS,
  str(x) {
    if (x instanceof PyBytes) return latin1(x.data);
    const f = x instanceof PyHeap ? typeLookup(x.cls, "__bytes__") : undefined;
    if (f !== undefined) {
      const r = callSpecial(f, x);
      if (r instanceof PyBytes) return latin1(r.data);
      raise("TypeError", `__bytes__ returned non-bytes (type ${typeName(r)})`);
    }
    raise(
      "TypeError",
      `%b requires a bytes-like object, or an object that implements __bytes__, not '${
        typeName(x)
      }'`,
    );
  },
  repr: ascii,
};

function bytesPercent(fmt: Uint8Array, args: PyObject): Uint8Array {
  const tupleArgs = args instanceof PyTuple ? (args.items as PyObject[]) : null;
  const mapping = tupleArgs === null && args instanceof PyHeap && !(args instanceof PyBytes) &&
      typeLookup(args.cls, "__getitem__") !== undefined
    ? args
    : null;
  const text = latin1(fmt);
  if (mapping === null) checkBytesArgs(text, tupleArgs ?? [args]);
  const out = percentFormat(
    text.replace(/%b/g, "%s"),
    tupleArgs ?? [args],
    mapping === null ? null : (key) => getItem(mapping, strToBytes(key)),
    BYTES_CONVERSIONS,
  );
  const bytes = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) bytes[i] = out.charCodeAt(i) & 0xff;
  return bytes;
}

// percentFormat renders ints and strs for %s without asking the conversions;
// bytes formatting must refuse them.
function checkBytesArgs(fmt: string, args: readonly PyObject[]): void {
  let i = 0;
  for (const m of fmt.matchAll(/%(?:\([^)]*\))?[-+ #0]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.)/gs)) {
    if (m[3] === "%") continue;
    if (m[1] === "*") i++;
    if (m[2] === "*") i++;
    const v = args[i++];
    if ((m[3] === "s" || m[3] === "b") && v !== undefined && !(v instanceof PyHeap)) {
      BYTES_CONVERSIONS.str(v);
    }
  }
}

function strToBytes(s: string): PyBytes {
  return new PyBytes(Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff));
}

// -- bytearray's mutators ------------------------------------------------------------------------

const BA = T.bytearray;
function setData(x: PyObject, d: Uint8Array): void {
  self(x).data = d;
}
defMethodO(BA, "append", (x, v) => {
  setData(x, bytesConcat(self(x).data, Uint8Array.of(byteValue(v))));
  return None;
});
defMethodO(BA, "extend", (x, v) => {
  setData(x, bytesConcat(self(x).data, bytesFrom(v)));
  return None;
});
defMethod(BA, "insert", (x, args, kwnames) => {
  positional("insert", args, kwnames, 2, 2);
  const d = self(x).data;
  let i = Number(index(args[0]));
  if (i < 0) i = Math.max(0, i + d.length);
  else if (i > d.length) i = d.length;
  setData(
    x,
    bytesConcat(bytesConcat(d.slice(0, i), Uint8Array.of(byteValue(args[1]))), d.slice(i)),
  );
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
  setData(x, bytesConcat(d.slice(0, i), d.slice(i + 1)));
  return v;
});
defMethodO(BA, "remove", (x, v) => {
  const d = self(x).data;
  const i = d.indexOf(byteValue(v));
  if (i < 0) raise("ValueError", "value not found in bytearray");
  setData(x, bytesConcat(d.slice(0, i), d.slice(i + 1)));
  return None;
});
defMethodNoArgs(BA, "clear", (x) => {
  setData(x, new Uint8Array());
  return None;
});
defMethodNoArgs(BA, "reverse", (x) => {
  self(x).data.reverse();
  return None;
});
defMethodNoArgs(BA, "copy", (x) => new PyBytes(self(x).data.slice(), T.bytearray));
defSlot(BA, "__setitem__", (x, key, v) => {
  const d = self(x).data;
  if (key instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(key, d.length);
    const src = bytesFrom(v);
    if (step === 1) {
      setData(x, bytesConcat(bytesConcat(d.slice(0, start), src), d.slice(Math.max(start, stop))));
      return None;
    }
    if (src.length !== n) {
      raise(
        "ValueError",
        `attempt to assign bytes of size ${src.length} to extended slice of size ${n}`,
      );
    }
    for (let i = 0, j = start; i < n; i++, j += step) d[j] = src[i];
    return None;
  }
  let i = seqIndex(key, "bytearray");
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) raise("IndexError", "bytearray index out of range");
  d[i] = byteValue(v);
  return None;
}, 2);
defSlot(BA, "__delitem__", (x, key) => {
  const d = self(x).data;
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, d.length);
    const drop = new Set<number>();
    for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
    setData(x, d.filter((_, i) => !drop.has(i)));
    return None;
  }
  let i = seqIndex(key, "bytearray");
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) raise("IndexError", "bytearray index out of range");
  setData(x, bytesConcat(d.slice(0, i), d.slice(i + 1)));
  return None;
}, 1);
defSlot(
  BA,
  "__iadd__",
  (x, o) => {
    if (!(o instanceof PyBytes)) raise("TypeError", `can't concat ${typeName(o)} to bytearray`);
    setData(x, bytesConcat(self(x).data, o.data));
    return x;
  },
  1,
  1,
  SlotFlags.Sequence,
);
defSlot(
  BA,
  "__imul__",
  (x, n) => {
    setData(x, bytesRepeat(self(x).data, repeatCount(n)));
    return x;
  },
  1,
  1,
  SlotFlags.Sequence,
);

/**
 * The methods of `str` (CPython 3.11 Objects/unicodeobject.c). A str is a
 * JS string; indices count code points, so strings holding surrogate pairs
 * (astral characters) go through an array of code points, and the others,
 * the common case, use the UTF-16 indices directly.
 *
 * @module
 */
import {
  PyBytes,
  PyHeap,
  PyInstance,
  PyList,
  type PyObject,
  PyTuple,
  type PyType,
  raise,
  T,
} from "./object.ts";
import { None, NotImplemented } from "./types.ts";
import { intOf, strCompare, strOf, typeName } from "./core.ts";
import {
  defMethod,
  defMethodNoArgs,
  defNew,
  defSlot,
  defStatic,
  PyIter,
  SlotFlags,
} from "./descriptors.ts";
import { checkTupleArgs, parseArgs, positional, Signature } from "./args.ts";
import { getIter, index, iterNext, str as pyStr } from "./abstract.ts";
import { cmpResult } from "./operators.ts";
import { strHash } from "./hash.ts";
import { reprStr } from "./repr.ts";
import { PySlice, unpackSlice } from "./slice.ts";
import { repeatCount, seqIndex } from "./list.ts";
import { formatStr } from "./format.ts";
import { PyDict } from "./dict.ts";
import {
  bytesDecode,
  strCapitalize,
  strCasefold,
  strCenter,
  strCount,
  strEncode,
  strEndswith,
  strExpandtabs,
  strFind,
  strIndex,
  strIndexOf,
  strIsalnum,
  strIsalpha,
  strIsascii,
  strIsdecimal,
  strIsdigit,
  strIsidentifier,
  strIslower,
  strIsnumeric,
  strIsprintable,
  strIsspace,
  strIstitle,
  strIsupper,
  strLen,
  strLjust,
  strLower,
  strLstrip,
  strPartition,
  strRemoveprefix,
  strRemovesuffix,
  strReplace,
  strRfind,
  strRindexOf,
  strRjust,
  strRpartition,
  strRsplit,
  strRstrip,
  strSlice,
  strSplit,
  strSplitlines,
  strStartswith,
  strStrip,
  strSwapcase,
  strTitle,
  strTranslate,
  strUpper,
  strZfill,
} from "./str.ts";
import { getItemOrUndefined, strFormat, strFormatMap, strPercent } from "./str_format.ts";

export { reprStr as strRepr };

// -- Code points ------------------------------------------------------------------------------

/** `len(s)` in code points. */
export const codePointLength: (s: string) => number = strLen;

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
    this.cls = strIsascii(s) ? T.str_ascii_iterator : T.str_iterator;
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

// -- Argument conversions ---------------------------------------------------------------------

/** A `start`/`end` argument (`_PyEval_SliceIndex`): None is null, huge ints clamp. */
function boundArg(v: PyObject | undefined): number | null {
  if (v === undefined || v === None) return null;
  const i = intOf(v);
  if (i === undefined) {
    if (
      typeof v === "string" || !(v instanceof PyHeap) || v.cls.lookup("__index__") === undefined
    ) {
      raise("TypeError", "slice indices must be integers or None or have an __index__ method");
    }
    return clampIndex(index(v));
  }
  return clampIndex(i);
}

function clampIndex(i: number | bigint): number {
  if (typeof i === "bigint") return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return i;
}

/** The `sep`, `maxsplit` of split/rsplit. */
function splitArgs(
  sig: Signature,
  args: PyObject[],
  kwnames: readonly string[] | null,
): [string | null, number] {
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

const SPLIT_SIG = new Signature("split", ["sep", "maxsplit"]);
const RSPLIT_SIG = new Signature("rsplit", ["sep", "maxsplit"]);

function stripArg(chars: PyObject | undefined, name: string): string | null {
  if (chars === undefined || chars === None) return null;
  const set = strOf(chars);
  if (set === undefined) raise("TypeError", `${name} arg must be None or str`);
  return set;
}

function padArgs(
  name: string,
  args: PyObject[],
  kwnames: readonly string[] | null,
): [number, string] {
  positional(name, args, kwnames, 1, 2);
  const w = index(args[0]);
  let fill = " ";
  if (args.length > 1) {
    const f = strOf(args[1]);
    if (f === undefined) {
      raise("TypeError", `${name}() argument 2 must be str, not ${typeName(args[1])}`);
    }
    fill = f;
  }
  return [typeof w === "bigint" ? (w < 0n ? 0 : Number.MAX_SAFE_INTEGER) : w, fill];
}

function searchArgs(
  name: string,
  args: PyObject[],
  kwnames: readonly string[] | null,
): [string, number | null, number | null] {
  checkTupleArgs(name, args, kwnames, 1, 3);
  return [strArg(args[0]), boundArg(args[1]), boundArg(args[2])];
}

function affixArg(x: PyObject, name: string): string | string[] {
  if (x instanceof PyTuple) {
    return x.items.map((p) => {
      const ps = strOf(p);
      if (ps === undefined) {
        raise("TypeError", `tuple for ${name} must only contain str, not ${typeName(p)}`);
      }
      return ps;
    });
  }
  const p = strOf(x);
  if (p === undefined) {
    raise("TypeError", `${name} first arg must be str or a tuple of str, not ${typeName(x)}`);
  }
  return p;
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
    if (!(o instanceof PyBytes)) {
      raise("TypeError", `decoding to str: need a bytes-like object, ${typeName(o)} found`);
    }
    v = bytesDecode(
      o.data,
      a[1] === undefined ? "utf-8" : strArg(a[1]),
      a[2] === undefined ? "strict" : strArg(a[2]),
    );
  }
  if (cls === S) return v;
  const inst = new PyInstance(cls);
  inst.base = v;
  return inst;
});
defSlot(S, "__repr__", (x) => reprStr(self(x)), 0);
defSlot(S, "__str__", (x) => self(x), 0);
defSlot(S, "__hash__", (x) => strHash(self(x)), 0);
defSlot(S, "__len__", (x) => strLen(self(x)), 0);
defSlot(S, "__iter__", (x) => new StrIterator(self(x)), 0);
defSlot(S, "__contains__", (x, v) => {
  const sub = strOf(v);
  if (sub === undefined) {
    raise("TypeError", `'in <string>' requires string as left operand, not ${typeName(v)}`);
  }
  return self(x).includes(sub);
}, 1);
defSlot(S, "__getitem__", (x, key) => {
  const s = self(x);
  if (typeof key === "number") return strIndex(s, key);
  if (key instanceof PySlice) {
    const [start, stop, step] = unpackSlice(key);
    return strSlice(s, start, stop, step);
  }
  if (
    intOf(key) === undefined &&
    !(key instanceof PyHeap && key.cls.lookup("__index__") !== undefined)
  ) {
    raise("TypeError", `string indices must be integers, not '${typeName(key)}'`);
  }
  return strIndex(s, seqIndex(key, "string"));
}, 1);
defSlot(
  S,
  "__add__",
  (x, o) => {
    const b = strOf(o);
    if (b === undefined) {
      raise("TypeError", `can only concatenate str (not "${typeName(o)}") to str`);
    }
    return self(x) + b;
  },
  1,
  1,
  SlotFlags.Sequence,
);
defSlot(S, "__mul__", (x, n) => self(x).repeat(repeatCount(n)), 1, 1, SlotFlags.Sequence);
defSlot(S, "__rmul__", (x, n) => self(x).repeat(repeatCount(n)), 1, 1, SlotFlags.Sequence);
defSlot(S, "__mod__", (x, args) => strPercent(self(x), args), 1);
defSlot(S, "__rmod__", () => NotImplemented, 1);
for (const [op, name] of ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].entries()) {
  defSlot(S, name, (a, b) => {
    const y = strOf(b);
    return y === undefined ? NotImplemented : cmpResult(strCompare(self(a), y), op);
  }, 1);
}
defMethod(S, "__format__", (x, args, kwnames) => {
  positional("__format__", args, kwnames, 1, 1);
  const spec = strArg(args[0], "__format__() argument must be str");
  return spec === "" ? pyStr(x) : formatStr(self(x), spec);
});
defMethodNoArgs(S, "__getnewargs__", (x) => new PyTuple([self(x)]));

defMethod(S, "split", (x, args, kwnames) => {
  const [sep, max] = splitArgs(SPLIT_SIG, args, kwnames);
  return new PyList(strSplit(self(x), sep, max));
});
defMethod(S, "rsplit", (x, args, kwnames) => {
  const [sep, max] = splitArgs(RSPLIT_SIG, args, kwnames);
  return new PyList(strRsplit(self(x), sep, max));
});
const SPLITLINES_SIG = new Signature("splitlines", ["keepends"]);
defMethod(S, "splitlines", (x, args, kwnames) => {
  const a = parseArgs(SPLITLINES_SIG, args, kwnames);
  return new PyList(strSplitlines(self(x), a[0] !== undefined && index(a[0]) !== 0));
});
defMethod(S, "join", (x, args, kwnames) => {
  positional("join", args, kwnames, 1, 1);
  const sep = self(x);
  const src = args[0];
  let items: readonly PyObject[];
  if (src instanceof PyList || src instanceof PyTuple) items = src.items;
  else {
    if (
      typeof src !== "string" &&
      !(src instanceof PyHeap &&
        (src.cls.lookup("__iter__") !== undefined || src.cls.lookup("__getitem__") !== undefined))
    ) {
      raise("TypeError", "can only join an iterable");
    }
    const it = getIter(src);
    const arr: PyObject[] = [];
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) arr.push(v);
    items = arr;
  }
  const parts = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) {
    const s = strOf(items[i]);
    if (s === undefined) {
      raise("TypeError", `sequence item ${i}: expected str instance, ${typeName(items[i])} found`);
    }
    parts[i] = s;
  }
  return parts.join(sep);
});
for (
  const [name, f] of [["strip", strStrip], ["lstrip", strLstrip], ["rstrip", strRstrip]] as const
) {
  defMethod(S, name, (x, args, kwnames) => {
    positional(name, args, kwnames, 0, 1);
    return f(self(x), stripArg(args[0], name));
  });
}
defMethod(S, "replace", (x, args, kwnames) => {
  positional("replace", args, kwnames, 2, 3);
  const old = strArg(args[0], "replace() argument 1 must be str");
  const rep = strArg(args[1], "replace() argument 2 must be str");
  let n = args.length > 2 ? index(args[2]) : -1;
  if (typeof n === "bigint") n = n < 0n ? -1 : Number.MAX_SAFE_INTEGER;
  return strReplace(self(x), old, rep, n);
});
defMethod(S, "find", (x, args, kwnames) => strFind(self(x), ...searchArgs("find", args, kwnames)));
defMethod(
  S,
  "rfind",
  (x, args, kwnames) => strRfind(self(x), ...searchArgs("rfind", args, kwnames)),
);
defMethod(
  S,
  "index",
  (x, args, kwnames) => strIndexOf(self(x), ...searchArgs("index", args, kwnames)),
);
defMethod(
  S,
  "rindex",
  (x, args, kwnames) => strRindexOf(self(x), ...searchArgs("rindex", args, kwnames)),
);
defMethod(
  S,
  "count",
  (x, args, kwnames) => strCount(self(x), ...searchArgs("count", args, kwnames)),
);
for (const [name, f] of [["startswith", strStartswith], ["endswith", strEndswith]] as const) {
  defMethod(S, name, (x, args, kwnames) => {
    checkTupleArgs(name, args, kwnames, 1, 3);
    return f(self(x), affixArg(args[0], name), boundArg(args[1]), boundArg(args[2]));
  });
}

const NO_ARGS: readonly [string, (s: string) => PyObject][] = [
  ["upper", strUpper],
  ["lower", strLower],
  ["casefold", strCasefold],
  ["title", strTitle],
  ["capitalize", strCapitalize],
  ["swapcase", strSwapcase],
  ["isdigit", strIsdigit],
  ["isdecimal", strIsdecimal],
  ["isnumeric", strIsnumeric],
  ["isalpha", strIsalpha],
  ["isalnum", strIsalnum],
  ["isspace", strIsspace],
  ["isascii", strIsascii],
  ["isupper", strIsupper],
  ["islower", strIslower],
  ["istitle", strIstitle],
  ["isidentifier", strIsidentifier],
  ["isprintable", strIsprintable],
];
for (const [name, f] of NO_ARGS) defMethodNoArgs(S, name, (x) => f(self(x)));

for (
  const [name, f] of [["center", strCenter], ["ljust", strLjust], ["rjust", strRjust]] as const
) {
  defMethod(S, name, (x, args, kwnames) => {
    const [w, fill] = padArgs(name, args, kwnames);
    return f(self(x), w, fill);
  });
}
defMethod(S, "zfill", (x, args, kwnames) => {
  positional("zfill", args, kwnames, 1, 1);
  return strZfill(self(x), clampIndex(index(args[0])));
});
for (const [name, f] of [["partition", strPartition], ["rpartition", strRpartition]] as const) {
  defMethod(S, name, (x, args, kwnames) => {
    positional(name, args, kwnames, 1, 1);
    return new PyTuple(f(self(x), strArg(args[0])));
  });
}
const EXPANDTABS_SIG = new Signature("expandtabs", ["tabsize"]);
defMethod(S, "expandtabs", (x, args, kwnames) => {
  const a = parseArgs(EXPANDTABS_SIG, args, kwnames);
  return strExpandtabs(self(x), a[0] === undefined ? 8 : clampIndex(index(a[0])));
});
defMethod(S, "removeprefix", (x, args, kwnames) => {
  positional("removeprefix", args, kwnames, 1, 1);
  return strRemoveprefix(self(x), strArg(args[0], "removeprefix() argument must be str"));
});
defMethod(S, "removesuffix", (x, args, kwnames) => {
  positional("removesuffix", args, kwnames, 1, 1);
  return strRemovesuffix(self(x), strArg(args[0], "removesuffix() argument must be str"));
});
const ENCODE_SIG = new Signature("encode", ["encoding", "errors"]);
defMethod(S, "encode", (x, args, kwnames) => {
  const a = parseArgs(ENCODE_SIG, args, kwnames);
  const enc = a[0] === undefined
    ? "utf-8"
    : strArg(a[0], "encode() argument 'encoding' must be str");
  const errors = a[1] === undefined
    ? "strict"
    : strArg(a[1], "encode() argument 'errors' must be str");
  return new PyBytes(strEncode(self(x), enc, errors));
});
defMethod(S, "translate", (x, args, kwnames) => {
  positional("translate", args, kwnames, 1, 1);
  const table = args[0];
  return strTranslate(self(x), (cp) => {
    const r = getItemOrUndefined(table, cp);
    if (r === undefined || r === None) return r === None ? null : undefined;
    const i = intOf(r);
    if (i !== undefined) return Number(i);
    return strArg(r, "character mapping must return integer, None or str");
  });
});
defStatic(S, "maketrans", (args, kwnames) => {
  positional("maketrans", args, kwnames, 1, 3);
  const d = new PyDict();
  if (args.length === 1) {
    const src = args[0];
    if (!(src instanceof PyDict)) {
      raise("TypeError", "if you give only one argument to maketrans it must be a dict");
    }
    src.forEach((k, v) => {
      const ks = strOf(k);
      if (ks !== undefined) {
        if (codePointLength(ks) !== 1) {
          raise("ValueError", "string keys in translate table must be of length 1");
        }
        d.set(ks.codePointAt(0)!, v);
      } else d.set(k, v);
    });
    return d;
  }
  const a = Array.from(strArg(args[0], "maketrans() argument 1 must be str"));
  const b = Array.from(strArg(args[1], "maketrans() argument 2 must be str"));
  if (a.length !== b.length) {
    raise("ValueError", "the first two maketrans arguments must have equal length");
  }
  for (let i = 0; i < a.length; i++) d.set(a[i].codePointAt(0)!, b[i].codePointAt(0)!);
  if (args.length === 3) {
    for (const c of strArg(args[2], "maketrans() argument 3 must be str")) {
      d.set(c.codePointAt(0)!, None);
    }
  }
  return d;
});
defMethod(S, "format", (x, args, kwnames) => strFormat(self(x), args, kwnames));
defMethod(S, "format_map", (x, args, kwnames) => {
  positional("format_map", args, kwnames, 1, 1);
  return strFormatMap(self(x), args[0]);
});

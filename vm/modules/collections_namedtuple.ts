/**
 * `collections.namedtuple(typename, field_names, *, rename, defaults,
 * module)`: makes a tuple subclass whose fields are read-only index
 * descriptors (`_tuplegetter`), with `_make`, `_replace`, `_asdict`,
 * `_fields` and `_field_defaults`, and `__slots__ = ()` so instances stay
 * plain tuples.
 *
 * The class is an ordinary Python class made by `typeNew`; only its methods
 * are written here, as built-in callables stored in its dict. `__new__`
 * binds its arguments with the messages of a Python function whose
 * parameters are `(_cls, field1, field2, ...)`, which is what CPython's
 * generated `__new__` reports.
 *
 * @module
 */
import {
  PyBuiltinFunction,
  PyList,
  PyMethodDescriptor,
  type PyObject,
  PyTuple,
  PyType,
  raise,
  T,
  typeOf,
} from "../object.ts";
import { call, getAttr, isTrue, None, repr, str, toArray } from "../abstract.ts";
import { builtinType } from "../types.ts";
import {
  defGetSet,
  defSlot,
  PyClassMethodDescriptor,
  PyGetSetDescriptor,
  PyStaticMethod,
} from "../descriptors.ts";
import { PyDict } from "../dict.ts";
import { typeNew } from "../classes.ts";
import { strOf, typeName } from "../core.ts";
import { KEYWORDS } from "../tokenizer.ts";
import { bindPy } from "./pyargs.ts";

// -- Field descriptors ------------------------------------------------------------------

/** A read-only field of a namedtuple: item `index` of the tuple, with its own `__doc__`. */
class PyTupleGetter extends PyGetSetDescriptor {
  doc: PyObject = None;
  index = 0;
}

const TUPLEGETTER: PyType = builtinType("_tuplegetter", T.object, {
  final: true,
  module: "collections",
  key: "collections._tuplegetter",
});
defGetSet(TUPLEGETTER, "__doc__", (x) => (x as PyTupleGetter).doc);
defSlot(TUPLEGETTER, "__repr__", (x) => {
  const g = x as PyTupleGetter;
  return `_tuplegetter(${g.index}, ${repr(g.doc)})`;
}, 0);

/** The descriptor of field `index`; its messages are `_tuplegetter`'s, not `property`'s. */
export function tupleGetter(index: number, doc: PyObject): PyGetSetDescriptor {
  const g = new PyTupleGetter(
    T.tuple,
    "",
    (obj) => {
      if (!(obj instanceof PyTuple)) {
        raise(
          "TypeError",
          `descriptor for index '${index}' for tuple subclasses doesn't apply to '${
            typeName(obj)
          }' object`,
        );
      }
      if (index >= obj.items.length) raise("IndexError", "tuple index out of range");
      return obj.items[index];
    },
    (_obj, v) =>
      raise("AttributeError", v === undefined ? "can't delete attribute" : "can't set attribute"),
  );
  g.cls = TUPLEGETTER;
  g.doc = doc;
  g.index = index;
  return g;
}

// -- Validating the names -----------------------------------------------------------------

const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

const isIdentifier = (s: string) => IDENTIFIER.test(s.normalize("NFKC"));

/** `field_names` as a list of strs: a string is split on commas and whitespace. */
function fieldList(spec: PyObject): string[] {
  const s = strOf(spec);
  if (s !== undefined) return s.replaceAll(",", " ").split(/\s+/).filter((n) => n !== "");
  return toArray(spec).map((n) => str(n));
}

/** With `rename`, each unusable name becomes `_<position>`. */
function renameInvalid(names: string[]): void {
  const seen = new Set<string>();
  names.forEach((n, i) => {
    if (!isIdentifier(n) || KEYWORDS.has(n) || n.startsWith("_") || seen.has(n)) names[i] = `_${i}`;
    seen.add(n);
  });
}

function validate(typename: string, fields: readonly string[], renamed: boolean): void {
  for (const n of [typename, ...fields]) {
    if (!isIdentifier(n)) {
      raise("ValueError", `Type names and field names must be valid identifiers: ${repr(n)}`);
    }
    if (KEYWORDS.has(n)) {
      raise("ValueError", `Type names and field names cannot be a keyword: ${repr(n)}`);
    }
  }
  const seen = new Set<string>();
  for (const n of fields) {
    if (n.startsWith("_") && !renamed) {
      raise("ValueError", `Field names cannot start with an underscore: ${repr(n)}`);
    }
    if (seen.has(n)) raise("ValueError", `Encountered duplicate field name: ${repr(n)}`);
    seen.add(n);
  }
}

// -- The class ----------------------------------------------------------------------------

interface Layout {
  typename: string;
  fields: readonly string[];
  /** The defaults of the last fields, aligned to the end of `fields`. */
  defaults: readonly PyObject[];
}

function buildNew(l: Layout): PyObject {
  const qual = `${l.typename}.__new__`;
  const params = ["_cls", ...l.fields];
  const required = params.length - l.defaults.length;
  const offset = l.fields.length - l.defaults.length;
  const fn = new PyBuiltinFunction("__new__", (args, kwnames) => {
    const bound = bindPy(qual, params, required, args, kwnames);
    const cls = checkCls("tuple.__new__", bound[0]!);
    const items = l.fields.map((_, i) => bound[i + 1] ?? l.defaults[i - offset]);
    return new PyTuple(items, cls);
  }, { qualname: qual });
  return new PyStaticMethod(fn);
}

function checkCls(qualname: string, cls: PyObject): PyType {
  if (!(cls instanceof PyType)) {
    raise("TypeError", `${qualname}(X): X is not a type object (${typeName(cls)})`);
  }
  if (!cls.mro.includes(T.tuple)) {
    raise("TypeError", `${qualname}(${cls.name}): ${cls.name} is not a subtype of tuple`);
  }
  return cls;
}

function asTuple(owner: PyType, name: string, self: PyObject): PyTuple {
  if (!(self instanceof PyTuple)) {
    raise(
      "TypeError",
      `descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${
        typeName(self)
      }' object`,
    );
  }
  return self;
}

/** The methods, as descriptors owned by the new class so they bind like functions. */
function installMethods(cls: PyType, l: Layout): void {
  const n = l.fields.length;
  const d = cls.dict;
  const def = (
    name: string,
    fn: (self: PyTuple, args: PyObject[], kwnames: readonly string[] | null) => PyObject,
  ) => d.set(name, new PyMethodDescriptor(cls, name, (x, a, k) => fn(asTuple(cls, name, x), a, k)));
  const noArgs = (name: string, fn: (self: PyTuple) => PyObject) =>
    def(name, (x, a, k) => {
      bindPy(`${l.typename}.${name}`, ["self"], 1, [x, ...a], k);
      return fn(x);
    });

  d.set(
    "_make",
    new PyClassMethodDescriptor(cls, "_make", (c, args, kwnames) => {
      const [iterable] = bindPy(
        `${l.typename}._make`,
        ["cls", "iterable"],
        2,
        [c, ...args],
        kwnames,
      )
        .slice(1);
      const items = toArray(iterable!);
      const out = new PyTuple(items, c);
      if (items.length !== n) raise("TypeError", `Expected ${n} arguments, got ${items.length}`);
      return out;
    }),
  );

  // Keyword arguments name the fields to change; anything else is reported
  // after the new tuple is built, so a bad count in `_make` wins.
  def("_replace", (self, args, kwnames) => {
    const npos = args.length - (kwnames?.length ?? 0);
    bindPy(`${l.typename}._replace`, ["self"], 1, [self, ...args.slice(0, npos)], null);
    const changes = new Map<string, PyObject>();
    kwnames?.forEach((k, i) => changes.set(k, args[npos + i]));
    const items = l.fields.map((f, i) => {
      const v = changes.get(f);
      changes.delete(f);
      return v ?? self.items[i];
    });
    const out = call(getAttr(self, "_make"), [new PyList(items)], null);
    if (changes.size > 0) {
      raise("ValueError", `Got unexpected field names: ${repr(new PyList([...changes.keys()]))}`);
    }
    return out;
  });

  noArgs("__repr__", (self) => {
    const body = l.fields.map((f, i) => `${f}=${repr(self.items[i])}`).join(", ");
    return `${typeOf(self).name}(${body})`;
  });

  // Keys come from `_fields` as looked up on the instance, which a subclass may redefine.
  noArgs("_asdict", (self) => {
    const out = new PyDict();
    const names = toArray(getAttr(self, "_fields"));
    for (let i = 0; i < names.length && i < self.items.length; i++) {
      out.set(names[i], self.items[i]);
    }
    return out;
  });

  noArgs("__getnewargs__", (self) => new PyTuple(self.items));
  cls.touch();
}

const KEYWORD_ONLY = ["rename", "defaults", "module"];

/** `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`. */
export const NAMEDTUPLE = new PyBuiltinFunction("namedtuple", (args, kwnames) => {
  const npos = args.length - (kwnames?.length ?? 0);
  const opts = new Map<string, PyObject>();
  const posKw: string[] = [];
  const posVals: PyObject[] = [];
  kwnames?.forEach((k, i) => {
    if (KEYWORD_ONLY.includes(k)) opts.set(k, args[npos + i]);
    else {
      posKw.push(k);
      posVals.push(args[npos + i]);
    }
  });
  const [typenameObj, fieldsObj] = bindPy(
    "namedtuple",
    ["typename", "field_names"],
    2,
    [...args.slice(0, npos), ...posVals],
    posKw.length === 0 ? null : posKw,
  ) as PyObject[];
  const rename = opts.has("rename") && isTrue(opts.get("rename")!);
  const defaultsObj = opts.get("defaults") ?? None;
  const moduleObj = opts.get("module") ?? None;

  const fields = fieldList(fieldsObj);
  const typename = str(typenameObj);
  if (rename) renameInvalid(fields);
  validate(typename, fields, rename);

  const defaults = defaultsObj === None ? [] : toArray(defaultsObj);
  if (defaults.length > fields.length) {
    raise("TypeError", "Got more default values than field names");
  }
  const fieldDefaults = new PyDict();
  const offset = fields.length - defaults.length;
  defaults.forEach((v, i) => fieldDefaults.set(fields[offset + i], v));

  const fieldTuple = new PyTuple(fields.slice());
  const layout: Layout = { typename, fields, defaults };
  const ns = new PyDict();
  ns.setStr("__doc__", `${typename}(${fields.join(", ")}${fields.length === 1 ? "," : ""})`);
  ns.setStr("__slots__", new PyTuple([]));
  ns.setStr("_fields", fieldTuple);
  ns.setStr("_field_defaults", fieldDefaults);
  ns.setStr("__new__", buildNew(layout));
  ns.setStr("__match_args__", fieldTuple);
  fields.forEach((f, i) => ns.setStr(f, tupleGetter(i, `Alias for field number ${i}`)));
  if (moduleObj !== None) ns.setStr("__module__", moduleObj);
  const cls = typeNew(typename, [T.tuple], ns);
  installMethods(cls, layout);
  return cls;
});

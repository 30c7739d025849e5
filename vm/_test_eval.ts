/**
 * A test-only evaluator of Python expressions over the object model's API,
 * so the unit tests can state cases as Python source with CPython's output
 * (there is no interpreter below the tests). Lambdas become real
 * `PyFunction`s run through `hooks.callFunction`, so they bind as methods
 * when put in a class made with `type(name, bases, dict)`.
 *
 * @module
 */
import type * as ast from "./ast.ts";
import { parseExpression } from "./parser.ts";
import type { CodeObject } from "./code.ts";
import { PyFunction, PyList, type PyObject, PyThrow, PyTuple, raise } from "./object.ts";
import {
  ascii,
  binaryOp,
  call,
  contains,
  exceptionLine,
  format,
  getAttr,
  getItem,
  getIter,
  hooks,
  isTrue,
  iterNext,
  materialize,
  None,
  repr,
  richCompare,
  str,
  toArray,
  toPy,
  unaryInvert,
  unaryNegative,
  unaryPositive,
} from "./abstract.ts";
import { PyDict } from "./dict.ts";
import { newSet } from "./set.ts";
import { PySlice } from "./slice.ts";
import { builtinsDict, setHost } from "./builtins.ts";
import { MemoryHost } from "./host.ts";
import { dictUpdate, mappingKeys } from "./dict_methods.ts";

const OPS: Record<ast.Operator, number> = {
  Add: 0,
  BitAnd: 1,
  FloorDiv: 2,
  LShift: 3,
  MatMult: 4,
  Mult: 5,
  Mod: 6,
  BitOr: 7,
  Pow: 8,
  RShift: 9,
  Sub: 10,
  Div: 11,
  BitXor: 12,
};
const CMP: Partial<Record<ast.CmpOperator, 0 | 1 | 2 | 3 | 4 | 5>> = {
  Lt: 0,
  LtE: 1,
  Eq: 2,
  NotEq: 3,
  Gt: 4,
  GtE: 5,
};

type Env = Map<string, PyObject>;

const impls = new WeakMap<
  PyFunction,
  (args: PyObject[], kwnames: readonly string[] | null) => PyObject
>();
const globals = new PyDict();
globals.setStr("__name__", "__main__");

hooks.callFunction = (fn, args, kwnames) => {
  const impl = impls.get(fn);
  if (impl === undefined) throw new Error("not a test function");
  return impl(args, kwnames);
};
hooks.globals = () => globals;

/** The host `print` writes to in tests. */
export const testHost: MemoryHost = new MemoryHost();
setHost(testHost);

/** A Python function whose body is a TypeScript closure (for tests). */
export function makeFunction(
  name: string,
  impl: (args: PyObject[], kwnames: readonly string[] | null) => PyObject,
  qualname = name,
): PyFunction {
  const code = { co_name: name, co_qualname: qualname } as unknown as CodeObject;
  const f = new PyFunction(code, globals, "__main__", None);
  impls.set(f, impl);
  return f;
}

function lambda(node: ast.Lambda, env: Env): PyFunction {
  const params = [...node.args.posonlyargs, ...node.args.args].map((a) => a.arg);
  const defaults = node.args.defaults.map((d) => evaluate(d, env));
  const vararg = node.args.vararg?.arg;
  const kwarg = node.args.kwarg?.arg;
  return makeFunction("<lambda>", (args, kwnames) => {
    const npos = kwnames === null ? args.length : args.length - kwnames.length;
    const local = new Map(env);
    const extra = new PyDict();
    kwnames?.forEach((k, i) => {
      if (!params.includes(k)) extra.setStr(k, args[npos + i]);
    });
    if (kwarg !== undefined) local.set(kwarg, extra);
    for (let i = 0; i < params.length; i++) {
      if (i < npos) local.set(params[i], args[i]);
      else {
        const k = kwnames?.indexOf(params[i]) ?? -1;
        if (k >= 0) local.set(params[i], args[npos + k]);
        else {
          const d = i - (params.length - defaults.length);
          if (d < 0) {
            raise("TypeError", `<lambda>() missing required positional argument: '${params[i]}'`);
          }
          local.set(params[i], defaults[d]);
        }
      }
    }
    if (vararg !== undefined) local.set(vararg, new PyTuple(args.slice(params.length, npos)));
    else if (npos > params.length) {
      raise(
        "TypeError",
        `<lambda>() takes ${params.length} positional arguments but ${npos} were given`,
      );
    }
    return evaluate(node.body, local);
  });
}

function seq(elts: ast.Expr[], env: Env): PyObject[] {
  const out: PyObject[] = [];
  for (const e of elts) {
    if (e._type === "Starred") out.push(...toArray(evaluate(e.value, env)));
    else out.push(evaluate(e, env));
  }
  return out;
}

function comprehension(gens: ast.Comprehension[], env: Env, emit: (env: Env) => void, i = 0): void {
  if (i === gens.length) {
    emit(env);
    return;
  }
  const g = gens[i];
  const it = getIter(evaluate(g.iter, env));
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
    const local = new Map(env);
    assign(g.target, v, local);
    if (g.ifs.every((c) => isTrue(evaluate(c, local)))) comprehension(gens, local, emit, i + 1);
  }
}

function assign(target: ast.Expr, v: PyObject, env: Env): void {
  if (target._type === "Name") env.set(target.id, v);
  else if (target._type === "Tuple" || target._type === "List") {
    const items = toArray(v);
    target.elts.forEach((t, i) => assign(t, items[i], env));
  } else throw new Error(`cannot assign to ${target._type}`);
}

/** Evaluates one expression node. */
export function evaluate(node: ast.Expr, env: Env = new Map()): PyObject {
  switch (node._type) {
    case "Constant":
      return toPy(node.value);
    case "Name": {
      const v = env.get(node.id) ?? globals.getStr(node.id) ?? builtinsDict().getStr(node.id);
      if (v === undefined) raise("NameError", `name '${node.id}' is not defined`);
      return v;
    }
    case "NamedExpr": {
      const v = evaluate(node.value, env);
      globals.setStr(node.target.id, v);
      return v;
    }
    case "Attribute":
      return getAttr(evaluate(node.value, env), node.attr);
    case "Subscript":
      return getItem(evaluate(node.value, env), evaluate(node.slice, env));
    case "Slice":
      return new PySlice(
        node.lower === null ? None : evaluate(node.lower, env),
        node.upper === null ? None : evaluate(node.upper, env),
        node.step === null ? None : evaluate(node.step, env),
      );
    case "BinOp":
      return binaryOp(evaluate(node.left, env), evaluate(node.right, env), OPS[node.op]);
    case "UnaryOp": {
      const v = evaluate(node.operand, env);
      switch (node.op) {
        case "Not":
          return !isTrue(v);
        case "USub":
          return unaryNegative(v);
        case "UAdd":
          return unaryPositive(v);
        default:
          return unaryInvert(v);
      }
    }
    case "BoolOp": {
      let v: PyObject = None;
      for (const e of node.values) {
        v = evaluate(e, env);
        if (isTrue(v) === (node.op === "Or")) return v;
      }
      return v;
    }
    case "Compare": {
      let left = evaluate(node.left, env);
      let result: PyObject = true;
      for (let i = 0; i < node.ops.length; i++) {
        const right = evaluate(node.comparators[i], env);
        const op = node.ops[i];
        if (op === "Is") result = left === right;
        else if (op === "IsNot") result = left !== right;
        else if (op === "In") result = contains(right, left);
        else if (op === "NotIn") result = !contains(right, left);
        else result = richCompare(left, right, CMP[op]!);
        if (!isTrue(result)) return result;
        left = right;
      }
      return result;
    }
    case "IfExp":
      return isTrue(evaluate(node.test, env))
        ? evaluate(node.body, env)
        : evaluate(node.orelse, env);
    case "Call": {
      const fn = evaluate(node.func, env);
      const args = seq(node.args, env);
      const names: string[] = [];
      for (const k of node.keywords) {
        if (k.arg === null) {
          const m = evaluate(k.value, env);
          for (const key of mappingKeys(m)) {
            names.push(str(key));
            args.push(getItem(m, key));
          }
        } else {
          names.push(k.arg);
          args.push(evaluate(k.value, env));
        }
      }
      return call(fn, args, names.length === 0 ? null : names);
    }
    case "List":
      return new PyList(seq(node.elts, env));
    case "Tuple":
      return new PyTuple(seq(node.elts, env));
    case "Set":
      return newSet(seq(node.elts, env));
    case "Dict": {
      const d = new PyDict();
      node.keys.forEach((k, i) => {
        if (k === null) dictUpdate(d, evaluate(node.values[i], env));
        else d.set(evaluate(k, env), evaluate(node.values[i], env));
      });
      return d;
    }
    case "Lambda":
      return lambda(node, env);
    case "ListComp":
    case "GeneratorExp":
    case "SetComp": {
      const out: PyObject[] = [];
      comprehension(node.generators, env, (e) => out.push(evaluate(node.elt, e)));
      if (node._type === "SetComp") return newSet(out);
      const l = new PyList(out);
      return node._type === "GeneratorExp" ? getIter(l) : l;
    }
    case "DictComp": {
      const d = new PyDict();
      comprehension(
        node.generators,
        env,
        (e) => d.set(evaluate(node.key, e), evaluate(node.value, e)),
      );
      return d;
    }
    case "JoinedStr": {
      let s = "";
      for (const part of node.values) {
        if (part._type === "Constant") s += part.value as string;
        else {
          let v = evaluate(part.value, env);
          if (part.conversion === 114) v = repr(v);
          else if (part.conversion === 115) v = str(v);
          else if (part.conversion === 97) v = ascii(v);
          const spec = part.format_spec === null ? "" : str(evaluate(part.format_spec, env));
          s += format(v, spec);
        }
      }
      return s;
    }
    default:
      throw new Error(`test evaluator: unsupported ${node._type}`);
  }
}

/** Evaluates Python expression source: `repr` of the value, or `!Type: message` on an exception. */
export function py(source: string): string {
  try {
    const tree = parseExpression(source, "<test>");
    return repr(evaluate(tree.body));
  } catch (e) {
    if (!(e instanceof PyThrow)) throw e;
    return "!" + exceptionLine(materialize(e));
  }
}

/** Makes fake addresses comparable: `0x7f...` becomes `0x?`. */
export function maskAddresses(s: string): string {
  return s.replace(/0x[0-9a-f]{6,}/g, "0x?");
}

/** Checks `[source, expected]` pairs (expected from CPython 3.11), reporting every mismatch at once. */
export function checkCases(cases: readonly (readonly [string, string])[]): void {
  const bad: string[] = [];
  for (const [src, want] of cases) {
    let got: string;
    try {
      got = maskAddresses(py(src));
    } catch (e) {
      got = `<host error: ${(e as Error).message}>`;
    }
    if (got !== want) bad.push(`${src}\n    want: ${want}\n    got:  ${got}`);
  }
  if (bad.length > 0) {
    throw new Error(
      `${bad.length} of ${cases.length} cases differ from CPython:\n` + bad.join("\n"),
    );
  }
}

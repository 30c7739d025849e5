/**
 * The `sys` module of a VM (CPython 3.11 Python/sysmodule.c, with 3.14's
 * version and `sys._jit`): `argv`, `exit`, the standard streams, the
 * recursion limit, version information, `maxsize`, `modules`, `exc_info`.
 *
 * @module
 */
import {
  type NativeCall,
  PyBuiltinFunction,
  PyFloat,
  PyInstance,
  PyList,
  type PyObject,
  PyTuple,
  type PyType,
  T,
} from "./object.ts";
import { index, None, repr } from "./abstract.ts";
import { builtinType } from "./types.ts";
import { defGetSet, defSlot, PyModule } from "./descriptors.ts";
import { noArgs, positional } from "./args.ts";
import { makeException, PyBaseException } from "./exceptions.ts";
import { PyThrow } from "./object.ts";
import { PyDict } from "./dict.ts";
import { stderr, stdin, stdout } from "./builtins.ts";
import { genericSetAttr } from "./attrs.ts";
import { PYTHON_VERSION, VERSION } from "./cli.ts";
import type { Vm } from "./vm.ts";
import { typeOf } from "./object.ts";

// -- Struct sequences (CPython's PyStructSequence) -------------------------------------

/** A named-tuple type of `sys` (`sys.version_info`): a tuple with named fields. */
function structSeqType(name: string, fields: readonly string[]): PyType {
  const t = builtinType(name, T.tuple, { final: true, module: "sys", key: `sys.${name}` });
  t.qualname = name;
  fields.forEach((f, i) => defGetSet(t, f, (x) => (x as PyTuple).items[i]));
  defSlot(t, "__repr__", (x) => {
    const items = (x as PyTuple).items;
    return `sys.${name}(${fields.map((f, i) => `${f}=${repr(items[i])}`).join(", ")})`;
  }, 0);
  return t;
}

const VERSION_INFO = structSeqType("version_info", [
  "major",
  "minor",
  "micro",
  "releaselevel",
  "serial",
]);
const FLOAT_INFO = structSeqType("float_info", [
  "max",
  "max_exp",
  "max_10_exp",
  "min",
  "min_exp",
  "min_10_exp",
  "dig",
  "mant_dig",
  "epsilon",
  "radix",
  "rounds",
]);

const NAMESPACE = builtinType("SimpleNamespace", T.object, {
  instanceDict: true,
  module: "types",
  key: "types.SimpleNamespace",
});
defSlot(NAMESPACE, "__repr__", (x) => {
  const inst = x as PyInstance;
  const names = inst.shape?.names ?? [];
  return `namespace(${names.map((n, i) => `${n}=${repr(inst.values[i])}`).join(", ")})`;
}, 0);

/** A `types.SimpleNamespace` with the given attributes. */
function namespace(attrs: Record<string, PyObject>): PyInstance {
  const ns = new PyInstance(NAMESPACE);
  for (const [k, v] of Object.entries(attrs)) genericSetAttr(ns, NAMESPACE, k, v);
  return ns;
}

function fn(name: string, call: NativeCall): PyBuiltinFunction {
  return new PyBuiltinFunction(name, call, { qualname: name });
}

// -- The module ---------------------------------------------------------------------------

/** Makes the `sys` module of `vm`. */
export function makeSysModule(vm: Vm): PyModule {
  const [major, minor, micro] = PYTHON_VERSION.split(".").map(Number);
  const versionInfo = new PyTuple([major, minor, micro, "final", 0], VERSION_INFO);
  const d = new PyDict();
  d.setStr("__name__", "sys");
  d.setStr("__doc__", None);
  d.setStr("argv", new PyList(vm.argv.slice()));
  d.setStr("orig_argv", new PyList(vm.argv.slice()));
  d.setStr("stdout", stdout);
  d.setStr("stderr", stderr);
  d.setStr("stdin", stdin);
  d.setStr("__stdout__", stdout);
  d.setStr("__stderr__", stderr);
  d.setStr("__stdin__", stdin);
  d.setStr("version", `${PYTHON_VERSION} (patchpy ${VERSION})`);
  d.setStr("version_info", versionInfo);
  d.setStr("hexversion", (major << 24) | (minor << 16) | (micro << 8) | 0xf0);
  d.setStr(
    "implementation",
    namespace({
      name: "patchpy",
      cache_tag: None,
      version: versionInfo,
      hexversion: (major << 24) | (minor << 16) | (micro << 8) | 0xf0,
    }),
  );
  d.setStr("maxsize", 9223372036854775807n);
  d.setStr("maxunicode", 0x10ffff);
  d.setStr("byteorder", "little");
  d.setStr("platform", "linux");
  d.setStr("executable", "");
  d.setStr("path", new PyList([]));
  d.setStr("modules", vm.modules);
  d.setStr(
    "float_info",
    new PyTuple([
      new PyFloat(Number.MAX_VALUE),
      1024,
      308,
      new PyFloat(2.2250738585072014e-308),
      -1021,
      -307,
      15,
      53,
      new PyFloat(Number.EPSILON),
      2,
      1,
    ], FLOAT_INFO),
  );
  d.setStr(
    "exit",
    fn("exit", (args, kwnames) => {
      positional("exit", args, kwnames, 0, 1);
      const e = makeException(T.SystemExit, args);
      throw new PyThrow(e, "SystemExit", "");
    }),
  );
  d.setStr(
    "getrecursionlimit",
    fn("getrecursionlimit", (args, kwnames) => {
      noArgs("getrecursionlimit", args, kwnames);
      return vm.recursionLimit;
    }),
  );
  d.setStr(
    "setrecursionlimit",
    fn("setrecursionlimit", (args, kwnames) => {
      positional("setrecursionlimit", args, kwnames, 1, 1);
      const n = index(args[0]);
      if (typeof n === "bigint") {
        if (n < 0n) vm.setRecursionLimit(-1);
        throw new PyThrow(null, "OverflowError", "Python int too large to convert to C int");
      }
      if (n > 2147483647) {
        throw new PyThrow(null, "OverflowError", "Python int too large to convert to C int");
      }
      vm.setRecursionLimit(n);
      return None;
    }),
  );
  d.setStr(
    "exc_info",
    fn("exc_info", (args, kwnames) => {
      noArgs("exc_info", args, kwnames);
      const e = vm.handledException();
      if (e === None) return new PyTuple([None, None, None]);
      return new PyTuple([typeOf(e), e, e instanceof PyBaseException ? e.traceback : None]);
    }),
  );
  d.setStr(
    "exception",
    fn("exception", (args, kwnames) => {
      noArgs("exception", args, kwnames);
      return vm.handledException();
    }),
  );
  d.setStr("getdefaultencoding", fn("getdefaultencoding", () => "utf-8"));
  d.setStr(
    "intern",
    fn("intern", (args, kwnames) => {
      positional("intern", args, kwnames, 1, 1);
      return args[0];
    }),
  );
  const query = (name: string, answer: () => boolean) =>
    fn(name, (args, kwnames) => {
      noArgs(name, args, kwnames);
      return answer();
    });
  d.setStr(
    "_jit",
    namespace({
      // This process can run native code (FFI granted, a supported CPU).
      is_available: query("is_available", () => vm.host.nativeCodeProblem?.() === null),
      // Loops are being compiled to native code (`jit` mode).
      is_enabled: query("is_enabled", () => vm.jitEnabled),
      // Native code never calls back into Python: a trace leaves before
      // any call it does not inline, so no Python frame runs inside it.
      is_active: query("is_active", () => false),
    }),
  );
  return new PyModule(d);
}

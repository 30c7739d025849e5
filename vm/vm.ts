/**
 * The virtual machine of one program run: its host, its `builtins`,
 * `__main__` and `sys` modules, the imported modules, the frame being
 * executed, the recursion depth and limit, and the handled-exception state.
 * `run` executes a module's code and turns an uncaught exception into
 * CPython's report and exit status.
 *
 * The object model reaches the running VM through `hooks` (`vm/calls.ts`),
 * which `Vm.activate` points at this VM.
 *
 * @module
 */
import type { Tier2 } from "./tier2.ts";
import type { CodeObject } from "./code.ts";
import type { Host } from "./host.ts";
import {
  PyBuiltinFunction,
  type PyFunction,
  type PyObject,
  PyThrow,
  PyTuple,
  type PyType,
  raise,
  T,
} from "./object.ts";
import {
  hooks,
  materialize,
  nativeRecursionDepth,
  None,
  setNativeRecursionLimit,
  str,
} from "./abstract.ts";
import { PyDict } from "./dict.ts";
import type { PyModule } from "./descriptors.ts";
import { builtinsDict, setHost } from "./builtins.ts";
import { newModule } from "./object_type.ts";
import { intOf, typeName } from "./core.ts";
import { makeException, PyBaseException } from "./exceptions.ts";
import { Frame } from "./frame.ts";
import { callFunction, localsOf, runFrame, superArgs, toPyThrow } from "./interp.ts";
import { formatException } from "./traceback.ts";
import { makeSysModule } from "./sys_module.ts";
import { PyCode } from "./abstract.ts";
import { parse } from "./parser.ts";
import { compile } from "./compiler.ts";
import { PySyntaxError } from "./syntax_error.ts";
import { parseArgs, Signature } from "./args.ts";
import { strOf } from "./core.ts";

/**
 * One level of the handled-exception stack (CPython's `_PyErr_StackItem`):
 * the thread's base level, plus one per running generator.
 */
export interface ExcInfo {
  /** The exception being handled (`sys.exception()`), or None. */
  value: PyObject;
  previous: ExcInfo | null;
}

/** Makes the module object of a built-in module, on its first import. */
export type ModuleFactory = (vm: Vm) => PyModule;

const BUILTIN_MODULES = new Map<string, ModuleFactory>();

/** Registers a module implemented in TypeScript, importable by name. */
export function registerBuiltinModule(name: string, factory: ModuleFactory): void {
  BUILTIN_MODULES.set(name, factory);
}

import type { Specializer } from "./specialize.ts";

/** Options of a VM. */
export interface VmOptions {
  /** `sys.argv`. */
  argv?: string[];
  /** The main script's name (`__file__`, tracebacks). */
  filename?: string;
  /** The main script's text, for the source lines of tracebacks (not for `-c`). */
  source?: string;
}

/** The default recursion limit (CPython's `Py_DEFAULT_RECURSION_LIMIT`). */
export const DEFAULT_RECURSION_LIMIT = 1000;

/** The state of one program run. */
export class Vm {
  /** The VM whose code is running (the one `hooks` serve). */
  static current: Vm | null = null;

  readonly host: Host;
  /** The namespace of `builtins`, where LOAD_GLOBAL and LOAD_NAME end. */
  readonly builtins: PyDict;
  readonly builtinsModule: PyModule;
  readonly main: PyModule;
  readonly sys: PyModule;
  /** `sys.modules`. */
  readonly modules: PyDict;
  readonly argv: string[];
  /** The frame being executed (innermost), or null outside the loop. */
  frame: Frame | null = null;
  /** Python frames on the stack, counted against `recursionLimit`. */
  depth = 0;
  recursionLimit = DEFAULT_RECURSION_LIMIT;
  /** The innermost level of the handled-exception stack. */
  excInfo: ExcInfo = { value: None, previous: null };
  /** Tier 1's state when instructions specialize (`specialized` mode), else null. */
  specializer: Specializer | null = null;
  /** Tier 2 when loops compile to traces (`uops` and `jit` modes), else null. */
  tier2: Tier2 | null = null;
  /** Whether loops compile to native code (`jit` mode with a working backend): `sys._jit.is_enabled()`. */
  jitEnabled = false;
  readonly #sources = new Map<string, string[]>();

  constructor(host: Host, options: VmOptions = {}) {
    this.host = host;
    this.argv = options.argv ?? [""];
    this.builtins = builtinsDict().copy();
    this.builtinsModule = newModule("builtins", this.builtins);
    this.builtins.setStr(
      "exec",
      new PyBuiltinFunction("exec", (args, kwnames) => execBuiltin(this, args, kwnames)),
    );
    // CPython's `site` module adds these two; scripts call `exit(n)`.
    for (const name of ["exit", "quit"]) {
      this.builtins.setStr(
        name,
        new PyBuiltinFunction(name, (args, kwnames) => quit(name, args, kwnames)),
      );
    }
    const main = new PyDict();
    main.setStr("__name__", "__main__");
    main.setStr("__doc__", None);
    main.setStr("__package__", None);
    main.setStr("__loader__", None);
    main.setStr("__spec__", None);
    main.setStr("__annotations__", new PyDict());
    main.setStr("__builtins__", this.builtinsModule);
    if (options.filename !== undefined && !options.filename.startsWith("<")) {
      main.setStr("__file__", options.filename);
      main.setStr("__cached__", None);
    }
    this.main = newModule("__main__", main);
    this.modules = new PyDict();
    this.sys = makeSysModule(this);
    this.modules.setStr("sys", this.sys);
    this.modules.setStr("builtins", this.builtinsModule);
    this.modules.setStr("__main__", this.main);
    if (
      options.filename !== undefined && options.source !== undefined &&
      !options.filename.startsWith("<")
    ) {
      this.addSource(options.filename, options.source);
    }
  }

  /** Makes this VM the one the object model calls back into. */
  activate(): void {
    Vm.current = this;
    setHost(this.host);
    setNativeRecursionLimit(this.recursionLimit);
    hooks.callFunction = callFunction;
    hooks.callDepthCheck = depthCheck;
    hooks.pythonDepth = () => Vm.current!.depth;
    hooks.superArgs = superArgs;
    hooks.globals = () => (Vm.current!.frame?.globals ?? Vm.current!.main.dict) as PyDict;
    hooks.locals = () => {
      const f = Vm.current!.frame;
      return f === null ? Vm.current!.main.dict : localsOf(f);
    };
    hooks.runClassBody = runClassBody;
  }

  /** Records the text of a source file, for tracebacks. */
  addSource(filename: string, source: string): void {
    this.#sources.set(filename, source.split(/\r\n|\r|\n/));
  }

  /** The lines of a source file this VM knows, or null. */
  sourceLines(filename: string): readonly string[] | null {
    return this.#sources.get(filename) ?? null;
  }

  /** `sys.setrecursionlimit(n)`. */
  setRecursionLimit(n: number): void {
    if (n < 1) raise("ValueError", "recursion limit must be greater or equal than 1");
    const depth = this.depth + nativeRecursionDepth();
    if (depth >= n) {
      raise(
        "RecursionError",
        `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`,
      );
    }
    this.recursionLimit = n;
    setNativeRecursionLimit(n);
  }

  /** The topmost exception being handled (`sys.exception()`), or None. */
  handledException(): PyObject {
    for (let e: ExcInfo | null = this.excInfo; e !== null; e = e.previous) {
      if (e.value !== None) return e.value;
    }
    return None;
  }

  /** Imports a module by name (IMPORT_NAME without a fromlist returns the top package). */
  importModule(name: string, fromlist: PyObject, level: number): PyObject {
    if (level > 0) raise("ImportError", "attempted relative import with no known parent package");
    const parts = name.split(".");
    let module: PyObject | undefined;
    for (let i = 1; i <= parts.length; i++) {
      const full = parts.slice(0, i).join(".");
      const m = this.loadModule(full);
      if (i === 1) module = m;
    }
    const wantsTop = fromlist === None ||
      (fromlist instanceof PyTuple && fromlist.items.length === 0);
    return wantsTop ? module! : this.modules.getStr(name)!;
  }

  #loading = new Set<string>();

  private loadModule(name: string): PyObject {
    const have = this.modules.getStr(name);
    if (have !== undefined) return have;
    const factory = BUILTIN_MODULES.get(name);
    if (factory === undefined) return this.loadSourceModule(name);
    if (this.#loading.has(name)) throw moduleNotFound(name);
    this.#loading.add(name);
    try {
      const m = factory(this);
      this.modules.setStr(name, m);
      return m;
    } finally {
      this.#loading.delete(name);
    }
  }

  /**
   * Imports `name.py` from the main script's folder (the first entry of
   * CPython's `sys.path`; the current directory for `-c` and stdin). The
   * module enters `sys.modules` before its body runs, so a circular import
   * sees the partly initialized module, as in CPython; a body that raises
   * takes it out again.
   */
  private loadSourceModule(name: string): PyObject {
    if (name.includes(".")) throw moduleNotFound(name);
    const path = `${this.#scriptDir}/${name}.py`;
    const text = this.host.readTextFile(path);
    if (text === null) throw moduleNotFound(name);
    let code: CodeObject;
    try {
      code = compile(parse(text, path), path);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      throw new PyThrow(null, "SyntaxError", `${e.msg} (${name}.py, line ${e.lineno})`);
    }
    this.addSource(path, text);
    const globals = new PyDict();
    globals.setStr("__name__", name);
    globals.setStr("__doc__", None);
    globals.setStr("__package__", "");
    globals.setStr("__loader__", None);
    globals.setStr("__spec__", None);
    globals.setStr("__file__", path);
    globals.setStr("__cached__", None);
    globals.setStr("__builtins__", this.builtinsModule);
    const module = newModule(name, globals);
    this.modules.setStr(name, module);
    try {
      runFrame(this, new Frame(null, code, globals, this.builtins, globals), null);
    } catch (e) {
      this.modules.deleteStr(name);
      throw e;
    }
    // The body may have replaced its own entry, as CPython allows.
    return this.modules.getStr(name) ?? module;
  }

  /** The folder imports of `.py` files are resolved against. */
  get #scriptDir(): string {
    const main = (this.main.dict as PyDict).getStr("__file__");
    if (typeof main === "string" && main.includes("/")) return main.slice(0, main.lastIndexOf("/"));
    return this.host.resolvePath(".").replace(/\/\.?$/, "");
  }

  /**
   * Runs a module body as `__main__` and returns the exit status: 0, 1 after
   * printing an uncaught exception's report to stderr, or `SystemExit`'s code.
   */
  run(code: CodeObject): number {
    this.activate();
    const globals = this.main.dict as PyDict;
    const frame = new Frame(null, code, globals, this.builtins, globals);
    try {
      runFrame(this, frame, null);
      return 0;
    } catch (e) {
      const t = toPyThrow(e);
      if (t === null) throw e;
      this.frame = null;
      this.depth = 0;
      return this.reportUncaught(materialize(t));
    }
  }

  /** CPython's handling of an exception that reaches the top: SystemExit or a printed report. */
  reportUncaught(exc: PyObject): number {
    const host = this.host;
    if (
      exc instanceof PyBaseException && exc.cls !== undefined && isSubclassOf(exc.cls, T.SystemExit)
    ) {
      return this.#systemExitStatus(exc);
    }
    host.flush();
    let text: string;
    try {
      text = formatException(exc, (f) => this.sourceLines(f));
    } catch (e) {
      const t = toPyThrow(e);
      if (t === null) throw e;
      text = `Error in sys.excepthook:\n${typeName(materialize(t))}\n`;
    }
    host.writeStderr(text);
    return 1;
  }

  // CPython 3.11 pythonrun.c handle_system_exit.
  #systemExitStatus(exc: PyBaseException): number {
    const code = exc.members?.code ?? (exc.args.items.length === 0 ? None : exc.args.items[0]);
    if (code === None) return 0;
    const i = intOf(code);
    if (i !== undefined) return Number(BigInt.asIntN(32, BigInt(i))) & 0xff;
    this.host.flush();
    let text: string;
    try {
      text = str(code);
    } catch (e) {
      if (!(e instanceof PyThrow)) throw e;
      text = "";
    }
    this.host.writeStderr(text + "\n");
    return 1;
  }
}

function isSubclassOf(a: PyType, b: PyType): boolean {
  return a === b || a.mro.includes(b);
}

function moduleNotFound(name: string): PyThrow {
  const e = materialize(new PyThrow(null, "ModuleNotFoundError", `No module named '${name}'`));
  if (e instanceof PyBaseException) (e.members ??= {}).name = name;
  return new PyThrow(e, "ModuleNotFoundError", "");
}

function depthCheck(): void {
  const vm = Vm.current!;
  if (vm.depth + nativeRecursionDepth() >= vm.recursionLimit) {
    raise("RecursionError", "maximum recursion depth exceeded");
  }
}

/** Runs a class body with `ns` as its namespace; returns its `__classcell__` (or None). */
function runClassBody(fn: PyFunction, ns: import("./object.ts").PyDict): PyObject {
  const vm = Vm.current!;
  const frame = new Frame(fn, fn.code, fn.globals as PyDict, vm.builtins, ns);
  return runFrame(vm, frame, null);
}

const QUIT_SIGNATURE = (name: string) => new Signature(name, ["code"], { minpos: 0 });

/** `exit(code=None)` / `quit(code=None)` (CPython 3.11 Lib/_sitebuiltins.py Quitter). */
function quit(name: string, args: PyObject[], kwnames: readonly string[] | null): never {
  const [code] = parseArgs(QUIT_SIGNATURE(name), args, kwnames);
  const exitArgs = code === undefined || code === None ? [] : [code];
  throw new PyThrow(makeException(T.SystemExit, exitArgs), "SystemExit", "");
}

const EXEC_SIGNATURE = new Signature("exec", ["source", "globals", "locals"], {
  posonly: 1,
  minpos: 1,
});

/**
 * `exec(source, globals=None, locals=None)` (CPython 3.11
 * Python/bltinmodule.c builtin_exec_impl): runs a module body in the given
 * namespaces, by default the calling frame's.
 */
function execBuiltin(vm: Vm, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const [source, g, l] = parseArgs(EXEC_SIGNATURE, args, kwnames);
  let globals = g ?? None;
  let locals = l ?? None;
  const caller = vm.frame;
  if (globals === None) {
    globals = caller?.globals ?? vm.main.dict;
    if (locals === None) locals = caller === null ? globals : localsOf(caller);
  } else if (locals === None) {
    locals = globals;
  }
  if (!(globals instanceof PyDict)) {
    raise("TypeError", `exec() globals must be a dict, not ${typeName(globals)}`);
  }
  if (globals.getStr("__builtins__") === undefined) {
    globals.setStr("__builtins__", vm.builtinsModule);
  }
  let code: CodeObject;
  if (source instanceof PyCode) code = source.code;
  else {
    const text = strOf(source!);
    if (text === undefined) {
      raise("TypeError", `exec() arg 1 must be a string, bytes or code object`);
    }
    try {
      code = compile(parse(text, "<string>"), "<string>");
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      throw new PyThrow(null, "SyntaxError", e.msg);
    }
  }
  runFrame(vm, new Frame(null, code, globals, vm.builtins, locals), null);
  return None;
}

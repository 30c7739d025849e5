/**
 * The compiler: AST to code objects.
 *
 * Code generation follows CPython's Python/codegen.c (3.13/3.14 stack layout
 * and opcodes), with 3.11's language semantics: comprehensions are nested
 * code objects (`<listcomp>` ...), annotations are evaluated eagerly into
 * `__annotations__`, docstrings are kept verbatim. This file holds the
 * per-unit state (constants, names, variables, the block stack of loops and
 * handlers) and everything that opens a new code object: modules, functions,
 * lambdas, classes and comprehensions. Statements are in
 * `compiler_stmt.ts`, expressions in `compiler_expr.ts`; the graph passes are
 * in `flowgraph.ts` and the making of the `CodeObject` in `assemble.ts`.
 *
 * @module
 */

import type * as ast from "./ast.ts";
import { assemble } from "./assemble.ts";
import { Cfg, type Loc, NO_LOC } from "./flowgraph.ts";
import { CO, CodeObject, type Const, ConstTuple } from "./code.ts";
import { callHelper, jumpIf, visitExpr } from "./compiler_expr.ts";
import { isDocstring, visitStmts } from "./compiler_stmt.ts";
import {
  FUNC_ANNOTATIONS,
  FUNC_CLOSURE,
  FUNC_DEFAULTS,
  FUNC_KWDEFAULTS,
  INTRINSIC_STOPITERATION_ERROR,
  Op,
  RESUME_AT_FUNC_START,
} from "./opcodes.ts";
import {
  buildSymbolTable,
  DEF,
  mangle,
  Scope,
  type SymbolTable,
  type SymbolTableEntry,
} from "./symtable.ts";
import { CompileRecursionError, PySyntaxError } from "./syntax_error.ts";

/**
 * Compiles a parsed module to its code object.
 *
 * @param module The tree `parse` returned.
 * @param filename The name shown in tracebacks and `co_filename`.
 * @returns The module's code object; nested code objects are its constants.
 * @throws {PySyntaxError} For the errors CPython reports at compile time,
 *   and for constructs patchpy does not support.
 */
export function compile(module: ast.Module, filename: string): CodeObject {
  try {
    const st = buildSymbolTable(module, filename);
    const c = new Compiler(filename, st);
    return c.compileModule(module);
  } catch (e) {
    // Both passes recurse over the tree; a tree deep enough to exhaust the
    // host stack is CPython's compile-time RecursionError.
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new CompileRecursionError();
    throw e;
  }
}

/** What a code unit is, as CPython's COMPILE_SCOPE_*. */
export type ScopeType = "module" | "class" | "function" | "lambda" | "comprehension";

/** Kinds of the compile-time block stack (CPython's fblocktype). */
export type FBlockType =
  | "while"
  | "for"
  | "try_except"
  | "finally_try"
  | "finally_end"
  | "with"
  | "handler_cleanup"
  | "pop_value"
  | "exception_handler"
  | "stop_iteration";

/** An entry of the block stack: what a `return`, `break` or `continue` must unwind. */
export interface FBlock {
  type: FBlockType;
  /** Loop start (continue target), or the region's label. */
  block: number;
  /** Loop exit (break target). */
  exit: number;
  /** finally body, handler variable name, or nothing. */
  datum: ast.Stmt[] | string | null;
  loc: Loc;
}

/** A code object being generated: CPython's compiler_unit. */
export class Unit {
  readonly ste: SymbolTableEntry;
  readonly scopeType: ScopeType;
  readonly name: string;
  qualname = "";
  readonly firstlineno: number;
  readonly cfg: Cfg = new Cfg();
  readonly consts: Const[] = [];
  readonly #constIndex = new Map<string, number>();
  readonly names: string[] = [];
  readonly #nameIndex = new Map<string, number>();
  readonly varnames = new Map<string, number>();
  readonly cellvars = new Map<string, number>();
  readonly freevars = new Map<string, number>();
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  /** Class name for private-name mangling. */
  privateName: string | null;
  readonly fblocks: FBlock[] = [];

  constructor(
    ste: SymbolTableEntry,
    scopeType: ScopeType,
    name: string,
    firstlineno: number,
    privateName: string | null,
  ) {
    this.ste = ste;
    this.scopeType = scopeType;
    this.name = name;
    this.firstlineno = firstlineno;
    this.privateName = privateName;
    for (const v of ste.varnames) this.varnames.set(v, this.varnames.size);
    // CPython 3.11 Python/compile.c: compiler_enter_scope (cells and frees
    // are sorted by name, as dictbytype does)
    const cells: string[] = [];
    const frees: string[] = [];
    for (const [name, scope] of ste.scopes) {
      if (scope === Scope.CELL) cells.push(name);
      if (scope === Scope.FREE || ste.getFlags(name) & DEF.FREE_CLASS) frees.push(name);
    }
    cells.sort(compareNames);
    frees.sort(compareNames);
    if (ste.needsClassClosure) cells.push("__class__");
    for (const n of cells) this.cellvars.set(n, this.cellvars.size);
    for (const n of frees) this.freevars.set(n, this.cellvars.size + this.freevars.size);
  }

  addConst(value: Const): number {
    const key = constKey(value);
    let i = this.#constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(value);
      this.#constIndex.set(key, i);
    }
    return i;
  }

  addName(name: string): number {
    let i = this.#nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.#nameIndex.set(name, i);
    }
    return i;
  }

  varIndex(name: string): number {
    let i = this.varnames.get(name);
    if (i === undefined) {
      i = this.varnames.size;
      this.varnames.set(name, i);
    }
    return i;
  }
}

// CPython sorts by code point and JS compares UTF-16 units: they disagree only
// for names mixing astral and high-BMP characters, where just the order of
// cell slots would differ, never behavior.
const compareNames = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A key under which equal constants of equal type coincide (CPython's const cache). */
function constKey(v: Const): string {
  if (v instanceof CodeObject) return `code#${v.serial}`;
  if (v instanceof ConstTuple) return `(${v.items.map(constKey).join(",")})`;
  if (v instanceof Uint8Array) {
    return `b${Array.from(v, (x) => x.toString(16).padStart(2, "0")).join("")}`;
  }
  if (v === null) return "None";
  switch (typeof v) {
    case "bigint":
      return `i${v}`;
    case "number":
      return Object.is(v, -0) ? "f-0" : `f${v}`;
    case "string":
      return `s${JSON.stringify(v)}`;
    case "boolean":
      return v ? "True" : "False";
    case "symbol":
      return "...";
    default:
      return `j${Object.is(v.imag, -0) ? "-0" : v.imag}`;
  }
}

/** The state of a compilation: the stack of units being generated. */
export class Compiler {
  readonly filename: string;
  readonly st: SymbolTable;
  /** The units enclosing the current one (CPython's c_stack). */
  #stack: Unit[] = [];
  /** The unit being generated. */
  u!: Unit;

  constructor(filename: string, st: SymbolTable) {
    this.filename = filename;
    this.st = st;
  }

  // -- Errors --

  error(msg: string, loc: Loc): never {
    throw new PySyntaxError("SyntaxError", msg, {
      filename: this.filename,
      lineno: loc.lineno,
      offset: loc.col_offset + 1,
      end_lineno: loc.end_lineno,
      end_offset: loc.end_col_offset + 1,
    });
  }

  /** A SyntaxError for a construct CPython accepts and patchpy does not. */
  unsupported(what: string, loc: Loc): never {
    this.error(`${what} is not supported by patchpy`, loc);
  }

  // -- Emission --

  addop(op: number, loc: Loc, arg = 0): void {
    this.u.cfg.addop(op, arg, loc);
  }

  addJump(op: number, label: number, loc: Loc): void {
    this.u.cfg.addop(op, label, loc);
  }

  newLabel(): number {
    return this.u.cfg.newLabel();
  }

  useLabel(label: number): void {
    this.u.cfg.useLabel(label);
  }

  loadConst(value: Const, loc: Loc): void {
    this.addop(Op.LOAD_CONST, loc, this.u.addConst(value));
  }

  /** Adds an op whose oparg names `co_names`, mangling private names. */
  addopName(op: number, name: string, loc: Loc, low = 0): void {
    const i = this.u.addName(mangle(this.u.privateName, name));
    const shift = op === Op.LOAD_ATTR || op === Op.LOAD_GLOBAL
      ? 1
      : op === Op.LOAD_SUPER_ATTR
      ? 2
      : 0;
    this.addop(op, loc, (i << shift) | low);
  }

  // -- Names --

  // CPython 3.14 Python/codegen.c: codegen_nameop
  nameop(name: string, ctx: ast.ExprContext, loc: Loc): void {
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.getScope(mangled);
    const isFunction = u.ste.type === "function";
    if (scope === Scope.FREE || scope === Scope.CELL) {
      const arg = this.derefIndex(mangled, scope);
      if (ctx === "Load") {
        if (u.ste.type === "class") {
          this.addop(Op.LOAD_LOCALS, loc);
          this.addop(Op.LOAD_FROM_DICT_OR_DEREF, loc, arg);
        } else {
          this.addop(Op.LOAD_DEREF, loc, arg);
        }
      } else {
        this.addop(ctx === "Store" ? Op.STORE_DEREF : Op.DELETE_DEREF, loc, arg);
      }
      return;
    }
    if (scope === Scope.LOCAL && isFunction) {
      const op = ctx === "Load" ? Op.LOAD_FAST : ctx === "Store" ? Op.STORE_FAST : Op.DELETE_FAST;
      this.addop(op, loc, u.varIndex(mangled));
      return;
    }
    if (scope === Scope.GLOBAL_EXPLICIT || (scope === Scope.GLOBAL_IMPLICIT && isFunction)) {
      const op = ctx === "Load"
        ? Op.LOAD_GLOBAL
        : ctx === "Store"
        ? Op.STORE_GLOBAL
        : Op.DELETE_GLOBAL;
      this.addopName(op, name, loc);
      return;
    }
    const op = ctx === "Load" ? Op.LOAD_NAME : ctx === "Store" ? Op.STORE_NAME : Op.DELETE_NAME;
    this.addopName(op, name, loc);
  }

  /** Index of a cell or free variable in cellvars + freevars. */
  derefIndex(mangled: string, scope: Scope): number {
    const i = scope === Scope.CELL ? this.u.cellvars.get(mangled) : this.u.freevars.get(mangled);
    if (i === undefined) throw new Error(`Cannot find the cell of '${mangled}' in ${this.u.name}`);
    return i;
  }

  // -- The block stack --

  // CPython 3.11 Python/compile.c: compiler_push_fblock (CO_MAXBLOCKS is 20;
  // 3.11 had no block for the implicit StopIteration handler)
  pushFBlock(
    type: FBlockType,
    block: number,
    exit: number,
    datum: FBlock["datum"],
    loc: Loc,
  ): void {
    const depth = this.u.fblocks.filter((f) => f.type !== "stop_iteration").length;
    if (depth >= 20 && type !== "stop_iteration") {
      this.error("too many statically nested blocks", loc);
    }
    this.u.fblocks.push({ type, block, exit, datum, loc });
  }

  popFBlock(type: FBlockType): void {
    const top = this.u.fblocks.pop();
    if (top?.type !== type) throw new Error(`Cannot pop a ${type} block: the top is ${top?.type}`);
  }

  // -- Units --

  enterScope(
    node: Parameters<SymbolTable["lookup"]>[0],
    scopeType: ScopeType,
    name: string,
    firstlineno: number,
  ): Unit {
    const ste = this.st.lookup(node);
    const parent: Unit | undefined = this.u;
    const privateName = scopeType === "class" ? name : parent?.privateName ?? null;
    const u = new Unit(ste, scopeType, name, firstlineno, privateName);
    if (parent !== undefined) this.#stack.push(parent);
    this.u = u;
    u.qualname = this.#qualname(u);
    // A module's RESUME is on line 0, as in CPython.
    const line = scopeType === "module" ? 0 : firstlineno;
    const loc = { lineno: line, end_lineno: firstlineno, col_offset: 0, end_col_offset: 0 };
    this.addop(Op.RESUME, loc, RESUME_AT_FUNC_START);
    return u;
  }

  // CPython 3.11 Python/compile.c: compiler_set_qualname
  #qualname(u: Unit): string {
    // Children of the module are named plainly.
    if (this.#stack.length <= 1) return u.name;
    const parent = this.#stack.at(-1)!;
    if (u.scopeType === "function" || u.scopeType === "class") {
      const scope = parent.ste.getScope(mangle(parent.privateName, u.name));
      if (scope === Scope.GLOBAL_EXPLICIT) return u.name;
    }
    if (parent.scopeType === "module") return u.name;
    const base = parent.scopeType === "function" || parent.scopeType === "lambda"
      ? `${parent.qualname}.<locals>`
      : parent.qualname;
    return `${base}.${u.name}`;
  }

  /** Finishes the current unit, returns its code object and resumes the parent. */
  exitScope(addImplicitReturn: boolean): CodeObject {
    const u = this.u;
    if (addImplicitReturn && !u.cfg.currentBlockTerminated()) {
      this.loadConst(null, NO_LOC);
      this.addop(Op.RETURN_VALUE, NO_LOC);
    }
    const code = assemble({
      cfg: u.cfg,
      name: u.name,
      qualname: u.qualname,
      filename: this.filename,
      firstlineno: u.firstlineno,
      argcount: u.argcount,
      posonlyargcount: u.posonlyargcount,
      kwonlyargcount: u.kwonlyargcount,
      flags: codeFlags(u),
      consts: u.consts,
      addConst: (v) => u.addConst(v),
      names: u.names,
      varnames: [...u.varnames.keys()],
      cellvars: [...u.cellvars.keys()],
      freevars: [...u.freevars.keys()],
      nparams: u.ste.varnames.length,
    });
    const parent = this.#stack.pop();
    if (parent !== undefined) this.u = parent;
    return code;
  }

  // -- Modules --

  compileModule(module: ast.Module): CodeObject {
    this.enterScope(module, "module", "<module>", 1);
    this.body(module.body, module.body[0] ?? null);
    return this.exitScope(true);
  }

  // CPython 3.11 Python/compile.c: compiler_body (module and class bodies)
  body(stmts: ast.Stmt[], first: ast.Stmt | null): void {
    if (findAnnotation(stmts)) this.addop(Op.SETUP_ANNOTATIONS, first ?? NO_LOC);
    let rest = stmts;
    if (stmts.length > 0 && isDocstring(stmts[0])) {
      const doc = stmts[0] as ast.ExprStmt;
      visitExpr(this, doc.value);
      this.nameop("__doc__", "Store", NO_LOC);
      rest = stmts.slice(1);
    }
    visitStmts(this, rest);
  }

  // -- Functions --

  // CPython 3.14 Python/codegen.c: codegen_function (3.11 annotations)
  functionDef(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    if (s._type === "AsyncFunctionDef") this.unsupported("'async def'", s);
    for (const d of s.decorator_list) visitExpr(this, d);
    const firstlineno = s.decorator_list[0]?.lineno ?? s.lineno;
    let flags = this.defaults(s.args, s);
    if (this.annotations(s.args, s.returns, s)) flags |= FUNC_ANNOTATIONS;
    const u = this.enterScope(s, "function", s.name, firstlineno);
    setArgCounts(u, s.args);
    // The docstring, or None, is always co_consts[0] (CPython 3.11), so
    // `__doc__` never picks up an unrelated string constant.
    const hasDoc = s.body.length > 0 && isDocstring(s.body[0]);
    u.addConst(hasDoc ? ((s.body[0] as ast.ExprStmt).value as ast.Constant).value : null);
    const start = this.newLabel();
    this.useLabel(start);
    const isGen = u.ste.generator;
    if (isGen) this.pushFBlock("stop_iteration", start, -1, null, NO_LOC);
    visitStmts(this, hasDoc ? s.body.slice(1) : s.body);
    if (isGen) {
      this.wrapInStopIterationHandler();
      this.popFBlock("stop_iteration");
    }
    const code = this.exitScope(true);
    this.makeClosure(code, flags, s);
    for (let i = s.decorator_list.length - 1; i >= 0; i--) {
      this.addop(Op.CALL, s.decorator_list[i], 0);
    }
    this.nameop(s.name, "Store", s);
  }

  // CPython 3.14 Python/codegen.c: codegen_wrap_in_stopiteration_handler.
  // PEP 479: a StopIteration escaping a generator becomes a RuntimeError.
  wrapInStopIterationHandler(): void {
    const handler = this.newLabel();
    this.u.cfg.insertFirst(Op.SETUP_CLEANUP, handler, NO_LOC);
    this.loadConst(null, NO_LOC);
    this.addop(Op.RETURN_VALUE, NO_LOC);
    this.useLabel(handler);
    this.addop(Op.CALL_INTRINSIC_1, NO_LOC, INTRINSIC_STOPITERATION_ERROR);
    this.addop(Op.RERAISE, NO_LOC, 1);
  }

  // CPython 3.14 Python/codegen.c: codegen_default_arguments
  defaults(args: ast.Arguments, loc: Loc): number {
    let flags = 0;
    if (args.defaults.length > 0) {
      for (const d of args.defaults) visitExpr(this, d);
      this.addop(Op.BUILD_TUPLE, loc, args.defaults.length);
      flags |= FUNC_DEFAULTS;
    }
    let n = 0;
    args.kwonlyargs.forEach((a, i) => {
      const d = args.kw_defaults[i];
      if (d) {
        this.loadConst(mangle(this.u.privateName, a.arg), loc);
        visitExpr(this, d);
        n++;
      }
    });
    if (n > 0) {
      this.addop(Op.BUILD_MAP, loc, n);
      flags |= FUNC_KWDEFAULTS;
    }
    return flags;
  }

  // CPython 3.11 Python/compile.c: compiler_visit_annotations. Pushes a flat
  // (name, value, ...) tuple; returns whether there was one.
  annotations(args: ast.Arguments, returns: ast.Expr | null, loc: Loc): boolean {
    let n = 0;
    const one = (name: string, ann: ast.Expr | null) => {
      if (!ann) return;
      this.loadConst(mangle(this.u.privateName, name), loc);
      if (ann._type === "Starred") {
        visitExpr(this, ann.value);
        this.addop(Op.UNPACK_SEQUENCE, loc, 1);
      } else {
        visitExpr(this, ann);
      }
      n += 2;
    };
    for (const a of args.args) one(a.arg, a.annotation);
    for (const a of args.posonlyargs) one(a.arg, a.annotation);
    if (args.vararg) one(args.vararg.arg, args.vararg.annotation);
    for (const a of args.kwonlyargs) one(a.arg, a.annotation);
    if (args.kwarg) one(args.kwarg.arg, args.kwarg.annotation);
    one("return", returns);
    if (n === 0) return false;
    this.addop(Op.BUILD_TUPLE, loc, n);
    return true;
  }

  // CPython 3.14 Python/codegen.c: codegen_make_closure
  makeClosure(code: CodeObject, flags: number, loc: Loc): void {
    if (code.co_freevars.length > 0) {
      for (const name of code.co_freevars) {
        // CPython 3.11 Python/compile.c: compiler_make_closure. A name free
        // in a method and bound in the class body is both local and free in
        // the class: the closure takes the free one.
        const isCell = this.u.scopeType === "class" && name === "__class__" ||
          this.u.ste.getScope(name) === Scope.CELL;
        this.addop(Op.LOAD_CLOSURE, loc, this.derefIndex(name, isCell ? Scope.CELL : Scope.FREE));
      }
      this.addop(Op.BUILD_TUPLE, loc, code.co_freevars.length);
      flags |= FUNC_CLOSURE;
    }
    this.loadConst(code, loc);
    this.addop(Op.MAKE_FUNCTION, loc);
    for (const f of [FUNC_CLOSURE, FUNC_ANNOTATIONS, FUNC_KWDEFAULTS, FUNC_DEFAULTS]) {
      if (flags & f) this.addop(Op.SET_FUNCTION_ATTRIBUTE, loc, f);
    }
  }

  // CPython 3.14 Python/codegen.c: codegen_lambda
  lambda(e: ast.Lambda): void {
    const flags = this.defaults(e.args, e);
    const u = this.enterScope(e, "lambda", "<lambda>", e.lineno);
    setArgCounts(u, e.args);
    // None first, so a lambda never has a docstring (CPython 3.11).
    u.addConst(null);
    if (u.ste.generator) {
      const start = this.newLabel();
      this.useLabel(start);
      this.pushFBlock("stop_iteration", start, -1, null, NO_LOC);
      visitExpr(this, e.body);
      this.addop(Op.RETURN_VALUE, e.body);
      this.wrapInStopIterationHandler();
      this.popFBlock("stop_iteration");
    } else {
      visitExpr(this, e.body);
      this.addop(Op.RETURN_VALUE, e.body);
    }
    const code = this.exitScope(false);
    this.makeClosure(code, flags, e);
  }

  // -- Classes --

  // CPython 3.14 Python/codegen.c: codegen_class and codegen_class_body
  // (3.11 namespace: no __firstlineno__ or __static_attributes__)
  classDef(s: ast.ClassDef): void {
    for (const d of s.decorator_list) visitExpr(this, d);
    const firstlineno = s.decorator_list[0]?.lineno ?? s.lineno;
    const u = this.enterScope(s, "class", s.name, firstlineno);
    const loc = { lineno: firstlineno, end_lineno: firstlineno, col_offset: 0, end_col_offset: 0 };
    this.nameop("__name__", "Load", loc);
    this.nameop("__module__", "Store", loc);
    this.loadConst(u.qualname, loc);
    this.nameop("__qualname__", "Store", loc);
    this.body(s.body, s.body[0] ?? null);
    if (u.ste.needsClassClosure) {
      // The cell of __class__ goes to type.__new__ as __classcell__.
      this.addop(Op.LOAD_CLOSURE, NO_LOC, this.derefIndex("__class__", Scope.CELL));
      this.addop(Op.COPY, NO_LOC, 1);
      this.nameop("__classcell__", "Store", NO_LOC);
    } else {
      this.loadConst(null, NO_LOC);
    }
    this.addop(Op.RETURN_VALUE, NO_LOC);
    const code = this.exitScope(false);
    this.addop(Op.LOAD_BUILD_CLASS, s);
    this.addop(Op.PUSH_NULL, s);
    this.makeClosure(code, 0, s);
    this.loadConst(s.name, s);
    callHelper(this, s, 2, s.bases, s.keywords);
    for (let i = s.decorator_list.length - 1; i >= 0; i--) {
      this.addop(Op.CALL, s.decorator_list[i], 0);
    }
    this.nameop(s.name, "Store", s);
  }

  // -- Comprehensions --

  // CPython 3.11 Python/compile.c: compiler_comprehension (a nested code
  // object called with the outermost iterator)
  comprehension(
    e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
    name: string,
    elt: ast.Expr,
    value: ast.Expr | null,
  ): void {
    const outer = this.u;
    const u = this.enterScope(e, "comprehension", name, e.lineno);
    u.argcount = 1;
    if (u.ste.coroutine) {
      if (
        e._type !== "GeneratorExp" && outer.scopeType !== "comprehension" &&
        !(outer.ste.coroutine && outer.scopeType === "function")
      ) {
        this.error("asynchronous comprehension outside of an asynchronous function", e);
      }
      this.unsupported("asynchronous comprehension", e);
    }
    const build = {
      ListComp: Op.BUILD_LIST,
      SetComp: Op.BUILD_SET,
      DictComp: Op.BUILD_MAP,
      GeneratorExp: -1,
    }[e._type];
    let start = -1;
    if (build >= 0) {
      this.addop(build, e, 0);
    } else {
      start = this.newLabel();
      this.useLabel(start);
      this.pushFBlock("stop_iteration", start, -1, null, NO_LOC);
    }
    const loc = comprehensionGenerator(this, e, 0, 0, elt, value, e);
    if (build >= 0) {
      this.addop(Op.RETURN_VALUE, loc);
    } else {
      this.wrapInStopIterationHandler();
      this.popFBlock("stop_iteration");
    }
    const code = this.exitScope(build < 0);
    this.makeClosure(code, 0, e);
    visitExpr(this, e.generators[0].iter);
    this.addop(Op.GET_ITER, e);
    this.addop(Op.CALL, e, 0);
  }
}

// CPython 3.11 Python/compile.c: compiler_sync_comprehension_generator.
// The loop's own instructions are positioned on the whole comprehension, or
// on the last comparison an `if` tested, as 3.11 does, so tracebacks show
// the same line.
function comprehensionGenerator(
  c: Compiler,
  e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
  index: number,
  depth: number,
  elt: ast.Expr,
  value: ast.Expr | null,
  loc: Loc,
): Loc {
  const gen = e.generators[index];
  let start = c.newLabel();
  const ifCleanup = c.newLabel();
  const anchor = c.newLabel();
  if (index === 0) {
    c.addop(Op.LOAD_FAST, loc, 0);
  } else {
    // `for y in [expr]` only binds y: no loop (CPython's fast path).
    const it = gen.iter;
    const single = (it._type === "List" || it._type === "Tuple") && it.elts.length === 1 &&
      it.elts[0]._type !== "Starred";
    if (single) {
      visitExpr(c, (it as ast.List | ast.Tuple).elts[0]);
      start = -1;
    } else {
      visitExpr(c, gen.iter);
      c.addop(Op.GET_ITER, loc);
    }
  }
  if (start >= 0) {
    depth++;
    c.useLabel(start);
    c.addJump(Op.FOR_ITER, anchor, loc);
  }
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) loc = jumpIf(c, loc, cond, ifCleanup, false);
  if (index + 1 < e.generators.length) {
    loc = comprehensionGenerator(c, e, index + 1, depth, elt, value, loc);
  } else {
    visitExpr(c, elt);
    switch (e._type) {
      case "GeneratorExp":
        c.addop(Op.YIELD_VALUE, loc, 0);
        c.addop(Op.RESUME, loc, 1);
        c.addop(Op.POP_TOP, loc);
        break;
      case "ListComp":
        c.addop(Op.LIST_APPEND, loc, depth + 1);
        break;
      case "SetComp":
        c.addop(Op.SET_ADD, loc, depth + 1);
        break;
      case "DictComp":
        visitExpr(c, value!);
        c.addop(Op.MAP_ADD, loc, depth + 1);
        break;
    }
  }
  c.useLabel(ifCleanup);
  if (start >= 0) {
    c.addJump(Op.JUMP, start, loc);
    c.useLabel(anchor);
    c.addop(Op.END_FOR, NO_LOC);
  }
  return loc;
}

function setArgCounts(u: Unit, args: ast.Arguments): void {
  u.argcount = args.posonlyargs.length + args.args.length;
  u.posonlyargcount = args.posonlyargs.length;
  u.kwonlyargcount = args.kwonlyargs.length;
}

// CPython 3.11 Python/compile.c: compute_code_flags
function codeFlags(u: Unit): number {
  const ste = u.ste;
  let flags = 0;
  if (ste.type === "function") {
    flags |= CO.NEWLOCALS | CO.OPTIMIZED;
    if (ste.nested) flags |= CO.NESTED;
    if (ste.generator && !ste.coroutine) flags |= CO.GENERATOR;
    if (ste.varargs) flags |= CO.VARARGS;
    if (ste.varkeywords) flags |= CO.VARKEYWORDS;
    if (u.scopeType === "function") {
      if (ste.isMethod) flags |= CO.METHOD;
      if (typeof u.consts[0] === "string") flags |= CO.HAS_DOCSTRING;
    }
  }
  return flags;
}

// CPython 3.11 Python/compile.c: find_ann
function findAnnotation(stmts: ast.Stmt[]): boolean {
  for (const s of stmts) {
    switch (s._type) {
      case "AnnAssign":
        return true;
      case "For":
      case "AsyncFor":
      case "While":
      case "If":
        if (findAnnotation(s.body) || findAnnotation(s.orelse)) return true;
        break;
      case "With":
      case "AsyncWith":
        if (findAnnotation(s.body)) return true;
        break;
      case "Try":
      case "TryStar":
        if (s.handlers.some((h) => findAnnotation(h.body))) return true;
        if (findAnnotation(s.body) || findAnnotation(s.finalbody) || findAnnotation(s.orelse)) {
          return true;
        }
        break;
    }
  }
  return false;
}

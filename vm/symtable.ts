/**
 * Symbol tables: which scope each name of each block lives in.
 *
 * A port of CPython 3.11's Python/symtable.c. A first pass visits the tree,
 * recording how each block uses each name (bound, used, declared global or
 * nonlocal, parameter); a second pass (`analyze`) resolves every name to
 * local, cell, free, global-explicit or global-implicit, walking the blocks
 * with the sets of names bound in enclosing functions. Class scopes are not
 * visible from the functions nested in them, except for the implicit
 * `__class__` cell that zero-argument `super()` uses. Comprehensions and
 * generator expressions are blocks of their own (as in 3.11, before PEP 709
 * inlined them), whose first iterable is evaluated in the enclosing block.
 *
 * The SyntaxErrors CPython raises here are raised here, with its messages
 * and positions.
 *
 * @module
 */

import type * as ast from "./ast.ts";
import { CompileRecursionError, PySyntaxError } from "./syntax_error.ts";

/** Expression nesting the symbol table accepts (CPython: recursion limit x 3). */
const MAX_EXPR_DEPTH = 3000;

/** Flags of a name in a block (CPython 3.11 Include/internal/pycore_symtable.h). */
export const DEF = {
  GLOBAL: 1,
  LOCAL: 2,
  PARAM: 4,
  NONLOCAL: 8,
  USE: 16,
  FREE: 32,
  FREE_CLASS: 64,
  IMPORT: 128,
  ANNOT: 256,
  COMP_ITER: 512,
} as const;
const DEF_BOUND = DEF.LOCAL | DEF.PARAM | DEF.IMPORT;

/** Resolved scope of a name (CPython's values); 0 when the block does not know it. */
export const Scope = {
  LOCAL: 1,
  GLOBAL_EXPLICIT: 2,
  GLOBAL_IMPLICIT: 3,
  FREE: 4,
  CELL: 5,
} as const;
export type Scope = (typeof Scope)[keyof typeof Scope];

export type BlockType = "module" | "class" | "function";
export type ComprehensionType = "list" | "set" | "dict" | "generator";

/** A node that opens a block. */
export type BlockNode =
  | ast.Module
  | ast.FunctionDef
  | ast.AsyncFunctionDef
  | ast.ClassDef
  | ast.Lambda
  | ast.ListComp
  | ast.SetComp
  | ast.DictComp
  | ast.GeneratorExp;

type Loc = ast.Located;

/** CPython's `_Py_Mangle`: `__x` inside class `C` is `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__")) return name;
  if (name.endsWith("__") || name.includes(".")) return name;
  const stripped = privateName.replace(/^_+/, "");
  if (stripped === "") return name;
  return "_" + stripped + name;
}

/** One block: CPython's PySTEntryObject. */
export class SymbolTableEntry {
  readonly name: string;
  readonly type: BlockType;
  readonly node: BlockNode;
  readonly lineno: number;
  /** Flags of each name, in order of first appearance. */
  readonly symbols: Map<string, number> = new Map();
  /** Resolved scopes, filled by the analysis. */
  readonly scopes: Map<string, Scope> = new Map();
  /** Parameters, in definition order. */
  readonly varnames: string[] = [];
  readonly children: SymbolTableEntry[] = [];
  /** Where each global or nonlocal statement named a name (first one wins). */
  readonly directives: [string, Loc][] = [];
  /** Inside a function, directly or not. */
  nested = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionType | null = null;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  /** A class whose methods use `__class__` or `super`. */
  needsClassClosure = false;
  /** This block has free variables. */
  free = false;
  childFree = false;
  /** Defined directly in a class body. */
  isMethod = false;
  compIterTarget = false;
  compIterExpr = 0;

  constructor(name: string, type: BlockType, node: BlockNode, lineno: number) {
    this.name = name;
    this.type = type;
    this.node = node;
    this.lineno = lineno;
  }

  /** The scope of a (mangled) name, or 0. */
  getScope(name: string): Scope | 0 {
    return this.scopes.get(name) ?? 0;
  }

  /** The definition flags of a (mangled) name, or 0. */
  getFlags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
}

/** The symbol tables of a module. */
export class SymbolTable {
  readonly top: SymbolTableEntry;
  readonly #entries: Map<BlockNode, SymbolTableEntry>;

  constructor(top: SymbolTableEntry, entries: Map<BlockNode, SymbolTableEntry>) {
    this.top = top;
    this.#entries = entries;
  }

  /** The block a node opens; throws if it opens none. */
  lookup(node: BlockNode): SymbolTableEntry {
    const e = this.#entries.get(node);
    if (e === undefined) throw new Error(`Cannot find the symbol table of a ${node._type} node`);
    return e;
  }
}

/** Builds and analyzes the symbol tables of a module. */
export function buildSymbolTable(module: ast.Module, filename: string): SymbolTable {
  const b = new Builder(filename);
  const top = b.enter("top", "module", module, 0);
  for (const s of module.body) b.visitStmt(s);
  b.exit();
  analyzeBlock(top, null, new Set(), new Set(), filename);
  return new SymbolTable(top, b.entries);
}

function syntaxError(msg: string, loc: Loc, filename: string): PySyntaxError {
  return new PySyntaxError("SyntaxError", msg, {
    filename,
    lineno: loc.lineno,
    offset: loc.col_offset + 1,
    end_lineno: loc.end_lineno,
    end_offset: loc.end_col_offset + 1,
  });
}

const GLOBAL_PARAM = "name '%' is parameter and global";
const NONLOCAL_PARAM = "name '%' is parameter and nonlocal";
const GLOBAL_AFTER_ASSIGN = "name '%' is assigned to before global declaration";
const NONLOCAL_AFTER_ASSIGN = "name '%' is assigned to before nonlocal declaration";
const GLOBAL_AFTER_USE = "name '%' is used prior to global declaration";
const NONLOCAL_AFTER_USE = "name '%' is used prior to nonlocal declaration";
const GLOBAL_ANNOT = "annotated name '%' can't be global";
const NONLOCAL_ANNOT = "annotated name '%' can't be nonlocal";

// -- First pass: record how each block uses each name -----------------------------

class Builder {
  readonly entries: Map<BlockNode, SymbolTableEntry> = new Map();
  readonly #filename: string;
  #stack: SymbolTableEntry[] = [];
  #cur!: SymbolTableEntry;
  #top!: SymbolTableEntry;
  /** Name of the class whose private names are mangled, as CPython's st_private. */
  #private: string | null = null;

  constructor(filename: string) {
    this.#filename = filename;
  }

  #error(msg: string, loc: Loc): PySyntaxError {
    return syntaxError(msg, loc, this.#filename);
  }

  enter(name: string, type: BlockType, node: BlockNode, lineno: number): SymbolTableEntry {
    const ste = new SymbolTableEntry(name, type, node, lineno);
    const parent = this.#stack.at(-1);
    if (parent) {
      ste.nested = parent.nested || parent.type === "function";
      ste.isMethod = parent.type === "class" && type === "function";
      // CPython 3.11 symtable.c symtable_enter_block: a block opened inside
      // a comprehension's iterable (a nested comprehension, a lambda) is
      // still inside it, so a walrus there is rejected too.
      ste.compIterExpr = parent.compIterExpr;
      parent.children.push(ste);
    } else {
      this.#top = ste;
    }
    this.#stack.push(ste);
    this.#cur = ste;
    this.entries.set(node, ste);
    return ste;
  }

  exit(): void {
    this.#stack.pop();
    this.#cur = this.#stack.at(-1)!;
  }

  // CPython 3.11 Python/symtable.c: symtable_add_def_helper
  #addDefIn(name: string, flag: number, ste: SymbolTableEntry, loc: Loc): void {
    const mangled = mangle(this.#private, name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if (flag & DEF.PARAM && val & DEF.PARAM) {
        throw this.#error(`duplicate argument '${name}' in function definition`, loc);
      }
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF.GLOBAL | DEF.NONLOCAL)) {
        throw this.#error(
          `comprehension inner loop cannot rebind assignment expression target '${name}'`,
          loc,
        );
      }
      val |= DEF.COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF.PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF.GLOBAL) {
      const g = this.#top.symbols;
      g.set(mangled, flag | (g.get(mangled) ?? 0));
    }
  }

  #addDef(name: string, flag: number, loc: Loc): void {
    this.#addDefIn(name, flag, this.#cur, loc);
  }

  #lookup(name: string): number {
    return this.#cur.symbols.get(mangle(this.#private, name)) ?? 0;
  }

  #recordDirective(name: string, loc: Loc): void {
    this.#cur.directives.push([mangle(this.#private, name), loc]);
  }

  // CPython 3.11 Python/symtable.c: symtable_visit_stmt
  visitStmt(s: ast.Stmt): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        this.#addDef(s.name, DEF.LOCAL, s);
        this.#visitExprs(s.args.defaults);
        this.#visitOptExprs(s.args.kw_defaults);
        this.#visitAnnotations(s.args, s.returns);
        this.#visitExprs(s.decorator_list);
        const ste = this.enter(s.name, "function", s, s.lineno);
        if (s._type === "AsyncFunctionDef") ste.coroutine = true;
        this.#visitArguments(s.args);
        for (const b of s.body) this.visitStmt(b);
        this.exit();
        break;
      }
      case "ClassDef": {
        this.#addDef(s.name, DEF.LOCAL, s);
        this.#visitExprs(s.bases);
        for (const k of s.keywords) this.#visitExpr(k.value);
        this.#visitExprs(s.decorator_list);
        this.enter(s.name, "class", s, s.lineno);
        const saved = this.#private;
        this.#private = s.name;
        for (const b of s.body) this.visitStmt(b);
        this.#private = saved;
        this.exit();
        break;
      }
      case "Return":
        if (s.value) {
          this.#visitExpr(s.value);
          this.#cur.returnsValue = true;
        }
        break;
      case "Delete":
        this.#visitExprs(s.targets);
        break;
      case "Assign":
        this.#visitExprs(s.targets);
        this.#visitExpr(s.value);
        break;
      case "AnnAssign":
        this.#visitAnnAssign(s);
        break;
      case "AugAssign":
        this.#visitExpr(s.target);
        this.#visitExpr(s.value);
        break;
      case "For":
      case "AsyncFor":
        this.#visitExpr(s.target);
        this.#visitExpr(s.iter);
        this.#visitStmts(s.body);
        this.#visitStmts(s.orelse);
        break;
      case "While":
      case "If":
        this.#visitExpr(s.test);
        this.#visitStmts(s.body);
        this.#visitStmts(s.orelse);
        break;
      case "Raise":
        if (s.exc) {
          this.#visitExpr(s.exc);
          if (s.cause) this.#visitExpr(s.cause);
        }
        break;
      case "Try":
      case "TryStar":
        this.#visitStmts(s.body);
        this.#visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.#visitExpr(h.type);
          if (h.name) this.#addDef(h.name, DEF.LOCAL, h);
          this.#visitStmts(h.body);
        }
        this.#visitStmts(s.finalbody);
        break;
      case "Assert":
        this.#visitExpr(s.test);
        if (s.msg) this.#visitExpr(s.msg);
        break;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) this.#visitAlias(a);
        break;
      case "Global":
      case "Nonlocal":
        this.#visitDirective(s);
        break;
      case "Expr":
        this.#visitExpr(s.value);
        break;
      case "With":
      case "AsyncWith":
        for (const item of s.items) {
          this.#visitExpr(item.context_expr);
          if (item.optional_vars) this.#visitExpr(item.optional_vars);
        }
        this.#visitStmts(s.body);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
    }
  }

  #visitStmts(body: ast.Stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  #visitDirective(s: ast.Global | ast.Nonlocal): void {
    const global = s._type === "Global";
    for (const name of s.names) {
      const cur = this.#lookup(name);
      if (cur & (DEF.PARAM | DEF.LOCAL | DEF.USE | DEF.ANNOT)) {
        let msg: string;
        if (cur & DEF.PARAM) msg = global ? GLOBAL_PARAM : NONLOCAL_PARAM;
        else if (cur & DEF.USE) msg = global ? GLOBAL_AFTER_USE : NONLOCAL_AFTER_USE;
        else if (cur & DEF.ANNOT) msg = global ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
        else msg = global ? GLOBAL_AFTER_ASSIGN : NONLOCAL_AFTER_ASSIGN;
        throw this.#error(msg.replace("%", name), s);
      }
      this.#addDef(name, global ? DEF.GLOBAL : DEF.NONLOCAL, s);
      this.#recordDirective(name, s);
    }
  }

  #visitAnnAssign(s: ast.AnnAssign): void {
    const target = s.target;
    if (target._type === "Name") {
      const cur = this.#lookup(target.id);
      if (cur & (DEF.GLOBAL | DEF.NONLOCAL) && this.#cur !== this.#top && s.simple) {
        const msg = cur & DEF.GLOBAL ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
        throw this.#error(msg.replace("%", target.id), s);
      }
      if (s.simple) this.#addDef(target.id, DEF.ANNOT | DEF.LOCAL, target);
      else if (s.value) this.#addDef(target.id, DEF.LOCAL, target);
    } else {
      this.#visitExpr(target);
    }
    this.#visitExpr(s.annotation);
    if (s.value) this.#visitExpr(s.value);
  }

  #visitAlias(a: ast.Alias): void {
    // `import a.b.c` binds `a`; `import a.b as c` binds `c`.
    const storeName = a.asname ?? a.name.split(".")[0];
    if (storeName === "*") {
      if (this.#cur.type !== "module") {
        throw this.#error("import * only allowed at module level", a);
      }
      return;
    }
    this.#addDef(storeName, DEF.IMPORT, a);
  }

  // CPython 3.11 Python/symtable.c: symtable_visit_annotations (annotations
  // are evaluated in the enclosing block)
  #visitAnnotations(args: ast.Arguments, returns: ast.Expr | null): void {
    for (const a of [...args.posonlyargs, ...args.args]) {
      if (a.annotation) this.#visitExpr(a.annotation);
    }
    if (args.vararg?.annotation) this.#visitExpr(args.vararg.annotation);
    if (args.kwarg?.annotation) this.#visitExpr(args.kwarg.annotation);
    for (const a of args.kwonlyargs) if (a.annotation) this.#visitExpr(a.annotation);
    if (returns) this.#visitExpr(returns);
  }

  #visitArguments(args: ast.Arguments): void {
    for (const a of args.posonlyargs) this.#addDef(a.arg, DEF.PARAM, a);
    for (const a of args.args) this.#addDef(a.arg, DEF.PARAM, a);
    for (const a of args.kwonlyargs) this.#addDef(a.arg, DEF.PARAM, a);
    if (args.vararg) {
      this.#addDef(args.vararg.arg, DEF.PARAM, args.vararg);
      this.#cur.varargs = true;
    }
    if (args.kwarg) {
      this.#addDef(args.kwarg.arg, DEF.PARAM, args.kwarg);
      this.#cur.varkeywords = true;
    }
  }

  #visitExprs(es: ast.Expr[]): void {
    for (const e of es) this.#visitExpr(e);
  }

  #visitOptExprs(es: (ast.Expr | null)[]): void {
    for (const e of es) if (e) this.#visitExpr(e);
  }

  // CPython 3.11 Python/symtable.c: symtable_visit_expr
  #exprDepth = 0;

  // CPython 3.11 symtable.c counts its recursion (the recursion limit times
  // COMPILER_STACK_FRAME_SCALE, 3000 by default) so that nesting too deep
  // to compile fails the same way every time, whatever the host stack.
  #visitExpr(e: ast.Expr): void {
    if (++this.#exprDepth > MAX_EXPR_DEPTH) throw new CompileRecursionError();
    try {
      this.#visitExprInner(e);
    } finally {
      this.#exprDepth--;
    }
  }

  #visitExprInner(e: ast.Expr): void {
    switch (e._type) {
      case "NamedExpr":
        this.#handleNamedExpr(e);
        break;
      case "BoolOp":
        this.#visitExprs(e.values);
        break;
      case "BinOp":
        this.#visitExpr(e.left);
        this.#visitExpr(e.right);
        break;
      case "UnaryOp":
        this.#visitExpr(e.operand);
        break;
      case "Lambda":
        this.#visitExprs(e.args.defaults);
        this.#visitOptExprs(e.args.kw_defaults);
        this.enter("lambda", "function", e, e.lineno);
        this.#visitArguments(e.args);
        this.#visitExpr(e.body);
        this.exit();
        break;
      case "IfExp":
        this.#visitExpr(e.test);
        this.#visitExpr(e.body);
        this.#visitExpr(e.orelse);
        break;
      case "Dict":
        this.#visitOptExprs(e.keys);
        this.#visitExprs(e.values);
        break;
      case "Set":
        this.#visitExprs(e.elts);
        break;
      case "GeneratorExp":
        this.#handleComprehension(e, "genexpr", "generator", e.elt, null);
        break;
      case "ListComp":
        this.#handleComprehension(e, "listcomp", "list", e.elt, null);
        break;
      case "SetComp":
        this.#handleComprehension(e, "setcomp", "set", e.elt, null);
        break;
      case "DictComp":
        this.#handleComprehension(e, "dictcomp", "dict", e.key, e.value);
        break;
      case "Yield":
      case "YieldFrom":
        if (e.value) this.#visitExpr(e.value);
        this.#cur.generator = true;
        if (this.#cur.comprehension) {
          const kind = this.#cur.comprehension;
          const what = kind === "generator" ? "generator expression" : `${kind} comprehension`;
          throw this.#error(`'yield' inside ${what}`, e);
        }
        break;
      case "Await":
        this.#visitExpr(e.value);
        this.#cur.coroutine = true;
        break;
      case "Compare":
        this.#visitExpr(e.left);
        this.#visitExprs(e.comparators);
        break;
      case "Call":
        this.#visitExpr(e.func);
        this.#visitExprs(e.args);
        for (const k of e.keywords) this.#visitExpr(k.value);
        break;
      case "FormattedValue":
        this.#visitExpr(e.value);
        if (e.format_spec) this.#visitExpr(e.format_spec);
        break;
      case "JoinedStr":
        this.#visitExprs(e.values);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.#visitExpr(e.value);
        break;
      case "Subscript":
        this.#visitExpr(e.value);
        this.#visitExpr(e.slice);
        break;
      case "Starred":
        this.#visitExpr(e.value);
        break;
      case "Slice":
        if (e.lower) this.#visitExpr(e.lower);
        if (e.upper) this.#visitExpr(e.upper);
        if (e.step) this.#visitExpr(e.step);
        break;
      case "Name":
        this.#addDef(e.id, e.ctx === "Load" ? DEF.USE : DEF.LOCAL, e);
        // A function using `super` may need the `__class__` cell.
        if (e.ctx === "Load" && this.#cur.type === "function" && e.id === "super") {
          this.#addDef("__class__", DEF.USE, e);
        }
        break;
      case "List":
      case "Tuple":
        this.#visitExprs(e.elts);
        break;
    }
  }

  // CPython 3.11 Python/symtable.c: symtable_handle_namedexpr
  #handleNamedExpr(e: ast.NamedExpr): void {
    if (this.#cur.compIterExpr > 0) {
      throw this.#error(
        "assignment expression cannot be used in a comprehension iterable expression",
        e,
      );
    }
    if (this.#cur.comprehension) this.#extendNamedExprScope(e.target);
    this.#visitExpr(e.value);
    this.#visitExpr(e.target);
  }

  // CPython 3.11 Python/symtable.c: symtable_extend_namedexpr_scope: the
  // target of a walrus in a comprehension binds in the nearest function or
  // module.
  #extendNamedExprScope(target: ast.Name): void {
    const name = target.id;
    for (let i = this.#stack.length - 1; i >= 0; i--) {
      const ste = this.#stack[i];
      if (ste.comprehension) {
        if (ste.getFlags(mangle(this.#private, name)) & DEF.COMP_ITER) {
          throw this.#error(
            `assignment expression cannot rebind comprehension iteration variable '${name}'`,
            target,
          );
        }
        continue;
      }
      if (ste.type === "function") {
        const flags = ste.getFlags(mangle(this.#private, name));
        this.#addDef(name, flags & DEF.GLOBAL ? DEF.GLOBAL : DEF.NONLOCAL, target);
        this.#recordDirective(name, target);
        this.#addDefIn(name, DEF.LOCAL, ste, target);
        return;
      }
      if (ste.type === "module") {
        this.#addDef(name, DEF.GLOBAL, target);
        this.#recordDirective(name, target);
        this.#addDefIn(name, DEF.GLOBAL, ste, target);
        return;
      }
      throw this.#error(
        "assignment expression within a comprehension cannot be used in a class body",
        target,
      );
    }
  }

  // CPython 3.11 Python/symtable.c: symtable_handle_comprehension
  #handleComprehension(
    e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
    name: string,
    kind: ComprehensionType,
    elt: ast.Expr,
    value: ast.Expr | null,
  ): void {
    const [outermost, ...rest] = e.generators;
    this.#cur.compIterExpr++;
    this.#visitExpr(outermost.iter);
    this.#cur.compIterExpr--;
    const ste = this.enter(name, "function", e, e.lineno);
    ste.comprehension = kind;
    if (outermost.is_async) ste.coroutine = true;
    // The outermost iterator arrives as the implicit parameter `.0`.
    this.#addDef(".0", DEF.PARAM, e);
    ste.compIterTarget = true;
    this.#visitExpr(outermost.target);
    ste.compIterTarget = false;
    this.#visitExprs(outermost.ifs);
    for (const gen of rest) {
      ste.compIterTarget = true;
      this.#visitExpr(gen.target);
      ste.compIterTarget = false;
      ste.compIterExpr++;
      this.#visitExpr(gen.iter);
      ste.compIterExpr--;
      this.#visitExprs(gen.ifs);
      if (gen.is_async) ste.coroutine = true;
    }
    if (value) this.#visitExpr(value);
    this.#visitExpr(elt);
    ste.generator = kind === "generator";
    this.exit();
  }
}

// -- Second pass: resolve scopes ------------------------------------------------

// CPython 3.11 Python/symtable.c: analyze_name
function analyzeName(
  ste: SymbolTableEntry,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  filename: string,
): void {
  if (flags & DEF.GLOBAL) {
    if (flags & DEF.NONLOCAL) {
      throw errorAtDirective(ste, name, `name '${name}' is nonlocal and global`, filename);
    }
    ste.scopes.set(name, Scope.GLOBAL_EXPLICIT);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF.NONLOCAL) {
    if (bound === null) {
      throw errorAtDirective(
        ste,
        name,
        "nonlocal declaration not allowed at module level",
        filename,
      );
    }
    if (!bound.has(name)) {
      throw errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`, filename);
    }
    ste.scopes.set(name, Scope.FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    ste.scopes.set(name, Scope.LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  if (bound !== null && bound.has(name)) {
    ste.scopes.set(name, Scope.FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    ste.scopes.set(name, Scope.GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.free = true;
  ste.scopes.set(name, Scope.GLOBAL_IMPLICIT);
}

function errorAtDirective(
  ste: SymbolTableEntry,
  name: string,
  msg: string,
  filename: string,
): PySyntaxError {
  const d = ste.directives.find(([n]) => n === name);
  if (d === undefined) throw new Error(`Cannot find the directive for '${name}'`);
  return syntaxError(msg, d[1], filename);
}

// CPython 3.11 Python/symtable.c: analyze_block
function analyzeBlock(
  ste: SymbolTableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
  filename: string,
): void {
  const local = new Set<string>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  // Class bindings are not visible in methods: what the children see is
  // fixed before the class's own names are analyzed.
  if (ste.type === "class") {
    for (const n of global) newGlobal.add(n);
    if (bound) { for (const n of bound) newBound.add(n); }
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(ste, name, flags, bound, local, free, global, filename);
  }
  if (ste.type !== "class") {
    if (ste.type === "function") { for (const n of local) newBound.add(n); }
    if (bound) { for (const n of bound) newBound.add(n); }
    for (const n of global) newGlobal.add(n);
  } else {
    newBound.add("__class__");
  }
  const allFree = new Set<string>();
  for (const child of ste.children) {
    // CPython 3.11 Python/symtable.c: analyze_child_block (copies the sets)
    const childFree = new Set<string>();
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), filename);
    for (const n of childFree) allFree.add(n);
    if (child.free || child.childFree) ste.childFree = true;
  }
  for (const n of allFree) newFree.add(n);
  if (ste.type === "function") {
    // CPython 3.11 Python/symtable.c: analyze_cells
    for (const [name, scope] of ste.scopes) {
      if (scope === Scope.LOCAL && newFree.has(name)) {
        ste.scopes.set(name, Scope.CELL);
        newFree.delete(name);
      }
    }
  } else if (ste.type === "class" && newFree.delete("__class__")) {
    ste.needsClassClosure = true;
  }
  updateSymbols(ste, bound, newFree);
  for (const n of newFree) free.add(n);
}

// CPython 3.11 Python/symtable.c: update_symbols
function updateSymbols(ste: SymbolTableEntry, bound: Set<string> | null, free: Set<string>): void {
  for (const name of free) {
    const flags = ste.symbols.get(name);
    if (flags !== undefined) {
      // A method's free variable that the class also binds: the class
      // body needs the cell as well as its own binding.
      if (ste.type === "class" && flags & (DEF_BOUND | DEF.GLOBAL)) {
        ste.symbols.set(name, flags | DEF.FREE_CLASS);
      }
      continue;
    }
    if (bound !== null && !bound.has(name)) continue;
    // Free in a child, not known here: it passes through as free.
    ste.symbols.set(name, 0);
    ste.scopes.set(name, Scope.FREE);
  }
}

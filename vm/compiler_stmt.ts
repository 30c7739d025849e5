/**
 * Code generation for statements: CPython 3.14's Python/codegen.c
 * (codegen_visit_stmt and its helpers) with the opcodes of 3.13, 3.11's
 * annotation semantics, and 3.11's positions where they differ, so that
 * tracebacks report 3.11's lines.
 *
 * `try`/`finally`, `with` and loops keep a compile-time block stack
 * (`Compiler.pushFBlock`): a `return`, `break` or `continue` unwinds it,
 * emitting inline every `finally` body and `__exit__` call it leaves, as
 * CPython does (codegen_unwind_fblock_stack).
 *
 * @module
 */

import type * as ast from "./ast.ts";
import { type Loc, NO_LOC } from "./flowgraph.ts";
import { ConstTuple } from "./code.ts";
import type { Compiler, FBlock } from "./compiler.ts";
import { augTargetLoad, binaryOparg, jumpIf, visitExpr } from "./compiler_expr.ts";
import { INTRINSIC_IMPORT_STAR, Op } from "./opcodes.ts";
import { mangle } from "./symtable.ts";

/** Whether a statement is a docstring (CPython's _PyAST_GetDocString). */
export function isDocstring(s: ast.Stmt): boolean {
  return s._type === "Expr" && s.value._type === "Constant" && typeof s.value.value === "string";
}

export function visitStmts(c: Compiler, body: ast.Stmt[]): void {
  for (const s of body) visitStmt(c, s);
}

// CPython 3.14 Python/codegen.c: codegen_visit_stmt
export function visitStmt(c: Compiler, s: ast.Stmt): void {
  switch (s._type) {
    case "FunctionDef":
    case "AsyncFunctionDef":
      c.functionDef(s);
      break;
    case "ClassDef":
      c.classDef(s);
      break;
    case "Return":
      returnStmt(c, s);
      break;
    case "Delete":
      for (const t of s.targets) visitExpr(c, t);
      break;
    case "Assign":
      visitExpr(c, s.value);
      s.targets.forEach((t, i) => {
        if (i < s.targets.length - 1) c.addop(Op.COPY, s, 1);
        visitExpr(c, t);
      });
      break;
    case "AugAssign": {
      const store = augTargetLoad(c, s.target);
      visitExpr(c, s.value);
      c.addop(Op.BINARY_OP, s, binaryOparg(s.op, true));
      store();
      break;
    }
    case "AnnAssign":
      annAssign(c, s);
      break;
    case "For":
      forStmt(c, s);
      break;
    case "While":
      whileStmt(c, s);
      break;
    case "If":
      ifStmt(c, s);
      break;
    case "Raise":
      if (s.exc) visitExpr(c, s.exc);
      if (s.exc && s.cause) visitExpr(c, s.cause);
      c.addop(Op.RAISE_VARARGS, s, s.exc ? (s.cause ? 2 : 1) : 0);
      break;
    case "Try":
      if (s.finalbody.length > 0) tryFinally(c, s);
      else tryExcept(c, s);
      break;
    case "Assert": {
      const end = c.newLabel();
      const loc = jumpIf(c, s, s.test, end, true);
      c.addop(Op.LOAD_ASSERTION_ERROR, loc);
      if (s.msg) {
        // AssertionError(msg): the message sits in the self_or_null slot.
        visitExpr(c, s.msg);
        c.addop(Op.CALL, loc, 0);
      }
      c.addop(Op.RAISE_VARARGS, loc, 1);
      c.useLabel(end);
      break;
    }
    case "Import":
      importStmt(c, s);
      break;
    case "ImportFrom":
      importFrom(c, s);
      break;
    case "Global":
    case "Nonlocal":
      break;
    case "Expr":
      if (s.value._type === "Constant") {
        c.addop(Op.NOP, s);
      } else {
        visitExpr(c, s.value);
        c.addop(Op.POP_TOP, s);
      }
      break;
    case "Pass":
      c.addop(Op.NOP, s);
      break;
    case "Break":
      breakStmt(c, s);
      break;
    case "Continue":
      continueStmt(c, s);
      break;
    case "With":
      withStmt(c, s, 0);
      break;
    case "AsyncFor":
      c.unsupported("'async for'", s);
      break;
    case "AsyncWith":
      c.unsupported("'async with'", s);
      break;
    case "TryStar":
      c.unsupported("'except*'", s);
      break;
    default:
      c.unsupported(`'${(s as { _type: string })._type}' statement`, s as ast.Located);
  }
}

// -- Unwinding ---------------------------------------------------------------------

function callExitWithNones(c: Compiler, loc: Loc): void {
  c.loadConst(null, loc);
  c.loadConst(null, loc);
  c.loadConst(null, loc);
  // __exit__(None, None, None): the first None sits in the self_or_null slot.
  c.addop(Op.CALL, loc, 2);
}

/**
 * Emits what leaving one block requires. `preserveTos`: a return value on
 * top of the stack stays on top. Returns the location to use afterwards.
 */
// CPython 3.14 Python/codegen.c: codegen_unwind_fblock (with 3.13's
// BEFORE_WITH stack layout)
function unwindFBlock(c: Compiler, loc: Loc, info: FBlock, preserveTos: boolean): Loc {
  switch (info.type) {
    case "while":
    case "exception_handler":
    case "stop_iteration":
      return loc;
    case "for":
      if (preserveTos) c.addop(Op.SWAP, loc, 2);
      c.addop(Op.POP_TOP, loc);
      return loc;
    case "try_except":
      c.addop(Op.POP_BLOCK, loc);
      return loc;
    case "finally_try":
      c.addop(Op.POP_BLOCK, loc);
      if (preserveTos) c.pushFBlock("pop_value", -1, -1, null, loc);
      visitStmts(c, info.datum as ast.Stmt[]);
      if (preserveTos) c.popFBlock("pop_value");
      // The finally body runs "after" the statement that left the block.
      return NO_LOC;
    case "finally_end":
      if (preserveTos) c.addop(Op.SWAP, loc, 2);
      c.addop(Op.POP_TOP, loc);
      if (preserveTos) c.addop(Op.SWAP, loc, 2);
      c.addop(Op.POP_BLOCK, loc);
      c.addop(Op.POP_EXCEPT, loc);
      return loc;
    case "with": {
      const wloc = info.loc;
      c.addop(Op.POP_BLOCK, wloc);
      if (preserveTos) c.addop(Op.SWAP, wloc, 2);
      callExitWithNones(c, wloc);
      c.addop(Op.POP_TOP, wloc);
      return NO_LOC;
    }
    case "handler_cleanup": {
      const name = info.datum as string | null;
      if (name !== null) c.addop(Op.POP_BLOCK, loc);
      if (preserveTos) c.addop(Op.SWAP, loc, 2);
      c.addop(Op.POP_BLOCK, loc);
      c.addop(Op.POP_EXCEPT, loc);
      if (name !== null) {
        c.loadConst(null, loc);
        c.nameop(name, "Store", loc);
        c.nameop(name, "Del", loc);
      }
      return loc;
    }
    case "pop_value":
      if (preserveTos) c.addop(Op.SWAP, loc, 2);
      c.addop(Op.POP_TOP, loc);
      return loc;
  }
}

/**
 * Unwinds the block stack up to the innermost loop (when `toLoop`) or
 * entirely; returns the loop found, if any, and the location to continue with.
 */
// CPython 3.14 Python/codegen.c: codegen_unwind_fblock_stack
function unwindFBlockStack(
  c: Compiler,
  loc: Loc,
  preserveTos: boolean,
  toLoop: boolean,
): { loc: Loc; loop: FBlock | null } {
  const stack = c.u.fblocks;
  const top = stack[stack.length - 1];
  if (top === undefined) return { loc, loop: null };
  if (toLoop && (top.type === "while" || top.type === "for")) return { loc, loop: top };
  stack.pop();
  loc = unwindFBlock(c, loc, top, preserveTos);
  const r = unwindFBlockStack(c, loc, preserveTos, toLoop);
  stack.push(top);
  return r;
}

// CPython 3.14 Python/codegen.c: codegen_return
function returnStmt(c: Compiler, s: ast.Return): void {
  let loc: Loc = s;
  const value = s.value;
  const preserveTos = value !== null && value._type !== "Constant";
  if (c.u.ste.type !== "function") c.error("'return' outside function", s);
  if (preserveTos) {
    visitExpr(c, value);
  } else if (value !== null) {
    loc = value;
    c.addop(Op.NOP, loc);
  }
  if (value === null || value.lineno !== s.lineno) {
    loc = s;
    c.addop(Op.NOP, loc);
  }
  loc = unwindFBlockStack(c, loc, preserveTos, false).loc;
  if (value === null) c.loadConst(null, loc);
  else if (!preserveTos) c.loadConst((value as ast.Constant).value, loc);
  c.addop(Op.RETURN_VALUE, loc);
}

// CPython 3.14 Python/codegen.c: codegen_break
function breakStmt(c: Compiler, s: ast.Break): void {
  c.addop(Op.NOP, s);
  const { loc, loop } = unwindFBlockStack(c, s, false, true);
  if (loop === null) c.error("'break' outside loop", s);
  const after = unwindFBlock(c, loc, loop, false);
  c.addJump(Op.JUMP, loop.exit, after);
}

// CPython 3.14 Python/codegen.c: codegen_continue
function continueStmt(c: Compiler, s: ast.Continue): void {
  c.addop(Op.NOP, s);
  const { loc, loop } = unwindFBlockStack(c, s, false, true);
  if (loop === null) c.error("'continue' not properly in loop", s);
  c.addJump(Op.JUMP, loop.block, loc);
}

// -- Control flow ------------------------------------------------------------------

// CPython 3.14 Python/codegen.c: codegen_if
function ifStmt(c: Compiler, s: ast.If): void {
  const end = c.newLabel();
  const next = s.orelse.length > 0 ? c.newLabel() : end;
  jumpIf(c, s, s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length > 0) {
    c.addJump(Op.JUMP_NO_INTERRUPT, end, NO_LOC);
    c.useLabel(next);
    visitStmts(c, s.orelse);
  }
  c.useLabel(end);
}

// CPython 3.14 Python/codegen.c: codegen_for (3.11 positions GET_ITER and
// FOR_ITER on the whole statement)
function forStmt(c: Compiler, s: ast.For): void {
  const start = c.newLabel();
  const body = c.newLabel();
  const cleanup = c.newLabel();
  const end = c.newLabel();
  c.pushFBlock("for", start, end, null, s);
  visitExpr(c, s.iter);
  c.addop(Op.GET_ITER, s);
  c.useLabel(start);
  c.addJump(Op.FOR_ITER, cleanup, s);
  // Keeps a line event for a target on its own line; removed if redundant.
  c.addop(Op.NOP, s.target);
  c.useLabel(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addJump(Op.JUMP, start, NO_LOC);
  c.useLabel(cleanup);
  c.addop(Op.END_FOR, NO_LOC);
  c.popFBlock("for");
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

// CPython 3.14 Python/codegen.c: codegen_while
function whileStmt(c: Compiler, s: ast.While): void {
  const loop = c.newLabel();
  const end = c.newLabel();
  const anchor = c.newLabel();
  c.useLabel(loop);
  c.pushFBlock("while", loop, end, null, s);
  jumpIf(c, s, s.test, anchor, false);
  visitStmts(c, s.body);
  c.addJump(Op.JUMP, loop, NO_LOC);
  c.popFBlock("while");
  c.useLabel(anchor);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

// -- Exceptions ----------------------------------------------------------------------

function popExceptAndReraise(c: Compiler, loc: Loc): void {
  // Stack: prev_exc, lasti, exc. Restore prev_exc, re-raise exc at lasti.
  c.addop(Op.COPY, loc, 3);
  c.addop(Op.POP_EXCEPT, loc);
  c.addop(Op.RERAISE, loc, 1);
}

// CPython 3.14 Python/codegen.c: codegen_try_finally. The finally body is
// emitted twice: inline for the normal exit, and in the handler, which
// re-raises; `return`/`break`/`continue` in the try body emit it a third
// time through the block stack.
function tryFinally(c: Compiler, s: ast.Try): void {
  const body = c.newLabel();
  const end = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  c.addJump(Op.SETUP_FINALLY, end, s);
  c.useLabel(body);
  c.pushFBlock("finally_try", body, end, s.finalbody, s);
  if (s.handlers.length > 0) tryExcept(c, s);
  else visitStmts(c, s.body);
  c.addop(Op.POP_BLOCK, NO_LOC);
  c.popFBlock("finally_try");
  visitStmts(c, s.finalbody);
  c.addJump(Op.JUMP_NO_INTERRUPT, exit, NO_LOC);
  c.useLabel(end);
  c.addJump(Op.SETUP_CLEANUP, cleanup, NO_LOC);
  c.addop(Op.PUSH_EXC_INFO, NO_LOC);
  c.pushFBlock("finally_end", end, -1, null, s);
  visitStmts(c, s.finalbody);
  c.popFBlock("finally_end");
  c.addop(Op.RERAISE, NO_LOC, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOC);
  c.useLabel(exit);
}

// CPython 3.14 Python/codegen.c: codegen_try_except. `except E as e` runs
// its body in an inner try/finally that unbinds `e`.
function tryExcept(c: Compiler, s: ast.Try): void {
  const body = c.newLabel();
  let except = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  c.addJump(Op.SETUP_FINALLY, except, s);
  c.useLabel(body);
  c.pushFBlock("try_except", body, -1, null, s);
  visitStmts(c, s.body);
  c.popFBlock("try_except");
  c.addop(Op.POP_BLOCK, NO_LOC);
  visitStmts(c, s.orelse);
  c.addJump(Op.JUMP_NO_INTERRUPT, end, NO_LOC);
  c.useLabel(except);
  c.addJump(Op.SETUP_CLEANUP, cleanup, NO_LOC);
  c.addop(Op.PUSH_EXC_INFO, NO_LOC);
  c.pushFBlock("exception_handler", -1, -1, null, s);
  s.handlers.forEach((h, i) => {
    if (!h.type && i < s.handlers.length - 1) c.error("default 'except:' must be last", h);
    except = c.newLabel();
    if (h.type) {
      visitExpr(c, h.type);
      c.addop(Op.CHECK_EXC_MATCH, h);
      c.addJump(Op.POP_JUMP_IF_FALSE, except, h);
    }
    const cleanupBody = c.newLabel();
    if (h.name) {
      const cleanupEnd = c.newLabel();
      c.nameop(h.name, "Store", h);
      c.addJump(Op.SETUP_CLEANUP, cleanupEnd, h);
      c.useLabel(cleanupBody);
      c.pushFBlock("handler_cleanup", cleanupBody, -1, h.name, h);
      visitStmts(c, h.body);
      c.popFBlock("handler_cleanup");
      c.addop(Op.POP_BLOCK, NO_LOC);
      c.addop(Op.POP_BLOCK, NO_LOC);
      c.addop(Op.POP_EXCEPT, NO_LOC);
      c.loadConst(null, NO_LOC);
      c.nameop(h.name, "Store", NO_LOC);
      c.nameop(h.name, "Del", NO_LOC);
      c.addJump(Op.JUMP_NO_INTERRUPT, end, NO_LOC);
      c.useLabel(cleanupEnd);
      c.loadConst(null, NO_LOC);
      c.nameop(h.name, "Store", NO_LOC);
      c.nameop(h.name, "Del", NO_LOC);
      c.addop(Op.RERAISE, NO_LOC, 1);
    } else {
      c.addop(Op.POP_TOP, h);
      c.useLabel(cleanupBody);
      c.pushFBlock("handler_cleanup", cleanupBody, -1, null, h);
      visitStmts(c, h.body);
      c.popFBlock("handler_cleanup");
      c.addop(Op.POP_BLOCK, NO_LOC);
      c.addop(Op.POP_EXCEPT, NO_LOC);
      c.addJump(Op.JUMP_NO_INTERRUPT, end, NO_LOC);
    }
    c.useLabel(except);
  });
  c.popFBlock("exception_handler");
  c.addop(Op.RERAISE, NO_LOC, 0);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOC);
  c.useLabel(end);
}

// CPython 3.13 Python/compile.c: compiler_with (BEFORE_WITH), with 3.11's
// positions on the whole statement. Several items nest.
function withStmt(c: Compiler, s: ast.With, pos: number): void {
  const item = s.items[pos];
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  c.addop(Op.BEFORE_WITH, s);
  c.addJump(Op.SETUP_WITH, final, s);
  c.useLabel(block);
  c.pushFBlock("with", block, final, null, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP, s);
  if (pos + 1 === s.items.length) visitStmts(c, s.body);
  else withStmt(c, s, pos + 1);
  c.addop(Op.POP_BLOCK, NO_LOC);
  c.popFBlock("with");
  callExitWithNones(c, s);
  c.addop(Op.POP_TOP, s);
  c.addJump(Op.JUMP, exit, s);
  c.useLabel(final);
  c.addJump(Op.SETUP_CLEANUP, cleanup, s);
  c.addop(Op.PUSH_EXC_INFO, s);
  c.addop(Op.WITH_EXCEPT_START, s);
  // CPython 3.14 Python/codegen.c: codegen_with_except_finish
  const suppress = c.newLabel();
  c.addop(Op.TO_BOOL, s);
  c.addJump(Op.POP_JUMP_IF_TRUE, suppress, s);
  c.addop(Op.RERAISE, s, 2);
  c.useLabel(suppress);
  c.addop(Op.POP_TOP, s);
  c.addop(Op.POP_BLOCK, NO_LOC);
  c.addop(Op.POP_EXCEPT, s);
  c.addop(Op.POP_TOP, s);
  c.addop(Op.POP_TOP, s);
  c.addJump(Op.JUMP_NO_INTERRUPT, exit, NO_LOC);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOC);
  c.useLabel(exit);
}

// -- Imports -----------------------------------------------------------------------

// CPython 3.14 Python/codegen.c: codegen_import and codegen_import_as
function importStmt(c: Compiler, s: ast.Import): void {
  for (const alias of s.names) {
    c.loadConst(0n, s);
    c.loadConst(null, s);
    c.addopName(Op.IMPORT_NAME, alias.name, s);
    const parts = alias.name.split(".");
    if (alias.asname === null) {
      c.nameop(parts[0], "Store", s);
    } else if (parts.length > 1) {
      // `import a.b.c as d`: __import__ returned `a`; walk to `c`.
      for (let i = 1; i < parts.length; i++) {
        c.addopName(Op.IMPORT_FROM, parts[i], s);
        if (i < parts.length - 1) {
          c.addop(Op.SWAP, s, 2);
          c.addop(Op.POP_TOP, s);
        }
      }
      c.nameop(alias.asname, "Store", s);
      c.addop(Op.POP_TOP, s);
    } else {
      c.nameop(alias.asname, "Store", s);
    }
  }
}

// CPython 3.14 Python/codegen.c: codegen_from_import
function importFrom(c: Compiler, s: ast.ImportFrom): void {
  c.loadConst(BigInt(s.level), s);
  c.loadConst(new ConstTuple(s.names.map((a) => a.name)), s);
  c.addopName(Op.IMPORT_NAME, s.module ?? "", s);
  for (const alias of s.names) {
    if (alias.name === "*") {
      c.addop(Op.CALL_INTRINSIC_1, s, INTRINSIC_IMPORT_STAR);
      c.addop(Op.POP_TOP, NO_LOC);
      return;
    }
    c.addopName(Op.IMPORT_FROM, alias.name, s);
    c.nameop(alias.asname ?? alias.name, "Store", s);
  }
  c.addop(Op.POP_TOP, s);
}

// -- Annotations ---------------------------------------------------------------------

// CPython 3.11 Python/compile.c: compiler_annassign. Module and class
// annotations of plain names land in __annotations__; others are evaluated
// (module and class) or ignored (functions), never stored.
function annAssign(c: Compiler, s: ast.AnnAssign): void {
  const target = s.target;
  const evaluates = c.u.scopeType === "module" || c.u.scopeType === "class";
  const check = (e: ast.Expr) => {
    visitExpr(c, e);
    c.addop(Op.POP_TOP, e);
  };
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, target);
  }
  switch (target._type) {
    case "Name":
      if (s.simple && evaluates) {
        visitExpr(c, s.annotation);
        c.addopName(Op.LOAD_NAME, "__annotations__", s);
        c.loadConst(mangle(c.u.privateName, target.id), s);
        c.addop(Op.STORE_SUBSCR, s);
      }
      break;
    case "Attribute":
      if (!s.value) check(target.value);
      break;
    case "Subscript":
      if (!s.value) {
        check(target.value);
        checkAnnSubscript(target.slice, check);
      }
      break;
  }
  if (!s.simple && evaluates) check(s.annotation);
}

// CPython 3.11 Python/compile.c: check_ann_subscr
function checkAnnSubscript(e: ast.Expr, check: (e: ast.Expr) => void): void {
  if (e._type === "Slice") {
    if (e.lower) check(e.lower);
    if (e.upper) check(e.upper);
    if (e.step) check(e.step);
  } else if (e._type === "Tuple") {
    for (const x of e.elts) checkAnnSubscript(x, check);
  } else {
    check(e);
  }
}

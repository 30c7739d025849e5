/**
 * Code generation for expressions: CPython 3.14's Python/codegen.c
 * (codegen_visit_expr and its helpers), with positions as CPython 3.11
 * gives them where the two differ, so tracebacks show 3.11's lines.
 *
 * @module
 */

import type * as ast from "./ast.ts";
import { constTruth, type Loc, NO_LOC } from "./flowgraph.ts";
import { type Const, ConstTuple } from "./code.ts";
import type { Compiler } from "./compiler.ts";
import {
  CMP_OPS,
  COMPARE_MASKS,
  INTRINSIC_LIST_TO_TUPLE,
  INTRINSIC_UNARY_POSITIVE,
  NB_INPLACE_OFFSET,
  NB_SUBSCR,
  Op,
  RESUME_AFTER_YIELD,
  RESUME_AFTER_YIELD_FROM,
} from "./opcodes.ts";
import { DEF, Scope } from "./symtable.ts";

/** Above this many items, sequences are built incrementally (CPython's _PY_STACK_USE_GUIDELINE). */
const STACK_USE_GUIDELINE = 30;

const NB: Record<ast.Operator, number> = {
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

/** BINARY_OP oparg of an operator, in-place for augmented assignment. */
export function binaryOparg(op: ast.Operator, inplace: boolean): number {
  return NB[op] + (inplace ? NB_INPLACE_OFFSET : 0);
}

// CPython 3.14 Python/codegen.c: codegen_visit_expr
export function visitExpr(c: Compiler, e: ast.Expr): void {
  switch (e._type) {
    case "NamedExpr":
      visitExpr(c, e.value);
      c.addop(Op.COPY, e, 1);
      visitExpr(c, e.target);
      break;
    case "BoolOp": {
      const end = c.newLabel();
      const jump = e.op === "And" ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
      for (let i = 0; i < e.values.length - 1; i++) {
        visitExpr(c, e.values[i]);
        c.addop(Op.COPY, e, 1);
        c.addop(Op.TO_BOOL, e);
        c.addJump(jump, end, e);
        c.addop(Op.POP_TOP, e);
      }
      visitExpr(c, e.values[e.values.length - 1]);
      c.useLabel(end);
      break;
    }
    case "BinOp":
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      c.addop(Op.BINARY_OP, e, binaryOparg(e.op, false));
      break;
    case "UnaryOp": {
      const folded = constValue(e);
      if (folded !== undefined) {
        c.loadConst(folded, e);
        break;
      }
      visitExpr(c, e.operand);
      if (e.op === "UAdd") c.addop(Op.CALL_INTRINSIC_1, e, INTRINSIC_UNARY_POSITIVE);
      else if (e.op === "Not") {
        c.addop(Op.TO_BOOL, e);
        c.addop(Op.UNARY_NOT, e);
      } else c.addop(e.op === "USub" ? Op.UNARY_NEGATIVE : Op.UNARY_INVERT, e);
      break;
    }
    case "Lambda":
      c.lambda(e);
      break;
    case "IfExp": {
      const end = c.newLabel();
      const next = c.newLabel();
      jumpIf(c, e, e.test, next, false);
      visitExpr(c, e.body);
      c.addJump(Op.JUMP_NO_INTERRUPT, end, NO_LOC);
      c.useLabel(next);
      visitExpr(c, e.orelse);
      c.useLabel(end);
      break;
    }
    case "Dict":
      dict(c, e);
      break;
    case "Set":
      starUnpack(c, e, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      break;
    case "ListComp":
      c.comprehension(e, "<listcomp>", e.elt, null);
      break;
    case "SetComp":
      c.comprehension(e, "<setcomp>", e.elt, null);
      break;
    case "DictComp":
      c.comprehension(e, "<dictcomp>", e.key, e.value);
      break;
    case "GeneratorExp":
      c.comprehension(e, "<genexpr>", e.elt, null);
      break;
    case "Yield":
      if (c.u.ste.type !== "function") c.error("'yield' outside function", e);
      if (e.value) visitExpr(c, e.value);
      else c.loadConst(null, e);
      c.addop(Op.YIELD_VALUE, e, 0);
      c.addop(Op.RESUME, e, RESUME_AFTER_YIELD);
      break;
    case "YieldFrom":
      if (c.u.ste.type !== "function") c.error("'yield' outside function", e);
      visitExpr(c, e.value);
      c.addop(Op.GET_YIELD_FROM_ITER, e);
      c.loadConst(null, e);
      addYieldFrom(c, e);
      break;
    case "Await":
      // CPython 3.11 Python/compile.c: compiler_visit_expr1 (Await_kind)
      if (c.u.ste.type !== "function") c.error("'await' outside function", e);
      if (c.u.scopeType !== "comprehension") c.error("'await' outside async function", e);
      c.unsupported("'await'", e);
      break;
    case "Compare":
      compare(c, e);
      break;
    case "Call":
      call(c, e);
      break;
    case "Constant":
      if (typeof e.value === "object" && e.value !== null && "imag" in e.value) {
        c.unsupported("complex number literal", e);
      }
      c.loadConst(e.value, e);
      break;
    case "JoinedStr":
      joinedStr(c, e);
      break;
    case "FormattedValue":
      visitExpr(c, e.value);
      if (e.conversion !== -1) {
        const conv = { 115: 1, 114: 2, 97: 3 }[e.conversion];
        if (conv === undefined) throw new Error(`Cannot compile conversion ${e.conversion}`);
        c.addop(Op.CONVERT_VALUE, e, conv);
      }
      if (e.format_spec) {
        visitExpr(c, e.format_spec);
        c.addop(Op.FORMAT_WITH_SPEC, e);
      } else {
        c.addop(Op.FORMAT_SIMPLE, e);
      }
      break;
    case "Attribute":
      attribute(c, e);
      break;
    case "Subscript":
      subscript(c, e);
      break;
    case "Starred":
      if (e.ctx === "Store") c.error("starred assignment target must be in a list or tuple", e);
      c.error("can't use starred expression here", e);
      break;
    case "Slice":
      sliceParts(c, e);
      if (e.step) visitExpr(c, e.step);
      c.addop(Op.BUILD_SLICE, e, e.step ? 3 : 2);
      break;
    case "Name":
      c.nameop(e.id, e.ctx, e);
      break;
    case "List":
    case "Tuple":
      if (e.ctx === "Store") {
        assignmentHelper(c, e, e.elts);
      } else if (e.ctx === "Load") {
        const tuple = e._type === "Tuple";
        starUnpack(c, e, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, tuple);
      } else {
        for (const x of e.elts) visitExpr(c, x);
      }
      break;
  }
}

// -- Constants -------------------------------------------------------------------

/**
 * The value of an expression that folds to a constant as CPython's AST
 * optimizer would fold it (literals, unary operators on numbers, tuples of
 * constants); undefined otherwise.
 */
export function constValue(e: ast.Expr): Const | undefined {
  switch (e._type) {
    case "Constant":
      return e.value;
    case "Tuple": {
      if (e.ctx !== "Load") return undefined;
      const items: Const[] = [];
      for (const x of e.elts) {
        const v = constValue(x);
        if (v === undefined) return undefined;
        items.push(v);
      }
      return new ConstTuple(items);
    }
    case "UnaryOp": {
      const v = constValue(e.operand);
      if (v === undefined) return undefined;
      if (e.op === "Not") return !constTruth(v);
      const n = typeof v === "boolean" ? BigInt(v) : v;
      if (typeof n === "bigint") return e.op === "USub" ? -n : e.op === "UAdd" ? n : ~n;
      if (typeof n === "number" && e.op !== "Invert") return e.op === "USub" ? -n : n;
      return undefined;
    }
    default:
      return undefined;
  }
}

// -- Conditions ------------------------------------------------------------------

// CPython 3.14 Python/codegen.c: codegen_jump_if. Jumps to `next` when `e`
// is `cond`. `loc` positions the truth test (3.11 puts it on the statement
// or expression owning the condition). Returns the position following code
// of the same statement takes: 3.11 moves it to a comparison once one is
// tested (so `assert x > 0` raises with the comparison's position).
export function jumpIf(c: Compiler, loc: Loc, e: ast.Expr, next: number, cond: boolean): Loc {
  switch (e._type) {
    case "UnaryOp":
      if (e.op === "Not") return jumpIf(c, loc, e.operand, next, !cond);
      break;
    case "BoolOp": {
      const cond2 = e.op === "Or";
      const next2 = cond2 !== cond ? c.newLabel() : next;
      for (let i = 0; i < e.values.length - 1; i++) loc = jumpIf(c, loc, e.values[i], next2, cond2);
      loc = jumpIf(c, loc, e.values[e.values.length - 1], next, cond);
      if (next2 !== next) c.useLabel(next2);
      return loc;
    }
    case "IfExp": {
      const end = c.newLabel();
      const next2 = c.newLabel();
      loc = jumpIf(c, loc, e.test, next2, false);
      loc = jumpIf(c, loc, e.body, next, cond);
      c.addJump(Op.JUMP_NO_INTERRUPT, end, NO_LOC);
      c.useLabel(next2);
      loc = jumpIf(c, loc, e.orelse, next, cond);
      c.useLabel(end);
      return loc;
    }
    case "Compare": {
      const n = e.ops.length - 1;
      if (n === 0) {
        visitExpr(c, e);
        c.addop(Op.TO_BOOL, e);
        c.addJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, e);
        return e;
      }
      const cleanup = c.newLabel();
      visitExpr(c, e.left);
      for (let i = 0; i < n; i++) {
        visitExpr(c, e.comparators[i]);
        c.addop(Op.SWAP, e, 2);
        c.addop(Op.COPY, e, 2);
        addCompare(c, e, e.ops[i]);
        c.addop(Op.TO_BOOL, e);
        c.addJump(Op.POP_JUMP_IF_FALSE, cleanup, e);
      }
      visitExpr(c, e.comparators[n]);
      addCompare(c, e, e.ops[n]);
      c.addop(Op.TO_BOOL, e);
      c.addJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, e);
      const end = c.newLabel();
      c.addJump(Op.JUMP_NO_INTERRUPT, end, NO_LOC);
      c.useLabel(cleanup);
      c.addop(Op.POP_TOP, e);
      if (!cond) c.addJump(Op.JUMP_NO_INTERRUPT, next, NO_LOC);
      c.useLabel(end);
      return e;
    }
  }
  visitExpr(c, e);
  c.addop(Op.TO_BOOL, loc);
  c.addJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, loc);
  return loc;
}

// CPython 3.14 Python/codegen.c: codegen_addcompare
function addCompare(c: Compiler, loc: Loc, op: ast.CmpOperator): void {
  switch (op) {
    case "Is":
    case "IsNot":
      c.addop(Op.IS_OP, loc, op === "Is" ? 0 : 1);
      return;
    case "In":
    case "NotIn":
      c.addop(Op.CONTAINS_OP, loc, op === "In" ? 0 : 1);
      return;
  }
  const cmp = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 }[op];
  if (CMP_OPS[cmp] === undefined) throw new Error(`Cannot compile comparison ${op}`);
  c.addop(Op.COMPARE_OP, loc, (cmp << 5) | COMPARE_MASKS[cmp]);
}

// CPython 3.14 Python/codegen.c: codegen_compare
function compare(c: Compiler, e: ast.Compare): void {
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]);
    addCompare(c, e, e.ops[0]);
    return;
  }
  const cleanup = c.newLabel();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]);
    c.addop(Op.SWAP, e, 2);
    c.addop(Op.COPY, e, 2);
    addCompare(c, e, e.ops[i]);
    c.addop(Op.COPY, e, 1);
    c.addop(Op.TO_BOOL, e);
    c.addJump(Op.POP_JUMP_IF_FALSE, cleanup, e);
    c.addop(Op.POP_TOP, e);
  }
  visitExpr(c, e.comparators[n]);
  addCompare(c, e, e.ops[n]);
  const end = c.newLabel();
  c.addJump(Op.JUMP_NO_INTERRUPT, end, NO_LOC);
  c.useLabel(cleanup);
  c.addop(Op.SWAP, e, 2);
  c.addop(Op.POP_TOP, e);
  c.useLabel(end);
}

// -- Generators ------------------------------------------------------------------

// CPython 3.14 Python/codegen.c: codegen_add_yield_from
export function addYieldFrom(c: Compiler, loc: Loc): void {
  const send = c.newLabel();
  const fail = c.newLabel();
  const exit = c.newLabel();
  c.useLabel(send);
  c.addJump(Op.SEND, exit, loc);
  // A virtual try/except: the only way YIELD_VALUE raises is a throw() or
  // close() delegated to the sub-iterator, which CLEANUP_THROW sorts out.
  c.addJump(Op.SETUP_FINALLY, fail, loc);
  c.addop(Op.YIELD_VALUE, loc, 1);
  c.addop(Op.POP_BLOCK, NO_LOC);
  c.addop(Op.RESUME, loc, RESUME_AFTER_YIELD_FROM);
  c.addJump(Op.JUMP_NO_INTERRUPT, send, loc);
  c.useLabel(fail);
  c.addop(Op.CLEANUP_THROW, loc);
  c.useLabel(exit);
  c.addop(Op.END_SEND, loc);
}

// -- Collections -----------------------------------------------------------------

// CPython 3.14 Python/codegen.c: starunpack_helper_impl (with 3.12's folding
// of constant runs into one LIST_EXTEND)
function starUnpack(
  c: Compiler,
  loc: Loc,
  elts: ast.Expr[],
  pushed: number,
  build: number,
  add: number,
  extend: number,
  tuple: boolean,
  injected: string | null = null,
): void {
  const n = elts.length;
  if (n > 2 && injected === null) {
    const values = elts.map(constValue);
    if (values.every((v) => v !== undefined)) {
      const folded = new ConstTuple(values as Const[]);
      if (tuple && pushed === 0) {
        c.loadConst(folded, loc);
      } else {
        c.addop(build, loc, pushed);
        c.loadConst(folded, loc);
        c.addop(extend, loc, 1);
        if (tuple) c.addop(Op.CALL_INTRINSIC_1, loc, INTRINSIC_LIST_TO_TUPLE);
      }
      return;
    }
  }
  const big = n + pushed + (injected ? 1 : 0) > STACK_USE_GUIDELINE;
  const seenStar = elts.some((x) => x._type === "Starred");
  if (!seenStar && !big) {
    for (const x of elts) visitExpr(c, x);
    let count = n + pushed;
    if (injected) {
      c.nameop(injected, "Load", loc);
      count++;
    }
    c.addop(tuple ? Op.BUILD_TUPLE : build, loc, count);
    return;
  }
  let built = false;
  if (big) {
    c.addop(build, loc, pushed);
    built = true;
  }
  elts.forEach((x, i) => {
    if (x._type === "Starred") {
      if (!built) {
        c.addop(build, loc, i + pushed);
        built = true;
      }
      visitExpr(c, x.value);
      c.addop(extend, loc, 1);
    } else {
      visitExpr(c, x);
      if (built) c.addop(add, loc, 1);
    }
  });
  if (injected) {
    c.nameop(injected, "Load", loc);
    c.addop(add, loc, 1);
  }
  if (tuple) c.addop(Op.CALL_INTRINSIC_1, loc, INTRINSIC_LIST_TO_TUPLE);
}

// CPython 3.14 Python/codegen.c: unpack_helper and assignment_helper
function assignmentHelper(c: Compiler, loc: Loc, elts: ast.Expr[]): void {
  const n = elts.length;
  let seenStar = false;
  elts.forEach((x, i) => {
    if (x._type !== "Starred") return;
    if (seenStar) c.error("multiple starred expressions in assignment", loc);
    // UNPACK_EX packs both counts in a 24-bit oparg.
    if (i >= 1 << 8 || n - i - 1 >= 1 << 16) {
      c.error("too many expressions in star-unpacking assignment", loc);
    }
    c.addop(Op.UNPACK_EX, loc, i + ((n - i - 1) << 8));
    seenStar = true;
  });
  if (!seenStar) c.addop(Op.UNPACK_SEQUENCE, loc, n);
  for (const x of elts) visitExpr(c, x._type === "Starred" ? x.value : x);
}

// CPython 3.14 Python/codegen.c: codegen_subdict and codegen_dict
function subdict(c: Compiler, e: ast.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (big) c.addop(Op.BUILD_MAP, e, 0);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]);
    if (big) c.addop(Op.MAP_ADD, e, 1);
  }
  if (!big) c.addop(Op.BUILD_MAP, e, n);
}

function dict(c: Compiler, e: ast.Dict): void {
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements) {
        subdict(c, e, i - elements, i);
        if (haveDict) c.addop(Op.DICT_UPDATE, e, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.addop(Op.BUILD_MAP, e, 0);
        haveDict = true;
      }
      visitExpr(c, e.values[i]);
      c.addop(Op.DICT_UPDATE, e, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      subdict(c, e, i - elements, i + 1);
      if (haveDict) c.addop(Op.DICT_UPDATE, e, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    subdict(c, e, n - elements, n);
    if (haveDict) c.addop(Op.DICT_UPDATE, e, 1);
    haveDict = true;
  }
  if (!haveDict) c.addop(Op.BUILD_MAP, e, 0);
}

// CPython 3.11 Python/compile.c: compiler_joined_str
function joinedStr(c: Compiler, e: ast.JoinedStr): void {
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst("", e);
    c.addopName(Op.LOAD_ATTR, "join", e, 1);
    c.addop(Op.BUILD_LIST, e, 0);
    for (const v of e.values) {
      visitExpr(c, v);
      c.addop(Op.LIST_APPEND, e, 1);
    }
    c.addop(Op.CALL, e, 1);
    return;
  }
  for (const v of e.values) visitExpr(c, v);
  if (n !== 1) c.addop(Op.BUILD_STRING, e, n);
}

// -- Attributes and subscripts -----------------------------------------------------

// CPython 3.14 Python/codegen.c: update_start_location_to_match_attr. An
// attribute access spanning lines is positioned on its name.
export function attrLoc(loc: Loc, attr: ast.Attribute): Loc {
  if (loc.lineno === attr.end_lineno) return loc;
  const lineno = attr.end_lineno;
  let col = -1;
  let endCol = loc.end_col_offset;
  if (attr.attr.length <= attr.end_col_offset) col = attr.end_col_offset - attr.attr.length;
  else endCol = -1;
  const endLine = Math.max(lineno, loc.end_lineno);
  if (lineno === endLine) endCol = Math.max(col, endCol);
  return { lineno, end_lineno: endLine, col_offset: col, end_col_offset: endCol };
}

function attribute(c: Compiler, e: ast.Attribute): void {
  if (e.ctx === "Load" && canOptimizeSuperCall(c, e)) {
    const call = e.value as ast.Call;
    loadArgsForSuper(c, call);
    c.addopName(Op.LOAD_SUPER_ATTR, e.attr, e, call.args.length ? 2 : 0);
    c.addop(Op.NOP, attrLoc(e, e));
    return;
  }
  visitExpr(c, e.value);
  const loc = attrLoc(e, e);
  if (e.ctx === "Load") c.addopName(Op.LOAD_ATTR, e.attr, loc);
  else c.addopName(e.ctx === "Store" ? Op.STORE_ATTR : Op.DELETE_ATTR, e.attr, loc);
}

// CPython 3.14 Python/codegen.c: can_optimize_super_call
function canOptimizeSuperCall(c: Compiler, attr: ast.Attribute): boolean {
  const e = attr.value;
  if (
    e._type !== "Call" || e.func._type !== "Name" || e.func.id !== "super" ||
    attr.attr === "__class__" || e.keywords.length !== 0
  ) return false;
  if (c.u.ste.getScope("super") !== Scope.GLOBAL_IMPLICIT) return false;
  if (c.st.top.getScope("super") !== 0) return false;
  if (e.args.length === 2) return e.args.every((a) => a._type !== "Starred");
  if (e.args.length !== 0) return false;
  if (c.u.argcount === 0 && c.u.posonlyargcount === 0) return false;
  return c.u.ste.getScope("__class__") === Scope.FREE;
}

// CPython 3.14 Python/codegen.c: load_args_for_super
function loadArgsForSuper(c: Compiler, e: ast.Call): void {
  c.nameop("super", "Load", e.func);
  if (e.args.length === 2) {
    visitExpr(c, e.args[0]);
    visitExpr(c, e.args[1]);
    return;
  }
  c.nameop("__class__", "Load", e);
  const self = c.u.varnames.keys().next().value!;
  c.nameop(self, "Load", e);
}

const isTwoPartSlice = (s: ast.Expr): s is ast.Slice => s._type === "Slice" && s.step === null;

function sliceParts(c: Compiler, s: ast.Slice): void {
  if (s.lower) visitExpr(c, s.lower);
  else c.loadConst(null, s);
  if (s.upper) visitExpr(c, s.upper);
  else c.loadConst(null, s);
}

// CPython 3.14 Python/codegen.c: codegen_subscript
function subscript(c: Compiler, e: ast.Subscript): void {
  visitExpr(c, e.value);
  if (isTwoPartSlice(e.slice) && e.ctx !== "Del") {
    sliceParts(c, e.slice);
    c.addop(e.ctx === "Load" ? Op.BINARY_SLICE : Op.STORE_SLICE, e);
    return;
  }
  visitExpr(c, e.slice);
  if (e.ctx === "Load") c.addop(Op.BINARY_OP, e, NB_SUBSCR);
  else c.addop(e.ctx === "Store" ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR, e);
}

/** Pushes what an augmented assignment reads; returns how to store back. */
export function augTargetLoad(
  c: Compiler,
  t: ast.Name | ast.Attribute | ast.Subscript,
): () => void {
  switch (t._type) {
    case "Attribute": {
      visitExpr(c, t.value);
      c.addop(Op.COPY, t, 1);
      const loc = attrLoc(t, t);
      c.addopName(Op.LOAD_ATTR, t.attr, loc);
      return () => {
        c.addop(Op.SWAP, loc, 2);
        c.addopName(Op.STORE_ATTR, t.attr, loc);
      };
    }
    case "Subscript": {
      visitExpr(c, t.value);
      if (isTwoPartSlice(t.slice)) {
        sliceParts(c, t.slice);
        c.addop(Op.COPY, t, 3);
        c.addop(Op.COPY, t, 3);
        c.addop(Op.COPY, t, 3);
        c.addop(Op.BINARY_SLICE, t);
        return () => {
          c.addop(Op.SWAP, t, 4);
          c.addop(Op.SWAP, t, 3);
          c.addop(Op.SWAP, t, 2);
          c.addop(Op.STORE_SLICE, t);
        };
      }
      visitExpr(c, t.slice);
      c.addop(Op.COPY, t, 2);
      c.addop(Op.COPY, t, 2);
      c.addop(Op.BINARY_OP, t, NB_SUBSCR);
      return () => {
        c.addop(Op.SWAP, t, 3);
        c.addop(Op.SWAP, t, 2);
        c.addop(Op.STORE_SUBSCR, t);
      };
    }
    case "Name":
      c.nameop(t.id, "Load", t);
      return () => c.nameop(t.id, "Store", t);
  }
}

// -- Calls -----------------------------------------------------------------------

// CPython 3.14 Python/codegen.c: codegen_validate_keywords
function validateKeywords(c: Compiler, keywords: ast.Keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const k = keywords[i].arg;
    if (k === null) continue;
    for (let j = i + 1; j < keywords.length; j++) {
      if (keywords[j].arg === k) c.error(`keyword argument repeated: ${k}`, keywords[j]);
    }
  }
}

// CPython 3.14 Python/codegen.c: codegen_call
function call(c: Compiler, e: ast.Call): void {
  validateKeywords(c, e.keywords);
  if (methodCall(c, e)) return;
  visitExpr(c, e.func);
  c.addop(Op.PUSH_NULL, e.func);
  callHelper(c, e, 0, e.args, e.keywords);
}

// CPython 3.14 Python/codegen.c: is_import_originated. Module attributes are
// loaded as plain attributes, which LOAD_ATTR_MODULE specializes.
function isImportOriginated(c: Compiler, e: ast.Expr): boolean {
  return e._type === "Name" && (c.st.top.getFlags(e.id) & DEF.IMPORT) !== 0;
}

// CPython 3.14 Python/codegen.c: maybe_optimize_method_call
function methodCall(c: Compiler, e: ast.Call): boolean {
  const meth = e.func;
  if (meth._type !== "Attribute" || meth.ctx !== "Load") return false;
  if (isImportOriginated(c, meth.value)) return false;
  const nargs = e.args.length;
  const nkw = e.keywords.length;
  if (nargs + nkw + (nkw !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a._type === "Starred")) return false;
  if (e.keywords.some((k) => k.arg === null)) return false;
  if (canOptimizeSuperCall(c, meth)) {
    const sup = meth.value as ast.Call;
    loadArgsForSuper(c, sup);
    c.addopName(Op.LOAD_SUPER_ATTR, meth.attr, meth, sup.args.length ? 3 : 1);
    c.addop(Op.NOP, attrLoc(meth, meth));
  } else {
    visitExpr(c, meth.value);
    c.addopName(Op.LOAD_ATTR, meth.attr, attrLoc(meth, meth), 1);
  }
  for (const a of e.args) visitExpr(c, a);
  const loc = attrLoc(e, meth);
  if (nkw) {
    for (const k of e.keywords) visitExpr(c, k.value);
    c.loadConst(new ConstTuple(e.keywords.map((k) => k.arg!)), loc);
    c.addop(Op.CALL_KW, loc, nargs + nkw);
  } else {
    c.addop(Op.CALL, loc, nargs);
  }
  return true;
}

// CPython 3.14 Python/codegen.c: codegen_subkwargs
function subkwargs(
  c: Compiler,
  loc: Loc,
  keywords: ast.Keyword[],
  begin: number,
  end: number,
): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (big) c.addop(Op.BUILD_MAP, NO_LOC, 0);
  for (let i = begin; i < end; i++) {
    c.loadConst(keywords[i].arg!, loc);
    visitExpr(c, keywords[i].value);
    if (big) c.addop(Op.MAP_ADD, NO_LOC, 1);
  }
  if (!big) c.addop(Op.BUILD_MAP, loc, n);
}

/**
 * Emits the arguments and the call, for a callable and self_or_null already
 * pushed followed by `n` more positional arguments (the class body function
 * and name for `class`).
 */
// CPython 3.14 Python/codegen.c: codegen_call_helper_impl
export function callHelper(
  c: Compiler,
  loc: Loc,
  n: number,
  args: ast.Expr[],
  keywords: ast.Keyword[],
): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkw = keywords.length;
  const simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE &&
    !args.some((a) => a._type === "Starred") && !keywords.some((k) => k.arg === null);
  if (simple) {
    for (const a of args) visitExpr(c, a);
    if (nkw) {
      for (const k of keywords) visitExpr(c, k.value);
      c.loadConst(new ConstTuple(keywords.map((k) => k.arg!)), loc);
      c.addop(Op.CALL_KW, loc, n + nelts + nkw);
    } else {
      c.addop(Op.CALL, loc, n + nelts);
    }
    return;
  }
  if (n === 0 && nelts === 1 && args[0]._type === "Starred") {
    visitExpr(c, args[0].value);
  } else {
    starUnpack(c, loc, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  if (nkw) {
    let haveDict = false;
    let nseen = 0;
    keywords.forEach((k, i) => {
      if (k.arg === null) {
        if (nseen) {
          subkwargs(c, loc, keywords, i - nseen, i);
          if (haveDict) c.addop(Op.DICT_MERGE, loc, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.addop(Op.BUILD_MAP, loc, 0);
          haveDict = true;
        }
        visitExpr(c, k.value);
        c.addop(Op.DICT_MERGE, loc, 1);
      } else {
        nseen++;
      }
    });
    if (nseen) {
      subkwargs(c, loc, keywords, nkw - nseen, nkw);
      if (haveDict) c.addop(Op.DICT_MERGE, loc, 1);
    }
  } else {
    c.addop(Op.PUSH_NULL, loc);
  }
  c.addop(Op.CALL_FUNCTION_EX, loc);
}

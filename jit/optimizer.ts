/**
 * The trace optimizer: abstract interpretation of a trace over slot types
 * and known constants, used to drop the guards it proves and to give native
 * lowering (`jit/lower_native.ts`) the type of every slot before every op.
 *
 * Requirements (read before changing a rule):
 * 1. Sound or nothing: a guard goes only when the abstract state proves it
 *    holds on every iteration. A closed loop is analysed to a fixpoint: the
 *    state at its head joins the entry types with the state at every
 *    `_JUMP_TO_TOP`, so a local whose type changes in the body is "object"
 *    at the head (a guard in the body still re-establishes its copies).
 * 2. The entry state is `trace.entryTypes`: whoever runs the optimized
 *    trace must check those types when it enters (`jit/exits.ts` does for
 *    native code), since guards they prove are gone.
 * 3. Every op that stays keeps its `pc` and `sp`; only whole guards are
 *    dropped (or a branch guard proven to pass becomes `_POP_TOP`), so exits
 *    still resume tier 1 exactly where projection said.
 * 4. Inlined calls (`jit/inline.ts`): `states[i]` holds the slots of the
 *    frame op i runs in (`TraceOp.frame`); a callee's parameters start as
 *    its arguments and its other locals as unbound, and the return value
 *    lands where the callable was in its caller.
 * 5. "int" means an exact int: a result that may leave the safe-integer or
 *    int64 range is still an int (tier 1 and native exits handle the size).
 *    A uop this file does not know pushes "object"; one whose stack effect
 *    is unknown stops the analysis, and the trace is left as it is.
 *
 * @module
 */
import { PyBuiltinFunction, PyFloat, type PyObject, T } from "../vm/object.ts";
import { Vm } from "../vm/vm.ts";
import { None } from "../vm/abstract.ts";
import type { PyModule } from "../vm/descriptors.ts";
import type { PyDict } from "../vm/dict.ts";
import {
  NB_ADD,
  NB_AND,
  NB_FLOOR_DIVIDE,
  NB_INPLACE_ADD,
  NB_LSHIFT,
  NB_MULTIPLY,
  NB_OR,
  NB_POWER,
  NB_REMAINDER,
  NB_RSHIFT,
  NB_SUBSCR,
  NB_SUBTRACT,
  NB_TRUE_DIVIDE,
  NB_XOR,
} from "../vm/operators.ts";
import {
  EXT_FLOAT_ADD_INT,
  EXT_FLOAT_DIV_FLOAT,
  EXT_FLOAT_DIV_INT,
  EXT_FLOAT_MUL_INT,
  EXT_FLOAT_SUB_INT,
  EXT_INT_ADD_FLOAT,
  EXT_INT_AND_INT,
  EXT_INT_DIV_FLOAT,
  EXT_INT_DIV_INT,
  EXT_INT_FLOORDIV_INT,
  EXT_INT_MOD_INT,
  EXT_INT_MUL_FLOAT,
  EXT_INT_OR_INT,
  EXT_INT_RSHIFT_INT,
  EXT_INT_SUB_FLOAT,
  EXT_INT_XOR_INT,
  LIST_POP,
} from "../vm/specialize.ts";
import { UOP_BY_NAME } from "./uops.ts";
import { enterFrame, leaveFrame } from "./inline.ts";
import {
  isEnumKind,
  isListKind,
  isPairKind,
  isSeqIterKind,
  isSeqKind,
  itemType,
  iterated,
  type SlotType,
  slotType,
  type Trace,
  type TraceOp,
} from "./trace_ir.ts";

/** What the analysis knows about one slot. */
export interface AbsValue {
  type: SlotType;
  /** The slot holds exactly `value` (NULL is `undefined`). */
  known: boolean;
  value?: PyObject | undefined;
}

/** The abstract state before every op of a trace. */
export interface Analysis {
  /** `states[i]`: slots 0 .. depth-1 before op i (absolute `fast` indices). */
  states: AbsValue[][];
  /** The state at the loop head, after the fixpoint. */
  head: AbsValue[];
  /** The callers' states a side trace that starts inside calls starts with, outermost first. */
  entryCallers?: AbsValue[][];
}

const UNKNOWN: AbsValue = { type: "object", known: false };

function ofType(type: SlotType): AbsValue {
  return { type, known: false };
}

function constant(x: PyObject | undefined): AbsValue {
  return { type: slotType(x), known: true, value: x };
}

function join(a: AbsValue, b: AbsValue): AbsValue {
  if (a.type !== b.type) return UNKNOWN;
  if (a.known && b.known && a.value === b.value) return a;
  return a.known || b.known ? ofType(a.type) : a;
}

function same(a: AbsValue, b: AbsValue): boolean {
  return a.type === b.type && a.known === b.known && a.value === b.value;
}

/** The math functions native code implements, by name, if `callable` is one. */
export function mathFunction(callable: unknown): "sqrt" | "fabs" | "floor" | null {
  if (!(callable instanceof PyBuiltinFunction) || callable.self !== undefined) return null;
  const name = callable.name;
  if (name !== "sqrt" && name !== "fabs" && name !== "floor") return null;
  // Identity with the running VM's `math` module: a look-alike is not math.
  const math = Vm.current?.modules.getStr("math") as PyModule | undefined;
  const dict = math?.dict as PyDict | undefined;
  return dict?.getStr?.(name) === callable ? name : null;
}

/** The operator and operand types of a BINARY_OP_EXTEND kind. */
export function extensionOp(kind: number): [nb: number, left: SlotType, right: SlotType] | null {
  switch (kind) {
    case EXT_FLOAT_ADD_INT:
      return [NB_ADD, "float", "int"];
    case EXT_INT_ADD_FLOAT:
      return [NB_ADD, "int", "float"];
    case EXT_FLOAT_SUB_INT:
      return [NB_SUBTRACT, "float", "int"];
    case EXT_INT_SUB_FLOAT:
      return [NB_SUBTRACT, "int", "float"];
    case EXT_FLOAT_MUL_INT:
      return [NB_MULTIPLY, "float", "int"];
    case EXT_INT_MUL_FLOAT:
      return [NB_MULTIPLY, "int", "float"];
    case EXT_FLOAT_DIV_FLOAT:
      return [NB_TRUE_DIVIDE, "float", "float"];
    case EXT_FLOAT_DIV_INT:
      return [NB_TRUE_DIVIDE, "float", "int"];
    case EXT_INT_DIV_FLOAT:
      return [NB_TRUE_DIVIDE, "int", "float"];
    case EXT_INT_DIV_INT:
      return [NB_TRUE_DIVIDE, "int", "int"];
    case EXT_INT_FLOORDIV_INT:
      return [NB_FLOOR_DIVIDE, "int", "int"];
    case EXT_INT_MOD_INT:
      return [NB_REMAINDER, "int", "int"];
    case EXT_INT_AND_INT:
      return [NB_AND, "int", "int"];
    case EXT_INT_OR_INT:
      return [NB_OR, "int", "int"];
    case EXT_INT_XOR_INT:
      return [NB_XOR, "int", "int"];
    case EXT_INT_RSHIFT_INT:
      return [NB_RSHIFT, "int", "int"];
  }
  return null;
}

/** The binary operator of a BINARY_OP oparg, in-place forms folded onto their plain ones. */
export function plainNb(nb: number): number {
  return nb >= NB_INPLACE_ADD && nb < NB_SUBSCR ? nb - NB_INPLACE_ADD : nb;
}

const INT_OPS = new Set([
  NB_ADD,
  NB_SUBTRACT,
  NB_MULTIPLY,
  NB_FLOOR_DIVIDE,
  NB_REMAINDER,
  NB_AND,
  NB_OR,
  NB_XOR,
  NB_LSHIFT,
  NB_RSHIFT,
]);
const FLOAT_OPS = new Set([
  NB_ADD,
  NB_SUBTRACT,
  NB_MULTIPLY,
  NB_TRUE_DIVIDE,
  NB_FLOOR_DIVIDE,
  NB_REMAINDER,
]);

/** The largest `int ** n` native code computes by multiplying (`n` a known constant). */
export const MAX_POWER = 4;

/**
 * The type of `left <nb> right` for exact ints, bools (ints 0 and 1, except
 * that `&`, `|`, `^` of two bools is a bool) and floats, else "object".
 * `rightValue` is the right operand when it is a known constant.
 */
export function binaryResult(
  nb: number,
  l: SlotType,
  r: SlotType,
  rightValue?: PyObject | undefined,
): SlotType {
  const op = plainNb(nb);
  if (l === "bool" && r === "bool" && (op === NB_AND || op === NB_OR || op === NB_XOR)) {
    return "bool";
  }
  const li = l === "bool" ? "int" : l, ri = r === "bool" ? "int" : r;
  if (li === "int" && ri === "int") {
    if (INT_OPS.has(op)) return "int";
    if (op === NB_POWER && isSmallPower(rightValue)) return "int";
    return op === NB_TRUE_DIVIDE ? "float" : "object";
  }
  const numeric = (t: SlotType) => t === "int" || t === "float";
  if (numeric(li) && numeric(ri) && FLOAT_OPS.has(op)) return "float";
  return "object";
}

/** Whether `x` is an int exponent `int ** x` is lowered for. */
export function isSmallPower(x: PyObject | undefined): x is number {
  return typeof x === "number" && x >= 0 && x <= MAX_POWER;
}

/**
 * Pops and pushes of a uop from its `jit/uops.ts` stack notation, for uops
 * this file has no rule for; null when the notation is not understood.
 */
export function stackEffect(uop: string, oparg: number): [pops: number, pushes: number] | null {
  const info = UOP_BY_NAME.get(uop);
  const m = info === undefined ? null : /^\((.*)--(.*)\)$/.exec(info.stack.trim());
  if (m === null) return null;
  const side = (text: string): number | null => {
    let n = 0;
    for (const raw of text.split(",")) {
      const item = raw.trim();
      if (item === "") continue;
      const cond = /\bif\s*\(\s*oparg\s*&\s*(\d+)\s*\)\s*$/.exec(item);
      if (cond !== null) {
        if ((oparg & Number(cond[1])) === 0) continue;
      } else if (/\bif\b/.test(item)) return null;
      const count = /\[([^\]]*)\]/.exec(item);
      if (count === null) {
        n += 1;
        continue;
      }
      const e = /^\s*(oparg|\d+)\s*(?:([+-])\s*(\d+))?\s*$/.exec(count[1]);
      if (e === null) return null;
      const base = e[1] === "oparg" ? oparg : Number(e[1]);
      n += e[2] === undefined ? base : e[2] === "+" ? base + Number(e[3]) : base - Number(e[3]);
    }
    return n;
  };
  const pops = side(m[1]), pushes = side(m[2]);
  return pops === null || pushes === null ? null : [pops, pushes];
}

/** What the transfer function decided about an op. */
type Verdict = "keep" | "drop" | "pop" | "fail";

const TYPE_GUARD = /^_GUARD_(TOS|NOS|BOTH)_(INT|FLOAT|BOOL)$/;
const NUMERIC: ReadonlySet<SlotType> = new Set(["int", "float", "bool"]);

/** Applies `op` to `s` (the stack is the tail of `s`); says whether the op is needed. */
function transfer(s: AbsValue[], op: TraceOp, trace: Trace, native: boolean): Verdict {
  const top = () => s[s.length - 1];
  const pop = () => s.pop() ?? UNKNOWN;
  const guard = TYPE_GUARD.exec(op.uop);
  if (guard !== null) {
    const type = guard[2].toLowerCase() as SlotType;
    const at = guard[1] === "TOS" ? [1] : guard[1] === "NOS" ? [2] : [1, 2];
    if (at.some((d) => s.length < d)) return "fail";
    const proven = at.every((d) => s[s.length - d].type === type);
    for (const d of at) if (s[s.length - d].type !== type) s[s.length - d] = ofType(type);
    return proven ? "drop" : "keep";
  }
  switch (op.uop) {
    case "_LOAD_FAST":
    case "_LOAD_FAST_CHECK":
      s.push(s[op.oparg] ?? UNKNOWN);
      return "keep";
    case "_GUARD_TOS_LIST":
    case "_GUARD_NOS_LIST":
    case "_GUARD_TOS_TUPLE":
    case "_GUARD_NOS_TUPLE": {
      // Sequence kinds come only from `jit` mode's projection, where native code checks them.
      const d = op.uop.startsWith("_GUARD_TOS") ? 1 : 2;
      if (s.length < d) return "fail";
      const t = s[s.length - d].type;
      const sort = op.uop.endsWith("LIST") ? "list" : "tuple";
      // The pair FOR_ITER over an enumerate pushes is a tuple, never made.
      return (isSeqKind(t) && t.startsWith(sort)) || (isPairKind(t) && sort === "tuple")
        ? "drop"
        : "keep";
    }
    case "_ITER_CHECK_LIST":
    case "_ITER_CHECK_TUPLE": {
      if (s.length < 1) return "fail";
      const t = top().type;
      const sort = op.uop === "_ITER_CHECK_LIST" ? "list" : "tuple";
      return isSeqIterKind(t, sort) ? "drop" : "keep";
    }
    case "_ITER_CHECK_ENUMERATE":
      if (s.length < 1) return "fail";
      return isEnumKind(top().type) ? "drop" : "keep";
    case "_FOR_ITER_ENUMERATE": {
      if (s.length < 1) return "fail";
      const t = top().type;
      s.push(isEnumKind(t) ? ofType(`pair<${iterated(t)}>`) : UNKNOWN);
      return "keep";
    }
    case "_GET_ITER": {
      if (s.length < 1) return "fail";
      const t = pop().type;
      // A range's iterator is a small one natively (`_RANGE_ITER_NEW` exits past 2**52); tier
      // 1's may be a long one.
      const range = t === "range" && native;
      // iter() of an enumerate is itself.
      s.push(
        isSeqKind(t)
          ? ofType(`iter<${t}>`)
          : range
          ? ofType("range_iter")
          : isEnumKind(t)
          ? ofType(t)
          : UNKNOWN,
      );
      return "keep";
    }
    case "_CALL_BUILTIN_CLASS": {
      if (s.length < op.oparg + 2) return "fail";
      const arg = top().type;
      s.length -= op.oparg + 2;
      // `enumerate(seq)` with no start: natively a virtual iterator (`_ENUM_NEW`).
      const enumerates = op.operand === T.enumerate && op.oparg === 1 && isSeqKind(arg);
      s.push(
        op.operand === T.range ? ofType("range") : enumerates ? ofType(`enum<${arg}>`) : UNKNOWN,
      );
      return "keep";
    }
    case "_FOR_ITER_LIST":
    case "_FOR_ITER_TUPLE": {
      if (s.length < 1) return "fail";
      const t = top().type;
      s.push(isSeqIterKind(t) ? ofType(itemType(iterated(t))) : UNKNOWN);
      return "keep";
    }
    case "_BINARY_OP_SUBSCR_LIST_INT":
    case "_BINARY_OP_SUBSCR_TUPLE_INT": {
      pop();
      const l = pop();
      s.push(isSeqKind(l.type) ? ofType(itemType(l.type)) : UNKNOWN);
      return "keep";
    }
    case "_UNPACK_SEQUENCE_TWO_TUPLE":
    case "_UNPACK_SEQUENCE_TUPLE":
    case "_UNPACK_SEQUENCE_LIST": {
      if (s.length < 1) return "fail";
      const t = pop().type;
      if (isPairKind(t) && op.oparg === 2) {
        // `for i, x in enumerate(seq)`: the item, then the count on top.
        s.push(ofType(itemType(iterated(t))), ofType("int"));
        return "keep";
      }
      const item = isSeqKind(t) ? ofType(itemType(t)) : UNKNOWN;
      for (let k = 0; k < op.oparg; k++) s.push(item);
      return "keep";
    }
    case "_BINARY_SLICE": {
      if (s.length < 3) return "fail";
      const stop = pop(), start = pop(), seq = pop();
      // `list[:]` is a new list of the same items, in the same storage (`_COPY_LIST`).
      const whole = start.known && start.value === None && stop.known && stop.value === None;
      s.push(whole && isListKind(seq.type) ? ofType(seq.type) : UNKNOWN);
      return "keep";
    }
    case "_CALL_LEN":
      if (s.length < 3) return "fail";
      s.length -= 3;
      s.push(ofType("int"));
      return "keep";
    case "_STORE_FAST":
      s[op.oparg] = pop();
      return "keep";
    case "_POP_TOP":
      pop();
      return "keep";
    case "_PUSH_NULL":
      s.push(constant(undefined));
      return "keep";
    case "_COPY":
      if (s.length < op.oparg) return "fail";
      s.push(s[s.length - op.oparg]);
      return "keep";
    case "_SWAP": {
      if (s.length < op.oparg) return "fail";
      const i = s.length - op.oparg, t = s[s.length - 1];
      s[s.length - 1] = s[i];
      s[i] = t;
      return "keep";
    }
    case "_LOAD_CONST":
    case "_LOAD_CONST_INLINE":
      s.push(constant(op.operand as PyObject));
      return "keep";
    case "_LOAD_GLOBAL_MODULE":
    case "_LOAD_GLOBAL_BUILTIN":
      s.push(constant((op.operand as { value: PyObject }).value));
      return "keep";
    case "_LOAD_ATTR_MODULE": {
      // Projection pushes the NULL of `math.sqrt(...)` as its own `_PUSH_NULL`.
      pop();
      const entry = (op.operand as { entry?: { value: unknown } }).entry;
      const dep = trace.dependencies.find((d) => d.kind === "dict_entry" && d.entry === entry);
      s.push(dep !== undefined && dep.kind === "dict_entry" ? constant(dep.value) : UNKNOWN);
      return "keep";
    }
    case "_ITER_CHECK_RANGE": {
      if (s.length < 1) return "fail";
      const proven = top().type === "range_iter";
      if (!proven) s[s.length - 1] = ofType("range_iter");
      return proven ? "drop" : "keep";
    }
    case "_FOR_ITER_RANGE":
      s.push(ofType("int"));
      return "keep";
    case "_TO_BOOL_BOOL": {
      if (s.length < 1) return "fail";
      const proven = top().type === "bool";
      if (!proven) s[s.length - 1] = ofType("bool");
      return proven ? "drop" : "keep";
    }
    case "_GUARD_IS_TRUE_POP":
    case "_GUARD_IS_FALSE_POP": {
      const v = pop();
      const want = op.uop === "_GUARD_IS_TRUE_POP";
      return v.known && v.type === "bool" && v.value === want ? "pop" : "keep";
    }
    case "_UNARY_NEGATIVE": {
      const t = pop().type;
      s.push(ofType(t === "int" || t === "bool" ? "int" : t === "float" ? t : "object"));
      return "keep";
    }
    case "_UNARY_INVERT": {
      const t = pop().type;
      s.push(ofType(t === "int" || t === "bool" ? "int" : "object"));
      return "keep";
    }
    case "_BINARY_OP": {
      const r = pop(), l = pop();
      // Native `x ** 0.5` (`_POW_HALF_FLOAT`) gives a float or exits; tier 1's may be complex.
      const half = native && plainNb(op.oparg) === NB_POWER && l.type === "float" &&
        r.known && r.value instanceof PyFloat && r.value.value === 0.5;
      s.push(
        ofType(
          half ? "float" : binaryResult(op.oparg, l.type, r.type, r.known ? r.value : undefined),
        ),
      );
      return "keep";
    }
    case "_BINARY_OP_EXTEND": {
      const r = pop(), l = pop();
      const ext = extensionOp((op.operand as { kind: number }).kind);
      // Native code computes with the operands' proven types (`jit/lower_native.ts`); the
      // uop interpreter exits where they are not the extension's, so its result is unreachable.
      const proven = NUMERIC.has(l.type) && NUMERIC.has(r.type);
      s.push(ofType(
        ext === null
          ? "object"
          : proven
          ? binaryResult(ext[0], l.type, r.type)
          : binaryResult(ext[0], ext[1], ext[2]),
      ));
      return "keep";
    }
    case "_CALL_BUILTIN_FAST": {
      const arg = op.oparg === 1 ? top() : UNKNOWN;
      for (let k = 0; k < op.oparg + 2; k++) pop();
      const fn = mathFunction(op.operand);
      const numeric = arg.type === "int" || arg.type === "float";
      s.push(ofType(
        !numeric || fn === null ? "object" : fn === "floor" ? "int" : "float",
      ));
      return "keep";
    }
    case "_LOAD_ATTR_METHOD_NO_DICT": {
      // `a.append` and `a.pop` of a list with native storage: the method is a constant.
      if (s.length < 1) return "fail";
      const owner = top();
      const [type, method] = op.operand as [unknown, PyObject];
      if (!isListKind(owner.type) || type !== T.list) break;
      s[s.length - 1] = constant(method);
      s.push(owner);
      return "keep";
    }
    case "_CALL_LIST_APPEND":
      if (s.length < 3) return "fail";
      s.length -= 3;
      s.push(constant(None));
      return "keep";
    case "_CALL_METHOD_DESCRIPTOR_FAST": {
      if (op.operand !== LIST_POP || op.oparg !== 0) break;
      if (s.length < 2) return "fail";
      const list = pop().type;
      pop();
      s.push(isListKind(list) ? ofType(itemType(list)) : UNKNOWN);
      return "keep";
    }
    case "_JUMP_TO_TOP":
    case "_EXIT_TRACE":
      return "keep";
    case "_CHECK_FUNCTION_VERSION":
      // `__code__` can change at any time: the guard stays, and proves nothing about the stack.
      return s.length < op.oparg + 2 ? "fail" : "keep";
  }
  const arith = /^_BINARY_OP_(ADD|SUBTRACT|MULTIPLY|TRUE_DIVIDE)_(INT|FLOAT)$/.exec(op.uop);
  if (arith !== null) {
    pop(), pop();
    s.push(ofType(arith[1] === "TRUE_DIVIDE" ? "float" : arith[2] === "INT" ? "int" : "float"));
    return "keep";
  }
  const effect = stackEffect(op.uop, op.oparg);
  if (effect === null || s.length < effect[0]) return "fail";
  for (let k = 0; k < effect[0]; k++) pop();
  for (let k = 0; k < effect[1]; k++) s.push(UNKNOWN);
  return "keep";
}

/** The uops whose result is a bool whatever they are given. */
const TO_BOOL = new Set([
  "_TO_BOOL",
  "_TO_BOOL_INT",
  "_TO_BOOL_FLOAT",
  "_TO_BOOL_NONE",
  "_TO_BOOL_STR",
  "_TO_BOOL_LIST",
  "_UNARY_NOT",
]);
const COMPARE = new Set(["_COMPARE_OP", "_COMPARE_OP_INT", "_COMPARE_OP_FLOAT", "_COMPARE_OP_STR"]);

/** `transfer`, after the uops whose result is a bool whatever their operands. */
function step(s: AbsValue[], op: TraceOp, trace: Trace, native: boolean): Verdict {
  if (TO_BOOL.has(op.uop)) {
    if (s.length < 1) return "fail";
    s[s.length - 1] = ofType("bool");
    return "keep";
  }
  if (COMPARE.has(op.uop)) {
    if (s.length < 2) return "fail";
    s.pop();
    s[s.length - 1] = ofType("bool");
    return "keep";
  }
  return transfer(s, op, trace, native);
}

function entryState(trace: Trace): AbsValue[] {
  const s: AbsValue[] = [];
  const consts = trace.entryConsts;
  for (let i = 0; i < trace.entrySp; i++) {
    s.push(
      consts?.has(i) ? constant(consts.get(i)) : ofType(trace.entryTypes[i] ?? "object"),
    );
  }
  return s;
}

/** One pass from `head`; the states before each op and the verdicts, or null. */
function pass(
  trace: Trace,
  head: AbsValue[],
  native: boolean,
  loop = 0,
  atLoop: AbsValue[] | null = null,
): {
  states: AbsValue[][];
  verdicts: Verdict[];
  back: AbsValue[][];
  entering: AbsValue[];
  entryCallers: AbsValue[][];
} | null {
  let s = head.slice();
  const states: AbsValue[][] = [];
  const verdicts: Verdict[] = [];
  const back: AbsValue[][] = [];
  // The states of the callers of inlined calls (jit/inline.ts), innermost last; a side trace
  // that starts inside calls starts in its innermost callee.
  const callers: AbsValue[][] = [];
  for (const e of trace.inside ?? []) {
    callers.push(s);
    s = e.slots.map((x) => ("value" in x ? constant(x.value) : ofType(x.type)));
  }
  // Copies: the callers' arrays go on as the states after the callees return.
  const entryCallers = callers.map((c) => c.slice());
  let entering = s;
  for (const [i, op] of trace.ops.entries()) {
    if (i === loop && loop > 0) {
      // A side trace's own loop (requirement 1): its head state covers both ways in.
      entering = s;
      if (atLoop !== null) s = atLoop.slice();
    }
    states.push(s.slice());
    if (op.uop === "_PUSH_FRAME" || op.uop === "_POP_FRAME") {
      // Each frame has its own slots: the callee's state starts from the arguments.
      const next = op.uop === "_PUSH_FRAME" ? enterFrame(s, op, callers) : leaveFrame(s, callers);
      if (next === null) return null;
      s = next;
      verdicts.push("keep");
      continue;
    }
    const v = step(s, op, trace, native);
    if (v === "fail") return null;
    verdicts.push(v);
    if (op.uop === "_JUMP_TO_TOP") {
      if (s.length !== (loop > 0 ? states[loop].length : trace.entrySp)) return null;
      back.push(s.slice());
    }
  }
  return { states, verdicts, back, entering, entryCallers };
}

/** The fixpoint analysis of requirement 1; null when a uop's stack effect is unknown. */
export function analyze(
  trace: Trace,
  native = false,
): (Analysis & { verdicts: string[] }) | null {
  let head = entryState(trace);
  const loop = trace.ops.find((o) => o.uop === "_JUMP_TO_TOP")?.target ?? 0;
  if (loop > 0) {
    // A side trace that ends in a loop of its own: the fixpoint is at that loop's head.
    let atLoop: AbsValue[] | null = null;
    for (let round = 0; round < 16; round++) {
      const r = pass(trace, head, native, loop, atLoop);
      if (r === null) return null;
      let next = r.entering;
      for (const end of r.back) next = next.map((v, i) => join(v, end[i]));
      if (atLoop !== null && next.every((v, i) => same(v, atLoop![i]))) return { ...r, head };
      atLoop = next;
    }
    return null;
  }
  for (let round = 0; round < 16; round++) {
    const r = pass(trace, head, native);
    if (r === null) return null;
    let next = head;
    for (const end of r.back) next = next.map((v, i) => join(v, end[i]));
    if (next.every((v, i) => same(v, head[i]))) return { ...r, head };
    head = next;
  }
  return null;
}

/** The type of every slot before each op (see `analyze`); null when unknown. */
export function inferTypes(trace: Trace): SlotType[][] | null {
  const a = analyze(trace);
  return a === null ? null : a.states.map((s) => s.map((v) => v.type));
}

/** A specialized arithmetic uop the projection puts after `_GUARD_BOTH_INT` or `_GUARD_BOTH_FLOAT`. */
const SPECIALIZED_ARITH = /^_BINARY_OP_(ADD|SUBTRACT|MULTIPLY)_(INT|FLOAT)$/;

/**
 * A `_GUARD_BOTH_*` the analysis proves always fails (an operand is an int
 * where it checks for floats, or the other way round: tier 1 specialized the
 * instruction for another caller) and the arithmetic uop it guards become the
 * generic `_BINARY_OP` of the same NB_* number (which the specialized uop's
 * oparg keeps), same `pc` and `sp`: the generic form has tier 1's semantics
 * for every type. Repeated to a fixpoint, since the result type changes.
 */
function despecialize(trace: Trace): Trace {
  for (let round = 0; round < 16; round++) {
    const a = analyze(trace);
    if (a === null) return trace;
    const ops = trace.ops;
    const dead = new Set<number>();
    ops.forEach((op, i) => {
      const g = /^_GUARD_BOTH_(INT|FLOAT)$/.exec(op.uop);
      const next = ops[i + 1];
      if (g === null || next === undefined || a.verdicts[i] !== "keep") return;
      const arith = SPECIALIZED_ARITH.exec(next.uop);
      if (arith === null || arith[2] !== g[1] || next.pc !== op.pc || next.frame !== op.frame) {
        return;
      }
      const s = a.states[i];
      if (s.length < 2) return;
      const other = g[1] === "INT" ? "float" : "int";
      const types = [s[s.length - 1].type, s[s.length - 2].type];
      // Every operand's type is proven (an int or a float), and one is the other kind.
      if (types.every((t) => t === "int" || t === "float") && types.includes(other)) dead.add(i);
    });
    if (dead.size === 0) return trace;
    const out: TraceOp[] = [];
    const newIndex: number[] = [];
    ops.forEach((op, i) => {
      newIndex.push(out.length);
      if (dead.has(i)) return;
      out.push(dead.has(i - 1) ? { ...op, uop: "_BINARY_OP", operand: undefined } : op);
    });
    for (let k = 0; k < out.length; k++) {
      if (out[k].uop === "_JUMP_TO_TOP") {
        const t = out[k].target;
        const target = t < newIndex.length ? Math.min(newIndex[t], out.length - 1) : 0;
        if (target !== t) out[k] = { ...out[k], target };
      }
    }
    trace = { ...trace, ops: out };
  }
  return trace;
}

/** The trace with the guards the analysis proves removed (requirement 3). */
export function optimize(projected: Trace): Trace {
  const trace = despecialize(projected);
  const a = analyze(trace);
  if (a === null) return trace;
  const ops: TraceOp[] = [];
  const newIndex: number[] = [];
  trace.ops.forEach((op, i) => {
    newIndex.push(ops.length);
    const v = a.verdicts[i];
    if (v === "drop") return;
    ops.push(v === "pop" ? { ...op, uop: "_POP_TOP", oparg: 0, operand: undefined } : op);
  });
  if (ops.length === trace.ops.length && a.verdicts.every((v) => v !== "pop")) return trace;
  for (let k = 0; k < ops.length; k++) {
    if (ops[k].uop === "_JUMP_TO_TOP") {
      const t = ops[k].target;
      const target = t < newIndex.length ? Math.min(newIndex[t], ops.length - 1) : 0;
      if (target !== t) ops[k] = { ...ops[k], target };
    }
  }
  return { ...trace, ops };
}

/**
 * The micro-op table: every uop defined once, with its stack effect, how it
 * can leave the trace, where it comes from, and whether a native stencil
 * implements it. The stencil list (`scripts/build_stencils.ts`), the native
 * reference semantics (`jit/native_uops.ts`) and the tests derive from it.
 *
 * Requirements (read before adding a row):
 * 1. `native: true` means `stencils/<name in lower case, without the
 *    leading underscore>.c` exists and `jit/native_uops.ts` has a body for
 *    it; `jit/uops_test.ts` fails on anything missing or orphaned.
 * 2. `exit` says why the uop can leave the trace; a uop that exits leaves
 *    every slot as it found it (`stencils/jit.h`, rule 3), except a fused
 *    compare-and-branch ("branch_result").
 * 3. `ref` cites the CPython source the uop follows, or says it is patchpy's.
 *
 * @module
 */

/** How a uop leaves its trace, besides continuing to the next one. */
export type UopExit =
  | "none"
  /** int64 overflow: the result needs a big int, tier 1 computes it. */
  | "overflow"
  /** Overflow, or an operand for which Python raises (zero divisor, negative shift). */
  | "overflow_or_error"
  /** An operand for which Python raises (zero divisor, math domain). */
  | "error"
  /** A branch went the other way than the trace. */
  | "branch"
  /**
   * A fused compare-and-branch went the other way: it leaves after the
   * comparison, with its bool where the branch guard's exit expects it (the
   * one exception to rule 2: the comparison itself cannot fail).
   */
  | "branch_result"
  /** The iterator is exhausted. */
  | "exhausted"
  /** The uop is an exit stub: it always leaves. */
  | "always"
  /** The uop jumps back to the trace's top. */
  | "jump"
  /** A type, identity or version guard failed: the operand is not what the trace was projected for. */
  | "guard";

/** One row of the table. */
export interface UopInfo {
  name: string;
  /** CPython's stack-effect notation: `(left, right -- res)`. */
  stack: string;
  /** What the oparg means, if the uop uses it. */
  oparg?: string;
  /** What operand0 means, if the uop uses it. */
  operand0?: string;
  /** What operand1 means, if the uop uses it. */
  operand1?: string;
  exit: UopExit;
  /** The source it follows. */
  ref: string;
  /** True when a native stencil implements it, else why not. */
  native: true | string;
  /** One line on what it does. */
  doc: string;
}

import { BOXED_UOPS } from "./uops_boxed.ts";
import { FRAME_UOPS } from "./uops_frames.ts";

const BC = "CPython 3.14 bytecodes.c: ";
const OWN = "patchpy: ";

/**
 * Comparison masks for the `_COMPARE_OP_*` uops, as CPython's
 * `COMPARISON_BIT` trick: the uop computes one bit for less, equal, greater
 * or unordered (NaN) and ANDs it with the mask in its oparg.
 */
export const CMP_LT = 1, CMP_EQ = 2, CMP_GT = 4, CMP_UNORDERED = 8;
/** The mask for each comparison operator (`!=` is true for unordered). */
export const COMPARE_MASKS: Record<"<" | "<=" | "==" | "!=" | ">" | ">=", number> = {
  "<": CMP_LT,
  "<=": CMP_LT | CMP_EQ,
  "==": CMP_EQ,
  "!=": CMP_LT | CMP_GT | CMP_UNORDERED,
  ">": CMP_GT,
  ">=": CMP_GT | CMP_EQ,
};

function row(
  name: string,
  stack: string,
  exit: UopExit,
  ref: string,
  doc: string,
  extra: Partial<UopInfo> = {},
): UopInfo {
  return { name, stack, exit, ref, native: true, doc, ...extra };
}

/**
 * The item strategies of lists and tuples native code reads, in the order
 * of their strategy numbers (vm/list_storage.ts: INT is 1); all but NESTED
 * are stored natively too.
 */
export const ITEM_STRATEGIES = ["INT", "FLOAT", "BOOL", "NESTED"] as const;

/**
 * The uops with a constant-operand variant, `<name>_CONST`: the right
 * operand is operand1 instead of the top of the stack, so the lowering
 * drops the `_LOAD_CONST_INLINE` before them (stencils/jit.h, rule 7).
 */
export const CONST_OPERAND_UOPS: readonly string[] = [
  "_BINARY_OP_ADD_INT",
  "_BINARY_OP_SUBTRACT_INT",
  "_BINARY_OP_MULTIPLY_INT",
  "_BINARY_OP_FLOOR_DIVIDE_INT",
  "_BINARY_OP_MODULO_INT",
  "_BINARY_OP_LSHIFT_INT",
  "_BINARY_OP_RSHIFT_INT",
  "_BINARY_OP_AND_INT",
  "_BINARY_OP_OR_INT",
  "_BINARY_OP_XOR_INT",
  "_COMPARE_OP_INT",
  "_COMPARE_OP_INT_GUARD",
  "_BINARY_OP_ADD_FLOAT",
  "_BINARY_OP_SUBTRACT_FLOAT",
  "_BINARY_OP_MULTIPLY_FLOAT",
  "_BINARY_OP_TRUE_DIVIDE_FLOAT",
  "_BINARY_OP_FLOOR_DIVIDE_FLOAT",
  "_BINARY_OP_MODULO_FLOAT",
  "_COMPARE_OP_FLOAT",
  "_COMPARE_OP_FLOAT_GUARD",
  "_POW_HALF_FLOAT",
  // `a[k]` and `a[k] = v` with a constant index.
  ...ITEM_STRATEGIES.map((kind) => `_LOAD_ITEM_${kind}`),
  ...ITEM_STRATEGIES.filter((kind) => kind !== "NESTED").map((kind) => `_STORE_ITEM_${kind}`),
];

/**
 * The uops with a local-operand variant, `<name>_FAST`: the right operand is
 * the local slot operand1 instead of the top of the stack, so the lowering
 * drops the `_LOAD_FAST` before them (stencils/jit.h, rule 7).
 */
export const FAST_OPERAND_UOPS: readonly string[] = CONST_OPERAND_UOPS.filter(
  (name) => name !== "_POW_HALF_FLOAT",
);

/**
 * The uops with a variant that reads both operands from locals,
 * `<name>_LOCALS`: operand1 packs the left operand's slot (high 32 bits)
 * and the right one's (low 32 bits), so the lowering drops both
 * `_LOAD_FAST`s before them (stencils/jit.h, rule 7). A store's list and
 * index are its operands; its value stays on the stack.
 */
export const LOCALS_OPERAND_UOPS: readonly string[] = FAST_OPERAND_UOPS;

/**
 * The arithmetic with variants that store their result to a local instead
 * of pushing it (the `_STORE_FAST` after them goes): `<name>_LOCALS_STORE`
 * reads both operands from locals as `_LOCALS` does, `<name>_LOCAL_CONST_STORE`
 * the left one from a local and the right one from operand1 (`x += 1`).
 * oparg is the target slot, packed with the left operand's slot (high 32
 * bits) in the second.
 */
export const STORE_OPERAND_UOPS: readonly string[] = [
  "_BINARY_OP_ADD_INT",
  "_BINARY_OP_SUBTRACT_INT",
  "_BINARY_OP_MULTIPLY_INT",
  "_BINARY_OP_ADD_FLOAT",
  "_BINARY_OP_SUBTRACT_FLOAT",
  "_BINARY_OP_MULTIPLY_FLOAT",
  "_BINARY_OP_TRUE_DIVIDE_FLOAT",
];

/** operand1 of a `_LOCALS` variant: the left operand's slot and the right one's. */
export function localSlots(left: number, right: number): bigint {
  return (BigInt(left) << 32n) | BigInt(right);
}

/**
 * The sequence loads with a variant that keeps their operands, `<name>_KEEP`
 * (`_COPY 2; _COPY 2` folded in), and the stores with one that takes the
 * value on top, `<name>_ROT` (`_SWAP 3; _SWAP 2` folded in): the stack
 * shuffles of `a[k] op= v` (stencils/jit.h, rule 7).
 */
export const KEEP_OPERAND_UOPS: readonly string[] = ITEM_STRATEGIES.map((k) => `_LOAD_ITEM_${k}`);
export const ROT_OPERAND_UOPS: readonly string[] = ITEM_STRATEGIES.filter((k) => k !== "NESTED")
  .map((k) => `_STORE_ITEM_${k}`);

/**
 * How an operand variant differs from its base: the right operand a
 * constant or a local's slot, both operands locals' slots, or the stack
 * shuffles around it folded in.
 */
export type OperandKind =
  | "CONST"
  | "FAST"
  | "LOCALS"
  | "LOCALS_STORE"
  | "LOCAL_CONST_STORE"
  | "KEEP"
  | "ROT";

/** What each kind of variant takes in operand1 and on the stack, and what its rows say of it. */
const OPERAND_ROWS: Record<
  OperandKind,
  { ref: string; doc: string; oparg?: string; operand1?: string; stack: (base: string) => string }
> = {
  CONST: {
    ref: " with a constant right operand",
    doc: "; the right operand is operand1",
    operand1: "the right operand, a constant (its 64 bits)",
    stack: (base) => base.replace(/, (right|index) --/, " --"),
  },
  FAST: {
    ref: " with the right operand a local",
    doc: "; the right operand is the local in slot operand1 (an exit pushes it)",
    operand1: "the native slot of the local that is the right operand",
    stack: (base) => base.replace(/, (right|index) --/, " --"),
  },
  LOCALS: {
    ref: " with both operands locals",
    doc: "; the operands are the locals in the slots operand1 packs (an exit pushes both)",
    operand1: "the native slots of the left operand (high 32 bits) and the right one (low 32)",
    stack: (base) => base.replace(/^\([^-]*--/, "(--"),
  },
  LOCALS_STORE: {
    ref: " with both operands locals, its result stored to a local",
    doc: "; the operands are the locals in the slots operand1 packs, the result goes to slot " +
      "oparg (an exit pushes the operands)",
    oparg: "the native slot the result goes to",
    operand1: "the native slots of the left operand (high 32 bits) and the right one (low 32)",
    stack: () => "(--)",
  },
  LOCAL_CONST_STORE: {
    ref:
      " with its left operand a local and its right one a constant, its result stored to a local",
    doc:
      "; the left operand is the local in oparg's high 32 bits, the right one operand1, and the " +
      "result goes to the slot in oparg's low 32 bits (an exit pushes the operands)",
    oparg: "the native slots of the left operand (high 32 bits) and the result (low 32)",
    operand1: "the right operand, a constant (its 64 bits)",
    stack: () => "(--)",
  },
  KEEP: {
    ref: " after `_COPY 2; _COPY 2`",
    doc: "; the sequence and index stay under the item (an exit pushes their copies)",
    stack: () => "(seq, index -- seq, index, item)",
  },
  ROT: {
    ref: " after `_SWAP 3; _SWAP 2`",
    doc: "; the value is on top of the list and index (an exit makes the swaps)",
    stack: () => "(list, index, value --)",
  },
};

/** The variant row of `base`: its right operand or its stack shuffles as `kind` says. */
function operandRow(base: UopInfo, kind: OperandKind): UopInfo {
  const { ref, doc, oparg, operand1, stack } = OPERAND_ROWS[kind];
  return {
    ...base,
    name: `${base.name}_${kind}`,
    stack: stack(base.stack),
    ref: OWN + base.name + ref,
    doc: base.doc + doc,
    ...(oparg === undefined ? {} : { oparg }),
    ...(operand1 === undefined ? {} : { operand1 }),
  };
}

/** Each operand variant's base uop and kind, by the variant's name. */
export const OPERAND_VARIANTS: ReadonlyMap<string, { base: string; kind: OperandKind }> = new Map(
  ([
    ["CONST", CONST_OPERAND_UOPS],
    ["FAST", FAST_OPERAND_UOPS],
    ["LOCALS", LOCALS_OPERAND_UOPS],
    ["LOCALS_STORE", STORE_OPERAND_UOPS],
    ["LOCAL_CONST_STORE", STORE_OPERAND_UOPS],
    ["KEEP", KEEP_OPERAND_UOPS],
    ["ROT", ROT_OPERAND_UOPS],
  ] as const).flatMap(([kind, bases]) =>
    bases.map((base): [string, { base: string; kind: OperandKind }] => [
      `${base}_${kind}`,
      { base, kind },
    ])
  ),
);

const BASE_UOPS: readonly UopInfo[] = [
  // -- Frame and stack ---------------------------------------------------
  row("_LOAD_FAST", "(-- value)", "none", BC + "_LOAD_FAST", "push slot oparg", {
    oparg: "slot index",
  }),
  row("_STORE_FAST", "(value --)", "none", BC + "_STORE_FAST", "pop into slot oparg", {
    oparg: "slot index",
  }),
  row(
    "_LOAD_CONST_INLINE",
    "(-- value)",
    "none",
    BC + "_LOAD_CONST_INLINE",
    "push operand0's bits",
    {
      operand0: "the value's 64 bits",
    },
  ),
  row("_POP_TOP", "(value --)", "none", BC + "_POP_TOP", "drop the top of the stack"),
  row(
    "_COPY",
    "(bottom, unused[oparg-1] -- bottom, unused[oparg-1], top)",
    "none",
    BC + "_COPY",
    "push a copy of the oparg-th item",
    {
      oparg: "depth, 1 is the top",
    },
  ),
  row(
    "_SWAP",
    "(bottom, unused[oparg-2], top -- top, unused[oparg-2], bottom)",
    "none",
    BC + "_SWAP",
    "swap the top with the oparg-th item",
    {
      oparg: "depth, at least 2",
    },
  ),
  // -- int64 arithmetic ----------------------------------------------------
  row(
    "_BINARY_OP_ADD_INT",
    "(left, right -- res)",
    "overflow",
    BC + "_BINARY_OP_ADD_INT",
    "int add",
  ),
  row(
    "_BINARY_OP_SUBTRACT_INT",
    "(left, right -- res)",
    "overflow",
    BC + "_BINARY_OP_SUBTRACT_INT",
    "int subtract",
  ),
  row(
    "_BINARY_OP_MULTIPLY_INT",
    "(left, right -- res)",
    "overflow",
    BC + "_BINARY_OP_MULTIPLY_INT",
    "int multiply",
  ),
  row(
    "_BINARY_OP_FLOOR_DIVIDE_INT",
    "(left, right -- res)",
    "overflow_or_error",
    OWN + "Objects/longobject.c l_divmod on int64",
    "int //, rounding toward minus infinity; exits on a zero divisor and on INT64_MIN // -1",
  ),
  row(
    "_BINARY_OP_MODULO_INT",
    "(left, right -- res)",
    "overflow_or_error",
    OWN + "Objects/longobject.c l_divmod on int64",
    "int %, the result taking the divisor's sign; exits on a zero divisor",
  ),
  row(
    "_BINARY_OP_LSHIFT_INT",
    "(left, right -- res)",
    "overflow_or_error",
    OWN + "Objects/longobject.c long_lshift on int64",
    "int <<; exits on a negative count and when bits would be lost",
  ),
  row(
    "_BINARY_OP_RSHIFT_INT",
    "(left, right -- res)",
    "overflow_or_error",
    OWN + "Objects/longobject.c long_rshift on int64",
    "int >>, arithmetic; counts of 64 or more give 0 or -1; exits on a negative count",
  ),
  row(
    "_BINARY_OP_AND_INT",
    "(left, right -- res)",
    "none",
    OWN + "Objects/longobject.c long_and on int64",
    "int &",
  ),
  row(
    "_BINARY_OP_OR_INT",
    "(left, right -- res)",
    "none",
    OWN + "Objects/longobject.c long_or on int64",
    "int |",
  ),
  row(
    "_BINARY_OP_XOR_INT",
    "(left, right -- res)",
    "none",
    OWN + "Objects/longobject.c long_xor on int64",
    "int ^",
  ),
  row(
    "_UNARY_INVERT_INT",
    "(value -- res)",
    "none",
    OWN + "Objects/longobject.c long_invert on int64",
    "int ~",
  ),
  row(
    "_UNARY_NEGATIVE_INT",
    "(value -- res)",
    "overflow",
    OWN + "Objects/longobject.c long_neg on int64",
    "int unary -; exits on INT64_MIN",
  ),
  row(
    "_COMPARE_OP_INT",
    "(left, right -- res)",
    "none",
    BC + "_COMPARE_OP_INT",
    "int comparison to a bool, by mask",
    {
      oparg: "comparison mask (COMPARE_MASKS)",
    },
  ),
  row(
    "_COMPARE_OP_INT_GUARD",
    "(left, right --)",
    "branch_result",
    OWN + "_COMPARE_OP_INT fused with _GUARD_IS_TRUE_POP or _GUARD_IS_FALSE_POP",
    "int comparison and branch in one; on exit leaves operand0, the comparison's bool",
    {
      oparg: "the outcomes that continue (COMPARE_MASKS bits)",
      operand0: "the bool the comparison gave when the branch exits",
    },
  ),
  // -- float arithmetic ----------------------------------------------------
  row(
    "_BINARY_OP_ADD_FLOAT",
    "(left, right -- res)",
    "none",
    BC + "_BINARY_OP_ADD_FLOAT",
    "float add",
  ),
  row(
    "_BINARY_OP_SUBTRACT_FLOAT",
    "(left, right -- res)",
    "none",
    BC + "_BINARY_OP_SUBTRACT_FLOAT",
    "float subtract",
  ),
  row(
    "_BINARY_OP_MULTIPLY_FLOAT",
    "(left, right -- res)",
    "none",
    BC + "_BINARY_OP_MULTIPLY_FLOAT",
    "float multiply",
  ),
  row(
    "_BINARY_OP_TRUE_DIVIDE_FLOAT",
    "(left, right -- res)",
    "error",
    OWN + "Objects/floatobject.c float_div",
    "float /; exits on a zero divisor (ZeroDivisionError)",
  ),
  row(
    "_BINARY_OP_FLOOR_DIVIDE_FLOAT",
    "(left, right -- res)",
    "error",
    OWN + "Objects/floatobject.c float_floor_div",
    "float //; exits on a zero divisor (ZeroDivisionError)",
  ),
  row(
    "_BINARY_OP_MODULO_FLOAT",
    "(left, right -- res)",
    "error",
    OWN + "Objects/floatobject.c float_rem",
    "float %; exits on a zero divisor (ZeroDivisionError)",
  ),
  row(
    "_UNARY_NEGATIVE_FLOAT",
    "(value -- res)",
    "none",
    OWN + "Objects/floatobject.c float_neg",
    "float unary -",
  ),
  row(
    "_COMPARE_OP_FLOAT",
    "(left, right -- res)",
    "none",
    BC + "_COMPARE_OP_FLOAT",
    "float comparison to a bool, by mask (NaN is unordered)",
    {
      oparg: "comparison mask (COMPARE_MASKS)",
    },
  ),
  row(
    "_COMPARE_OP_FLOAT_GUARD",
    "(left, right --)",
    "branch_result",
    OWN + "_COMPARE_OP_FLOAT fused with _GUARD_IS_TRUE_POP or _GUARD_IS_FALSE_POP",
    "float comparison and branch in one; on exit leaves operand0, the comparison's bool",
    {
      oparg: "the outcomes that continue (COMPARE_MASKS bits, unordered included)",
      operand0: "the bool the comparison gave when the branch exits",
    },
  ),
  row(
    "_COMPARE_OP_INT_FLOAT",
    "(left, right -- res)",
    "none",
    OWN + "Objects/floatobject.c float_richcompare",
    "int compared with float, exactly (no rounding of the int)",
    {
      oparg: "comparison mask (COMPARE_MASKS)",
    },
  ),
  row(
    "_COMPARE_OP_FLOAT_INT",
    "(left, right -- res)",
    "none",
    OWN + "Objects/floatobject.c float_richcompare",
    "float compared with int, exactly (no rounding of the int)",
    {
      oparg: "comparison mask (COMPARE_MASKS)",
    },
  ),
  row(
    "_INT_TO_FLOAT",
    "(unused[oparg] -- unused[oparg])",
    "none",
    OWN + "Objects/longobject.c PyLong_AsDouble on int64",
    "convert the oparg-th item (1 is the top) from int to float, rounding to nearest even",
    {
      oparg: "depth, 1 is the top",
    },
  ),
  row(
    "_POW_HALF_FLOAT",
    "(left, right -- res)",
    "error",
    OWN + "Objects/floatobject.c float_pow for a right operand of 0.5",
    "left ** 0.5 as glibc's pow computes it: the hardware square root where that is pow's " +
      "result, else pow itself (stencils/float_pow.h); exits for a negative left (a complex result)",
  ),
  row(
    "_SQRT_FLOAT",
    "(value -- res)",
    "error",
    OWN + "Modules/mathmodule.c math_sqrt",
    "math.sqrt of a float; exits below zero (ValueError)",
  ),
  row(
    "_FABS_FLOAT",
    "(value -- res)",
    "none",
    OWN + "Modules/mathmodule.c math_fabs",
    "math.fabs of a float",
  ),
  row(
    "_FLOOR_FLOAT",
    "(value -- res)",
    "error",
    OWN + "Modules/mathmodule.c math_floor",
    "math.floor of a float, to an int; exits on NaN, infinities and results outside int64",
  ),
  // -- Truth ---------------------------------------------------------------
  row("_UNARY_NOT", "(value -- res)", "none", BC + "_UNARY_NOT", "not of a bool"),
  row("_TO_BOOL_INT", "(value -- res)", "none", BC + "_TO_BOOL_INT", "truth of an int"),
  row(
    "_TO_BOOL_FLOAT",
    "(value -- res)",
    "none",
    OWN + "Objects/floatobject.c float_bool",
    "truth of a float (NaN is true)",
  ),
  // -- Control -------------------------------------------------------------
  row(
    "_GUARD_IS_TRUE_POP",
    "(flag --)",
    "branch",
    BC + "_GUARD_IS_TRUE_POP",
    "pop a bool; exit unless it is true",
  ),
  row(
    "_GUARD_IS_FALSE_POP",
    "(flag --)",
    "branch",
    BC + "_GUARD_IS_FALSE_POP",
    "pop a bool; exit unless it is false",
  ),
  row("_JUMP_TO_TOP", "(--)", "jump", BC + "_JUMP_TO_TOP", "jump to the trace's top", {
    operand0: "address of the loop's iteration count, or 0",
  }),
  row(
    "_FOR_ITER_RANGE",
    "(-- next)",
    "exhausted",
    BC + "_ITER_NEXT_RANGE",
    "range step: slots oparg and oparg+1 hold the next value and the stop; push the next value and advance by operand0, or exit when exhausted",
    {
      oparg: "slot of the range's next value (the stop follows it)",
      operand0: "the step (never 0)",
    },
  ),
  row(
    "_EXIT_TRACE",
    "(--)",
    "always",
    BC + "_EXIT_TRACE",
    "leave the trace, returning exit id operand0",
    {
      operand0: "the exit id",
    },
  ),

  // -- Lists and tuples with native storage (vm/list_storage.ts) -----------
  ...ITEM_STRATEGIES.flatMap((kind) => {
    const k = kind === "NESTED" ? "nested (lists and tuples)" : kind.toLowerCase();
    const rows = [
      row(
        `_LOAD_ITEM_${kind}`,
        "(seq, index -- item)",
        "error",
        BC + "_BINARY_OP_SUBSCR_LIST_INT",
        `item of a list or tuple with ${k} items; exits on an index out of range or other storage`,
      ),
      row(
        `_ITER_NEXT_${kind}`,
        "(-- item)",
        "exhausted",
        BC + "_ITER_NEXT_LIST",
        `next item of a list or tuple iterator over ${k} items; exits at the end or on other storage`,
        { oparg: "slot of the iterator's next index (the sequence's header follows it)" },
      ),
      row(
        `_UNPACK_ITEMS_${kind}`,
        "(seq -- unused[oparg])",
        "guard",
        BC + "_UNPACK_SEQUENCE_TUPLE",
        `unpack a list or tuple of oparg ${k} items, last first; exits on another length or storage`,
        { oparg: "the number of items (at least 1)" },
      ),
    ];
    if (kind === "NESTED") return rows;
    return [
      ...rows,
      row(
        `_STORE_ITEM_${kind}`,
        "(value, list, index --)",
        "error",
        BC + "_STORE_SUBSCR_LIST_INT",
        `store a ${k} into a list with ${k} items; exits on an index out of range, ` +
          `other storage${kind === "INT" ? " or an int beyond 2**53-1" : ""}`,
      ),
      row(
        `_APPEND_ITEM_${kind}`,
        "(callable, list, value -- res)",
        "guard",
        BC + "_CALL_LIST_APPEND",
        `list.append(value) on a list with ${k} items and room for one more; exits on a full ` +
          `list, other storage${kind === "INT" ? " or an int beyond 2**53-1" : ""}`,
      ),
      row(
        `_POP_ITEM_${kind}`,
        "(callable, list -- item)",
        "error",
        OWN + "Objects/listobject.c list_pop_impl, without an index",
        `list.pop() on a list with ${k} items; exits on an empty list or other storage`,
      ),
    ];
  }),
  row(
    "_GET_ITER_SEQ",
    "(seq -- iter)",
    "none",
    BC + "GET_ITER",
    "iter(seq) as a virtual iterator: its cursor slots get index 0, the header and 1 (virtual)",
    { oparg: "slot of the iterator's next index (its header and virtual flag follow)" },
  ),
  row(
    "_RANGE_ITER_NEW",
    "(callable, null, args[operand1] -- iter)",
    "error",
    BC + "_CALL_BUILTIN_CLASS",
    "iter(range(args)) as a virtual iterator: its cursor slots get the first value, the stop " +
      "and 1 (virtual); exits on a bound beyond 2**52",
    {
      oparg: "slot of the iterator's next value (its stop and virtual flag follow)",
      operand0: "the step (1 unless a third argument gives it)",
      operand1: "the number of arguments, 1 to 3",
    },
  ),
  row(
    "_SEQ_ITER_DONE",
    "(iter --)",
    "guard",
    OWN + "the exhausted branch of CPython's _ITER_NEXT_LIST",
    "pop an exhausted list or tuple iterator; exits if it has items left or its storage turned generic",
    { oparg: "slot of the iterator's next index (its header follows)" },
  ),
  row(
    "_RANGE_ITER_DONE",
    "(iter --)",
    "guard",
    OWN + "the exhausted branch of CPython's _ITER_NEXT_RANGE",
    "pop an exhausted range iterator; exits if it has values left",
    {
      oparg: "slot of the range's next value (the stop follows it)",
      operand0: "the step (never 0)",
    },
  ),
  row(
    "_ENUM_NEW",
    "(callable, null, seq -- iter)",
    "none",
    OWN + "Objects/enumobject.c enum_new with no start, then GET_ITER",
    "enumerate(seq) as a virtual iterator: its cursor slots get index 0, the header and " +
      "count - index 0; its stack slot gets 1 (virtual)",
    { oparg: "slot of the iterator's next index (its header and count - index follow)" },
  ),
  row(
    "_ENUM_COUNT",
    "(-- count)",
    "none",
    OWN + "the count of Objects/enumobject.c enum_next",
    "push the count of the item an enumerate's list or tuple iterator just stepped to: " +
      "its index before the step plus count - index",
    { oparg: "slot of the iterator's next index (its header and count - index follow)" },
  ),
  row(
    "_COPY_LIST",
    "(list, start, stop -- copy)",
    "guard",
    OWN + "Objects/listobject.c list_slice over the whole list",
    "list[:] for a list whose strategy word is oparg (start and stop are None): the copy's " +
      "header and items are bumped from the nursery; exits on other storage or a full nursery",
    {
      oparg: "the strategy word (INT, FLOAT or BOOL)",
      operand0: "address of the nursery's control words (next free address, end)",
    },
  ),
  row(
    "_SEQ_LEN",
    "(seq -- len)",
    "guard",
    BC + "_CALL_LEN",
    "length of a list or tuple with native storage; exits when its storage turned generic",
  ),
  // -- Boxed only: uops the uop interpreter runs on Python objects ---------
  ...BOXED_UOPS,
  // -- Inlined calls: frames of the callee (jit/inline.ts) ------------------
  ...FRAME_UOPS,
];

/** Every uop, in a fixed order (ORDER UOP): the rows above, then the operand variants. */
export const UOPS: readonly UopInfo[] = [
  ...BASE_UOPS,
  ...[...OPERAND_VARIANTS.values()].map(({ base, kind }) =>
    operandRow(BASE_UOPS.find((u) => u.name === base)!, kind)
  ),
];

/** The table by name. */
export const UOP_BY_NAME: ReadonlyMap<string, UopInfo> = new Map(UOPS.map((u) => [u.name, u]));

/** The uops native stencils implement, in table order. */
export const NATIVE_UOPS: readonly string[] = UOPS.filter((u) => u.native === true).map((u) =>
  u.name
);

/**
 * Stencils that are not uops: `shim`, the trace's C-ABI entry, which calls
 * the first uop with `sp = frame + oparg`.
 */
export const SHIM = "shim";

/** The template file of a stencil, relative to `stencils/`. */
export function templateFile(name: string): string {
  return `${name.replace(/^_/, "").toLowerCase()}.c`;
}

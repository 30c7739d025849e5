/**
 * The opcode table: the one place where an instruction is defined.
 *
 * Each row gives the name (CPython's where the meaning is the same), the
 * number, the stack effect as a function of the oparg (values popped and
 * pushed when the instruction falls through, and separately when it jumps),
 * flags, the number of inline cache units that follow it in `co_code`, a
 * one-line description and the CPython source it mirrors. The `Op`
 * constants, the name table, the jump sets and every stack-effect query are
 * derived from the rows below; nothing else lists opcodes.
 *
 * Requirements for adding a row:
 * 1. Base opcodes are numbered below 128; 128..255 are reserved for the
 *    specialized forms (PEP 659) added by the tier-1 interpreter; 256 and up
 *    are pseudo-instructions that exist only inside the compiler.
 * 2. A specialized form must have the same `cache` as its base opcode (one
 *    cache size per family) and the same stack effect.
 * 3. `cacheLayout` names every cache unit, so `cacheLayout.length === cache`.
 * 4. `ref` cites `CPython 3.14 bytecodes.c: NAME`, or says where and why
 *    patchpy differs.
 *
 * Instruction format: `co_code` is a `Uint32Array`; an instruction is one
 * unit `opcode | (oparg << 8)` (oparg up to 24 bits, so there is no
 * EXTENDED_ARG), followed by `cache` units. Forward jumps are relative to
 * the unit after the caches; JUMP_BACKWARD and JUMP_BACKWARD_NO_INTERRUPT
 * count backwards from that same unit.
 *
 * Exceptions: an instruction that raises at unit `u` is looked up in
 * `co_exceptiontable` at `u` itself, RERAISE included (its lasti operand
 * only changes the line a traceback reports, as in CPython's
 * exception_unwind).
 *
 * @module
 */

/** Flag bits of an opcode. */
export const F = {
  /** The oparg is meaningful (printed by `--dis`). */
  ARG: 1 << 0,
  /** The oparg indexes `co_consts`. */
  CONST: 1 << 1,
  /** The oparg (shifted right by `nameShift`) indexes `co_names`. */
  NAME: 1 << 2,
  /** The oparg indexes a plain local of the localsplus array. */
  LOCAL: 1 << 3,
  /** The oparg indexes a cell or free variable of the localsplus array. */
  FREE: 1 << 4,
  /** The oparg is a relative jump. */
  JUMP: 1 << 5,
  /** The jump goes backwards. */
  BACKWARD: 1 << 6,
  /** Control never falls through to the next instruction. */
  NO_FALLTHROUGH: 1 << 7,
  /** Leaves the frame (return or raise): ends a basic block. */
  SCOPE_EXIT: 1 << 8,
  /** May raise, so the exception table is consulted at this instruction. */
  ERROR: 1 << 9,
  /** Compiler-only: never appears in `co_code`. */
  PSEUDO: 1 << 10,
  /** Pseudo-instruction that opens an exception-table region (SETUP_*). */
  BLOCK_PUSH: 1 << 11,
  /** The oparg is a comparison (`cmp << 5 | mask`). */
  COMPARE: 1 << 12,
  /** Periodic check point (interrupts, tier-2 warm-up). */
  EVAL_BREAK: 1 << 13,
} as const;

/** A stack count: a constant, or a function of the oparg. */
type Count = number | ((oparg: number) => number);

/** One row of the table. */
export interface OpcodeInfo {
  readonly name: string;
  readonly code: number;
  /** Values popped when falling through. */
  readonly pop: (oparg: number) => number;
  /** Values pushed when falling through. */
  readonly push: (oparg: number) => number;
  /**
   * Values popped and pushed on the jump edge (for SETUP_*: when the handler
   * runs). Relative to the stack before the instruction.
   */
  readonly jumpPop: (oparg: number) => number;
  readonly jumpPush: (oparg: number) => number;
  readonly flags: number;
  /** For NAME opcodes: the name index is `oparg >> nameShift`. */
  readonly nameShift: number;
  /** Inline cache units following the instruction. */
  readonly cache: number;
  /** What each cache unit holds, for the specializing interpreter. */
  readonly cacheLayout: readonly string[];
  /** The base opcode of a specialized form (PEP 659 family); its own number otherwise. */
  readonly family: number;
  readonly doc: string;
  readonly ref: string;
}

interface Row extends Extras {
  code: number;
  pop: Count;
  push: Count;
  flags: number;
  doc: string;
}

const fn = (c: Count | undefined): (oparg: number) => number =>
  typeof c === "function" ? c : () => c ?? 0;

const pseudo = (name: string) => `CPython 3.14 Python/flowgraph.c: ${name} (pseudo)`;

interface Extras {
  /** For a specialized form: the base opcode whose stack effect, flags and cache it shares. */
  family?: string;
  jumpPop?: Count;
  jumpPush?: Count;
  nameShift?: number;
  cacheLayout?: readonly string[];
  ref?: string;
}

function op(
  code: number,
  pop: Count,
  push: Count,
  flags: number,
  doc: string,
  x: Extras = {},
): Row {
  return { code, pop, push, flags, doc, ...x };
}

/** A specialized form of `family`: same stack effect, flags and cache as its base. */
function spec(code: number, family: string, doc: string, ref?: string): Row {
  return { code, pop: 0, push: 0, flags: 0, doc, family, ref };
}

const A = F.ARG;
const E = F.ERROR;
const J = F.JUMP | F.ARG;

// -- Inline cache layouts (one per family) ------------------------------------
// Cache units are 32 bits. The first unit of every family is the adaptive
// counter (CPython: 12-bit value, 4-bit backoff).
const C_COUNTER = ["counter"] as const;
const C_VERSIONED = ["counter", "type_version", "spare"] as const;
/** counter, type version tag, shape id or dict keys version, slot index or side-table index. */
const C_ATTR = ["counter", "type_version", "shape_or_keys_version", "index"] as const;
const C_STORE_ATTR = ["counter", "type_version", "shape_and_index"] as const;
const C_GLOBAL = ["counter", "globals_keys_version", "builtins_keys_version_or_index"] as const;
const C_CALL = ["counter", "func_version", "spare"] as const;
/** Branch history: the last 32 outcomes, newest in bit 0 (CPython 3.13 keeps 16). */
const C_BRANCH = ["branch_history"] as const;
/** The tier-2 warm-up counter of a loop back edge. */
const C_BACKEDGE = ["warmup_counter"] as const;

// -- The table ----------------------------------------------------------------
// op(number, popped, pushed, flags, description, extras). The source reference
// defaults to `CPython 3.14 bytecodes.c: <NAME>`.
// ORDER OPCODE: numbers are part of the bytecode format; append, do not renumber.

const TABLE = {
  CACHE: op(0, 0, 0, 0, "An inline cache unit: data, never executed"),
  NOP: op(1, 0, 0, 0, "Does nothing; kept where it carries a line number"),
  RESUME: op(
    2,
    0,
    0,
    A | E | F.EVAL_BREAK,
    "Frame start (0) or resumption: 1 after yield, 2 after yield from",
  ),
  POP_TOP: op(3, 1, 0, 0, "Discards the top of the stack"),
  PUSH_NULL: op(4, 0, 1, 0, "Pushes NULL (the self_or_null slot of CALL)"),
  COPY: op(5, (n) => n, (n) => n + 1, A, "Pushes a copy of the n-th item (1 is the top)"),
  SWAP: op(6, (n) => n, (n) => n, A, "Swaps the top with the n-th item"),
  LOAD_CONST: op(7, 0, 1, A | F.CONST, "Pushes co_consts[oparg]"),
  LOAD_FAST: op(8, 0, 1, A | F.LOCAL, "Pushes a local known to be bound"),
  LOAD_FAST_CHECK: op(9, 0, 1, A | F.LOCAL | E, "Pushes a local that may be unbound"),
  STORE_FAST: op(10, 1, 0, A | F.LOCAL, "Stores into a local"),
  DELETE_FAST: op(11, 0, 0, A | F.LOCAL | E, "Unbinds a local"),
  LOAD_DEREF: op(12, 0, 1, A | F.FREE | E, "Pushes the contents of a cell"),
  STORE_DEREF: op(13, 1, 0, A | F.FREE, "Stores into a cell"),
  DELETE_DEREF: op(14, 0, 0, A | F.FREE | E, "Empties a cell"),
  MAKE_CELL: op(15, 0, 0, A | F.FREE, "Replaces a slot by a new cell holding its value"),
  COPY_FREE_VARS: op(16, 0, 0, A, "Copies the n closure cells into the last n slots"),
  LOAD_CLOSURE: op(17, 0, 1, A | F.FREE, "Pushes the cell object itself, to build a closure", {
    ref: "CPython 3.12 bytecodes.c: LOAD_CLOSURE (3.13 makes it LOAD_FAST; patchpy keeps " +
      "it so that LOAD_FAST always pushes a Python value)",
  }),
  LOAD_FROM_DICT_OR_DEREF: op(
    18,
    1,
    1,
    A | F.FREE | E,
    "Class body: the dict on top, else the cell",
  ),
  LOAD_LOCALS: op(19, 0, 1, E, "Pushes the locals mapping"),
  LOAD_NAME: op(20, 0, 1, A | F.NAME | E, "Locals, then globals, then builtins"),
  STORE_NAME: op(21, 1, 0, A | F.NAME | E, "Stores into the locals mapping"),
  DELETE_NAME: op(22, 0, 0, A | F.NAME | E, "Deletes from the locals mapping"),
  LOAD_GLOBAL: op(
    23,
    0,
    (o) => 1 + (o & 1),
    A | F.NAME | E,
    "Globals, then builtins; name oparg>>1; bit 0 also pushes NULL",
    {
      nameShift: 1,
      cacheLayout: C_GLOBAL,
    },
  ),
  STORE_GLOBAL: op(24, 1, 0, A | F.NAME | E, "Stores into globals"),
  DELETE_GLOBAL: op(25, 0, 0, A | F.NAME | E, "Deletes from globals"),
  LOAD_ATTR: op(
    26,
    1,
    (o) => 1 + (o & 1),
    A | F.NAME | E,
    "owner.name (oparg>>1); bit 0: [meth, self] or [attr, NULL]",
    {
      nameShift: 1,
      cacheLayout: C_ATTR,
    },
  ),
  STORE_ATTR: op(27, 2, 0, A | F.NAME | E, "owner.name = value (stack: value, owner)", {
    cacheLayout: C_STORE_ATTR,
  }),
  DELETE_ATTR: op(28, 1, 0, A | F.NAME | E, "del owner.name"),
  LOAD_SUPER_ATTR: op(
    29,
    3,
    (o) => 1 + (o & 1),
    A | F.NAME | E,
    "super(cls, self).name (oparg>>2); bit 0 method, bit 1 two-arg super()",
    {
      nameShift: 2,
      cacheLayout: C_COUNTER,
    },
  ),
  BINARY_OP: op(30, 2, 1, A | E, "Binary operator; oparg is an NB_* number (26: subscript)", {
    cacheLayout: C_COUNTER,
  }),
  BINARY_SLICE: op(31, 3, 1, E, "container[start:stop]"),
  STORE_SUBSCR: op(32, 3, 0, E, "container[sub] = value (stack: value, container, sub)", {
    cacheLayout: C_COUNTER,
  }),
  STORE_SLICE: op(33, 4, 0, E, "container[start:stop] = value"),
  DELETE_SUBSCR: op(34, 2, 0, E, "del container[sub]"),
  UNARY_NEGATIVE: op(35, 1, 1, E, "-x"),
  UNARY_NOT: op(36, 1, 1, 0, "not x, on a bool"),
  UNARY_INVERT: op(37, 1, 1, E, "~x"),
  CALL_INTRINSIC_1: op(
    38,
    1,
    1,
    A | E,
    "Applies the intrinsic numbered oparg (INTRINSIC_1) to the top",
  ),
  TO_BOOL: op(39, 1, 1, E, "bool(x), before a conditional jump or UNARY_NOT", {
    cacheLayout: C_VERSIONED,
  }),
  COMPARE_OP: op(
    40,
    2,
    1,
    A | E | F.COMPARE,
    "Rich comparison; oparg = cmp << 5 | 16 (bool result) | mask",
    {
      cacheLayout: C_COUNTER,
    },
  ),
  IS_OP: op(41, 2, 1, A, "x is y (oparg 1: is not)"),
  CONTAINS_OP: op(42, 2, 1, A | E, "x in y (oparg 1: not in)", { cacheLayout: C_COUNTER }),
  POP_JUMP_IF_FALSE: op(43, 1, 0, J, "Pops a bool; jumps forward if False", {
    cacheLayout: C_BRANCH,
  }),
  POP_JUMP_IF_TRUE: op(44, 1, 0, J, "Pops a bool; jumps forward if True", {
    cacheLayout: C_BRANCH,
  }),
  POP_JUMP_IF_NONE: op(45, 1, 0, J, "Pops; jumps forward if None", { cacheLayout: C_BRANCH }),
  POP_JUMP_IF_NOT_NONE: op(46, 1, 0, J, "Pops; jumps forward unless None", {
    cacheLayout: C_BRANCH,
  }),
  JUMP_FORWARD: op(47, 0, 0, J | F.NO_FALLTHROUGH, "Unconditional forward jump"),
  JUMP_BACKWARD: op(
    48,
    0,
    0,
    J | F.BACKWARD | F.NO_FALLTHROUGH | E | F.EVAL_BREAK,
    "Loop back edge: checks interrupts, counts toward tier 2",
    {
      cacheLayout: C_BACKEDGE,
    },
  ),
  ENTER_EXECUTOR: op(
    96,
    0,
    0,
    F.ARG | F.NO_FALLTHROUGH | E | F.EVAL_BREAK,
    "Runs tier 2's executor number oparg from the loop head; replaces a hot JUMP_BACKWARD",
    {
      cacheLayout: C_BACKEDGE,
      ref:
        "CPython 3.14 bytecodes.c: ENTER_EXECUTOR (patchpy keeps the jump's oparg in the executor)",
    },
  ),
  JUMP_BACKWARD_NO_INTERRUPT: op(
    49,
    0,
    0,
    J | F.BACKWARD | F.NO_FALLTHROUGH,
    "Backward jump that is not a loop (yield from, cold code)",
  ),
  GET_ITER: op(50, 1, 1, E, "iter(x)"),
  FOR_ITER: op(
    51,
    1,
    2,
    J | E,
    "Pushes next(iter); exhausted: pops the iterator, jumps past the END_FOR target",
    {
      jumpPop: 1,
      jumpPush: 2,
      cacheLayout: C_COUNTER,
      ref: "CPython 3.12 bytecodes.c: FOR_ITER (3.14 leaves the iterator for POP_ITER; patchpy " +
        "pops it as 3.12 did, one dispatch less per loop)",
    },
  ),
  END_FOR: op(
    52,
    2,
    0,
    0,
    "FOR_ITER's exit target: pops value and iterator (skipped at run time)",
    {
      ref: "CPython 3.12 bytecodes.c: END_FOR",
    },
  ),
  CALL: op(
    53,
    (n) => n + 2,
    1,
    A | E,
    "Stack: callable, self_or_null, args[n]; a non-NULL self_or_null is the first argument",
    {
      cacheLayout: C_CALL,
    },
  ),
  CALL_KW: op(
    54,
    (n) => n + 3,
    1,
    A | E,
    "As CALL with a keyword-name tuple on top; n counts all arguments",
    {
      cacheLayout: C_CALL,
    },
  ),
  CALL_FUNCTION_EX: op(
    55,
    4,
    1,
    E,
    "Stack: callable, self_or_null, args tuple, kwargs dict or NULL",
  ),
  MAKE_FUNCTION: op(56, 1, 1, 0, "Makes a function of the code object on top"),
  SET_FUNCTION_ATTRIBUTE: op(
    57,
    2,
    1,
    A,
    "Stack: value, func; 1 defaults, 2 kwdefaults, 4 annotations (flat name/value tuple), 8 closure",
  ),
  RETURN_VALUE: op(58, 1, 0, F.NO_FALLTHROUGH | F.SCOPE_EXIT, "Returns the top of the stack"),
  RETURN_CONST: op(
    59,
    0,
    0,
    A | F.CONST | F.NO_FALLTHROUGH | F.SCOPE_EXIT,
    "Returns co_consts[oparg]",
    {
      ref: "CPython 3.13 bytecodes.c: RETURN_CONST (3.14 went back to LOAD_CONST + RETURN_VALUE)",
    },
  ),
  BUILD_TUPLE: op(60, (n) => n, 1, A, "Tuple of the top n"),
  BUILD_LIST: op(61, (n) => n, 1, A, "List of the top n"),
  BUILD_SET: op(62, (n) => n, 1, A | E, "Set of the top n"),
  BUILD_MAP: op(63, (n) => 2 * n, 1, A | E, "Dict of n key, value pairs"),
  BUILD_STRING: op(64, (n) => n, 1, A, "Concatenates n strings"),
  BUILD_SLICE: op(65, (n) => n, 1, A, "slice() of 2 or 3 items"),
  LIST_APPEND: op(66, (n) => n + 1, (n) => n, A, "Appends the top to the list n below it"),
  SET_ADD: op(67, (n) => n + 1, (n) => n, A | E, "Adds the top to the set n below it"),
  MAP_ADD: op(68, (n) => n + 2, (n) => n, A | E, "Adds key, value to the dict n below them"),
  LIST_EXTEND: op(69, (n) => n + 1, (n) => n, A | E, "list.extend(top)"),
  SET_UPDATE: op(70, (n) => n + 1, (n) => n, A | E, "set.update(top)"),
  DICT_UPDATE: op(71, (n) => n + 1, (n) => n, A | E, "dict.update(top)"),
  DICT_MERGE: op(
    72,
    (n) => n + 1,
    (n) => n,
    A | E,
    "Merges keyword arguments; the callable is n + 4 deep, for messages",
  ),
  UNPACK_SEQUENCE: op(73, 1, (n) => n, A | E, "Unpacks exactly n items, the first on top", {
    cacheLayout: C_COUNTER,
  }),
  UNPACK_EX: op(
    74,
    1,
    (o) => (o & 0xff) + 1 + (o >> 8),
    A | E,
    "Starred unpacking: oparg = before | after << 8",
  ),
  FORMAT_SIMPLE: op(75, 1, 1, E, "format(x), for f-strings"),
  FORMAT_WITH_SPEC: op(76, 2, 1, E, "format(x, spec)"),
  CONVERT_VALUE: op(77, 1, 1, A | E, "!s (1), !r (2), !a (3)"),
  LOAD_BUILD_CLASS: op(78, 0, 1, E, "Pushes builtins.__build_class__"),
  IMPORT_NAME: op(
    79,
    2,
    1,
    A | F.NAME | E,
    "__import__(name, fromlist, level); stack: level, fromlist",
  ),
  IMPORT_FROM: op(80, 1, 2, A | F.NAME | E, "Pushes module.name, keeping the module"),
  RAISE_VARARGS: op(
    81,
    (n) => n,
    0,
    A | E | F.NO_FALLTHROUGH | F.SCOPE_EXIT,
    "raise (0), raise exc (1), raise exc from cause (2)",
  ),
  RERAISE: op(
    82,
    (n) => n + 1,
    (n) => n,
    A | E | F.NO_FALLTHROUGH | F.SCOPE_EXIT,
    "Re-raises the top; oparg > 0: the item oparg deep is lasti, for the traceback only",
  ),
  PUSH_EXC_INFO: op(
    83,
    1,
    2,
    0,
    "Saves the handled exception below the new one, which becomes current",
  ),
  POP_EXCEPT: op(84, 1, 0, 0, "Restores the handled exception from the top"),
  CHECK_EXC_MATCH: op(85, 2, 2, E, "Stack: exc, type -> exc, isinstance(exc, type)"),
  WITH_EXCEPT_START: op(
    86,
    4,
    5,
    E,
    "Stack: exit, lasti, prev_exc, exc -> ..., exit(type, exc, tb)",
    {
      ref: "CPython 3.13 bytecodes.c: WITH_EXCEPT_START (3.14 also keeps exit's self)",
    },
  ),
  BEFORE_WITH: op(87, 1, 2, E, "Stack: mgr -> bound __exit__, mgr.__enter__()", {
    ref: "CPython 3.13 bytecodes.c: BEFORE_WITH (3.14 splits it into LOAD_SPECIAL)",
  }),
  LOAD_ASSERTION_ERROR: op(88, 0, 1, 0, "Pushes AssertionError", {
    ref: "CPython 3.12 bytecodes.c: LOAD_ASSERTION_ERROR (3.14: LOAD_COMMON_CONSTANT)",
  }),
  RETURN_GENERATOR: op(
    89,
    0,
    1,
    E,
    "Creates the generator and returns it; the first send resumes after it",
  ),
  YIELD_VALUE: op(
    90,
    1,
    1,
    A,
    "Suspends with the top; pushes the sent value on resumption; oparg: enclosing handlers",
  ),
  SEND: op(
    91,
    2,
    2,
    J | E,
    "receiver, v -> receiver, receiver.send(v); StopIteration jumps with its value",
    {
      cacheLayout: C_COUNTER,
    },
  ),
  END_SEND: op(92, 2, 1, 0, "Drops the receiver below the value"),
  GET_YIELD_FROM_ITER: op(93, 1, 1, E, "iter(x) unless x is a generator"),
  CLEANUP_THROW: op(
    94,
    3,
    2,
    E,
    "sub_iter, last_sent, exc: StopIteration gives None, value; else re-raises",
  ),
  SETUP_ANNOTATIONS: op(95, 0, 0, E, "Creates __annotations__ in the locals if missing"),

  // -- Specialized forms (PEP 659), numbered from 128; written only by vm/specialize.ts --
  BINARY_OP_ADD_INT: spec(
    128,
    "BINARY_OP",
    "int + int, both small (a big result is made in place)",
  ),
  BINARY_OP_SUBTRACT_INT: spec(129, "BINARY_OP", "int - int, both small"),
  BINARY_OP_MULTIPLY_INT: spec(130, "BINARY_OP", "int * int, both small"),
  BINARY_OP_ADD_FLOAT: spec(131, "BINARY_OP", "float + float, both exact floats"),
  BINARY_OP_SUBTRACT_FLOAT: spec(132, "BINARY_OP", "float - float, both exact floats"),
  BINARY_OP_MULTIPLY_FLOAT: spec(133, "BINARY_OP", "float * float, both exact floats"),
  BINARY_OP_ADD_UNICODE: spec(134, "BINARY_OP", "str + str, both exact strs"),
  BINARY_OP_SUBSCR_LIST_INT: spec(
    135,
    "BINARY_OP",
    "list[int] for an exact list and an index in range",
  ),
  BINARY_OP_SUBSCR_TUPLE_INT: spec(
    136,
    "BINARY_OP",
    "tuple[int] for an exact tuple and an index in range",
  ),
  BINARY_OP_SUBSCR_STR_INT: spec(137, "BINARY_OP", "str[int] for an exact str"),
  BINARY_OP_SUBSCR_DICT: spec(138, "BINARY_OP", "dict[key] for an exact dict"),
  COMPARE_OP_INT: spec(139, "COMPARE_OP", "Compares two small ints"),
  COMPARE_OP_FLOAT: spec(140, "COMPARE_OP", "Compares two exact floats"),
  COMPARE_OP_STR: spec(141, "COMPARE_OP", "== or != of two exact strs"),
  CONTAINS_OP_SET: spec(142, "CONTAINS_OP", "x in an exact set or frozenset"),
  CONTAINS_OP_DICT: spec(143, "CONTAINS_OP", "x in an exact dict"),
  LOAD_ATTR_INSTANCE_VALUE: spec(
    144,
    "LOAD_ATTR",
    "An attribute in the instance's values, at the cached shape's index",
  ),
  LOAD_ATTR_MODULE: spec(
    145,
    "LOAD_ATTR",
    "A module attribute: the cached entry of the module dict",
  ),
  LOAD_ATTR_CLASS: spec(
    146,
    "LOAD_ATTR",
    "An attribute of a class (no descriptor behaviour), cached by version",
  ),
  LOAD_ATTR_METHOD_WITH_VALUES: spec(
    147,
    "LOAD_ATTR",
    "A Python method of an instance whose shape lacks the name: [func, self]",
  ),
  LOAD_ATTR_METHOD_NO_DICT: spec(
    148,
    "LOAD_ATTR",
    "A built-in method of an object of a built-in type: [descr, self]",
  ),
  LOAD_ATTR_PROPERTY: spec(
    149,
    "LOAD_ATTR",
    "A property whose getter is a Python function: pushes its frame",
  ),
  LOAD_ATTR_SLOT: spec(150, "LOAD_ATTR", "A __slots__ member, at the cached slot index"),
  STORE_ATTR_INSTANCE_VALUE: spec(
    151,
    "STORE_ATTR",
    "Stores into the instance's values, or appends along the cached shape transition",
  ),
  STORE_ATTR_SLOT: spec(152, "STORE_ATTR", "Stores into a __slots__ member"),
  LOAD_GLOBAL_MODULE: spec(
    153,
    "LOAD_GLOBAL",
    "A global: the cached entry, while the globals' keys are unchanged",
  ),
  LOAD_GLOBAL_BUILTIN: spec(
    154,
    "LOAD_GLOBAL",
    "A builtin: the cached entry, while globals' and builtins' keys are unchanged",
  ),
  CALL_PY_EXACT_ARGS: spec(
    155,
    "CALL",
    "A Python function of the cached code, called with exactly its positional parameters",
  ),
  CALL_BOUND_METHOD_EXACT_ARGS: spec(
    156,
    "CALL",
    "A bound method of a Python function of the cached code, exact arguments",
  ),
  CALL_BUILTIN_FAST: spec(157, "CALL", "The cached built-in function, positional arguments only"),
  CALL_LEN: spec(158, "CALL", "len(x) with the builtin len"),
  CALL_ISINSTANCE: spec(159, "CALL", "isinstance(x, cls) with the builtin isinstance"),
  CALL_LIST_APPEND: spec(160, "CALL", "list.append(x) on an exact list"),
  CALL_ALLOC_AND_ENTER_INIT: spec(
    161,
    "CALL",
    "A class of the cached version: allocates, pushes the __init__ frame",
  ),
  FOR_ITER_LIST: spec(162, "FOR_ITER", "Next item of a list iterator"),
  FOR_ITER_TUPLE: spec(163, "FOR_ITER", "Next item of a tuple iterator"),
  FOR_ITER_RANGE: spec(164, "FOR_ITER", "Next int of a range iterator"),
  FOR_ITER_GEN: spec(165, "FOR_ITER", "Resumes a generator's frame in this loop"),
  UNPACK_SEQUENCE_TWO_TUPLE: spec(166, "UNPACK_SEQUENCE", "Unpacks an exact tuple of two"),
  UNPACK_SEQUENCE_TUPLE: spec(167, "UNPACK_SEQUENCE", "Unpacks an exact tuple of oparg items"),
  UNPACK_SEQUENCE_LIST: spec(168, "UNPACK_SEQUENCE", "Unpacks an exact list of oparg items"),
  STORE_SUBSCR_LIST_INT: spec(
    169,
    "STORE_SUBSCR",
    "list[int] = v for an exact list and an index in range",
  ),
  STORE_SUBSCR_DICT: spec(170, "STORE_SUBSCR", "dict[key] = v for an exact dict"),
  TO_BOOL_BOOL: spec(171, "TO_BOOL", "A bool is its own truth"),
  TO_BOOL_INT: spec(172, "TO_BOOL", "An int: nonzero"),
  TO_BOOL_LIST: spec(173, "TO_BOOL", "An exact list: nonempty"),
  TO_BOOL_NONE: spec(174, "TO_BOOL", "None is false"),
  TO_BOOL_STR: spec(175, "TO_BOOL", "An exact str: nonempty"),
  BINARY_OP_EXTEND: spec(
    176,
    "BINARY_OP",
    "An operator on operand kinds the cached extension descriptor guards (int/float mixes, ...)",
  ),
  // Superinstructions (CPython 3.11's): made by quickening from two adjacent instructions;
  // the first executes both and skips the second, which stays valid as a jump target.
  LOAD_FAST__LOAD_FAST: spec(177, "LOAD_FAST", "LOAD_FAST, then the LOAD_FAST after it"),
  LOAD_FAST__LOAD_CONST: spec(178, "LOAD_FAST", "LOAD_FAST, then the LOAD_CONST after it"),
  LOAD_CONST__LOAD_FAST: spec(179, "LOAD_CONST", "LOAD_CONST, then the LOAD_FAST after it"),
  STORE_FAST__LOAD_FAST: spec(180, "STORE_FAST", "STORE_FAST, then the LOAD_FAST after it"),
  STORE_FAST__STORE_FAST: spec(181, "STORE_FAST", "STORE_FAST, then the STORE_FAST after it"),
  CALL_METHOD_DESCRIPTOR_FAST: spec(
    182,
    "CALL",
    "The cached built-in method on an object of exactly its type, positional arguments only",
  ),
  CALL_BUILTIN_CLASS: spec(
    183,
    "CALL",
    "The cached built-in class (range, int, float), positional arguments only",
  ),
  CALL_PY_WITH_DEFAULTS: spec(
    184,
    "CALL",
    "A Python function of the cached code, its missing positional parameters from __defaults__",
  ),

  // -- Pseudo-instructions: compiler only, numbered from 256 as in CPython --
  SETUP_FINALLY: op(
    256,
    0,
    0,
    J | F.PSEUDO | F.BLOCK_PUSH,
    "Opens a region; its handler receives the exception",
    {
      jumpPush: 1,
      ref: pseudo("SETUP_FINALLY"),
    },
  ),
  SETUP_CLEANUP: op(
    257,
    0,
    0,
    J | F.PSEUDO | F.BLOCK_PUSH,
    "As SETUP_FINALLY; the handler also receives lasti",
    {
      jumpPush: 2,
      ref: pseudo("SETUP_CLEANUP"),
    },
  ),
  SETUP_WITH: op(
    258,
    0,
    0,
    J | F.PSEUDO | F.BLOCK_PUSH,
    "As SETUP_CLEANUP, dropping __enter__'s result",
    {
      jumpPop: 1,
      jumpPush: 2,
      ref: pseudo("SETUP_WITH"),
    },
  ),
  POP_BLOCK: op(259, 0, 0, F.PSEUDO, "Closes the innermost SETUP_* region", {
    ref: pseudo("POP_BLOCK"),
  }),
  JUMP: op(260, 0, 0, J | F.PSEUDO | F.NO_FALLTHROUGH, "Becomes JUMP_FORWARD or JUMP_BACKWARD", {
    ref: pseudo("JUMP"),
  }),
  JUMP_NO_INTERRUPT: op(
    261,
    0,
    0,
    J | F.PSEUDO | F.NO_FALLTHROUGH,
    "Becomes JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT",
    {
      ref: pseudo("JUMP_NO_INTERRUPT"),
    },
  ),
} as const;

// -- Derived tables -------------------------------------------------------------

/** The names of the opcodes in the table. */
export type OpName = keyof typeof TABLE;

const ROWS = Object.entries(TABLE) as [OpName, Row][];

/** Every opcode, indexed by number (holes are undefined). */
export const OPCODES: readonly (OpcodeInfo | undefined)[] = (() => {
  const table: (OpcodeInfo | undefined)[] = [];
  const rows = Object.fromEntries(ROWS) as Record<string, Row>;
  for (const [name, row] of ROWS) {
    const code = row.code;
    if (table[code] !== undefined) {
      throw new Error(`Cannot define opcode ${name}: number ${code} is taken`);
    }
    const base = row.family === undefined ? undefined : rows[row.family];
    const r: Row = base === undefined ? row : {
      ...base,
      code,
      doc: row.doc,
      ref: row.ref ?? `CPython 3.14 bytecodes.c: ${name}`,
    };
    const layout = r.cacheLayout ?? [];
    const noJumpEffect = r.jumpPop === undefined && r.jumpPush === undefined;
    table[code] = Object.freeze({
      name,
      code,
      pop: fn(r.pop),
      push: fn(r.push),
      jumpPop: noJumpEffect ? fn(r.pop) : fn(r.jumpPop),
      jumpPush: noJumpEffect ? fn(r.push) : fn(r.jumpPush),
      flags: r.flags ?? 0,
      nameShift: r.nameShift ?? 0,
      cache: layout.length,
      cacheLayout: layout,
      family: base === undefined ? code : base.code,
      doc: r.doc,
      ref: r.ref ?? `CPython 3.14 bytecodes.c: ${name}`,
    });
  }
  return table;
})();

/** Opcode numbers by name: `Op.LOAD_FAST`. */
export const Op: Readonly<Record<OpName, number>> = Object.freeze(
  Object.fromEntries(ROWS.map(([name, r]) => [name, r.code])) as Record<OpName, number>,
);

/** Name of an opcode number, or `<n>` for an undefined one. */
export function opName(op: number): string {
  return OPCODES[op]?.name ?? `<${op}>`;
}

/** The table row of an opcode; throws for an undefined number. */
export function opInfo(op: number): OpcodeInfo {
  const info = OPCODES[op];
  if (info === undefined) throw new RangeError(`Cannot find opcode ${op}: not in the opcode table`);
  return info;
}

/** Whether the opcode has the flag. */
export function hasFlag(op: number, flag: number): boolean {
  return ((OPCODES[op]?.flags ?? 0) & flag) !== 0;
}

/** Net stack effect, on the jump edge when `jump` is true. */
export function stackEffect(op: number, oparg: number, jump: boolean): number {
  const i = opInfo(op);
  return jump ? i.jumpPush(oparg) - i.jumpPop(oparg) : i.push(oparg) - i.pop(oparg);
}

/** Inline cache units after the opcode. */
export function cacheSize(op: number): number {
  return OPCODES[op]?.cache ?? 0;
}

const codesWith = (flag: number, without = 0) =>
  new Set(ROWS.map(([, r]) => r.code).filter((c) => hasFlag(c, flag) && !hasFlag(c, without)));

/** Real opcodes that jump (the oparg is a relative offset). */
export const HAS_JUMP: ReadonlySet<number> = codesWith(F.JUMP, F.PSEUDO);
/** Real opcodes whose oparg indexes co_consts. */
export const HAS_CONST: ReadonlySet<number> = codesWith(F.CONST);
/** Opcodes whose oparg names co_names. */
export const HAS_NAME: ReadonlySet<number> = codesWith(F.NAME);
/** Opcodes whose oparg is a plain local slot. */
export const HAS_LOCAL: ReadonlySet<number> = codesWith(F.LOCAL);
/** Opcodes whose oparg is a cell or free slot. */
export const HAS_FREE: ReadonlySet<number> = codesWith(F.FREE);

// -- Oparg vocabularies -----------------------------------------------------------

/** BINARY_OP opargs, CPython 3.14's NB_* numbering, with their symbols. */
export const NB_OPS: readonly (readonly [name: string, symbol: string])[] = [
  ["NB_ADD", "+"],
  ["NB_AND", "&"],
  ["NB_FLOOR_DIVIDE", "//"],
  ["NB_LSHIFT", "<<"],
  ["NB_MATRIX_MULTIPLY", "@"],
  ["NB_MULTIPLY", "*"],
  ["NB_REMAINDER", "%"],
  ["NB_OR", "|"],
  ["NB_POWER", "**"],
  ["NB_RSHIFT", ">>"],
  ["NB_SUBTRACT", "-"],
  ["NB_TRUE_DIVIDE", "/"],
  ["NB_XOR", "^"],
  ["NB_INPLACE_ADD", "+="],
  ["NB_INPLACE_AND", "&="],
  ["NB_INPLACE_FLOOR_DIVIDE", "//="],
  ["NB_INPLACE_LSHIFT", "<<="],
  ["NB_INPLACE_MATRIX_MULTIPLY", "@="],
  ["NB_INPLACE_MULTIPLY", "*="],
  ["NB_INPLACE_REMAINDER", "%="],
  ["NB_INPLACE_OR", "|="],
  ["NB_INPLACE_POWER", "**="],
  ["NB_INPLACE_RSHIFT", ">>="],
  ["NB_INPLACE_SUBTRACT", "-="],
  ["NB_INPLACE_TRUE_DIVIDE", "/="],
  ["NB_INPLACE_XOR", "^="],
  ["NB_SUBSCR", "[]"],
];
/** The in-place form of an NB_* number is this much higher. */
export const NB_INPLACE_OFFSET = 13;
/** BINARY_OP oparg for `a[b]`. */
export const NB_SUBSCR = 26;

/** COMPARE_OP: `cmp` (oparg >> 5) in CPython's Py_LT..Py_GE order. */
export const CMP_OPS: readonly string[] = ["<", "<=", "==", "!=", ">", ">="];
/** COMPARE_OP oparg bit: the result is converted to bool. */
export const COMPARE_BOOL = 16;
/** COMPARE_OP low bits (CPython 3.13 COMPARISON_*), for specialized forms. */
export const COMPARE_MASKS: readonly number[] = [2, 2 | 8, 8, 1 | 2 | 4, 4, 4 | 8];

/** CALL_INTRINSIC_1 opargs, CPython 3.12+ numbering. */
export const INTRINSIC_1: readonly string[] = [
  "INTRINSIC_1_INVALID",
  "INTRINSIC_PRINT",
  "INTRINSIC_IMPORT_STAR",
  "INTRINSIC_STOPITERATION_ERROR",
  "INTRINSIC_ASYNC_GEN_WRAP",
  "INTRINSIC_UNARY_POSITIVE",
  "INTRINSIC_LIST_TO_TUPLE",
];
export const INTRINSIC_IMPORT_STAR = 2;
export const INTRINSIC_STOPITERATION_ERROR = 3;
export const INTRINSIC_UNARY_POSITIVE = 5;
export const INTRINSIC_LIST_TO_TUPLE = 6;

/** CONVERT_VALUE opargs (FVC_*). */
export const CONVERSIONS: readonly string[] = ["", "str", "repr", "ascii"];

/** SET_FUNCTION_ATTRIBUTE opargs. */
export const FUNC_DEFAULTS = 0x01;
export const FUNC_KWDEFAULTS = 0x02;
export const FUNC_ANNOTATIONS = 0x04;
export const FUNC_CLOSURE = 0x08;
export const FUNC_ATTRIBUTE_NAMES: Readonly<Record<number, string>> = {
  1: "defaults",
  2: "kwdefaults",
  4: "annotations",
  8: "closure",
};

/** RESUME opargs. */
export const RESUME_AT_FUNC_START = 0;
export const RESUME_AFTER_YIELD = 1;
export const RESUME_AFTER_YIELD_FROM = 2;

/** Largest oparg a unit can carry. */
export const MAX_OPARG = (1 << 24) - 1;

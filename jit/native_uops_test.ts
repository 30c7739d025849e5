/**
 * Every native uop against its TypeScript semantics: each stencil is
 * stitched into a tiny trace (shim, the uop, a marker push, exit stubs),
 * run natively on at least 1,000 inputs (edge values and seeded random
 * ones), and the whole slot array and the outcome (continued, exited,
 * jumped) compared with `jit/native_uops.ts`. The same file runs under
 * qemu-aarch64 with the arm64 Deno (`scripts/aarch64.ts`).
 */
import assert from "node:assert/strict";
import { COMPARE_MASKS, localSlots, NATIVE_UOPS, OPERAND_VARIANTS, UOP_BY_NAME } from "./uops.ts";
import {
  CONTINUE,
  EXIT,
  NATIVE_BODIES,
  type NativeMemory,
  type NativeState,
} from "./native_uops.ts";
import { instr, type NativeInstr } from "./emit.ts";
import { bitsOf, doubleOf, Rng } from "./native_inputs.ts";
import { compileTrace, type NativeTrace } from "./native_trace.ts";
import { nativeBackend } from "../ffi/native_backend.ts";
import { stencilTable } from "./stencil_table.ts";

const backend = nativeBackend();
const SLOTS = 16;
const STACK_BASE = 8;
/** Items on the stack when the uop starts: enough for `_COPY 4`. */
const DEPTH = 4;
/** Random inputs per uop; `deno task aarch64` asks for fewer, each costing far more under qemu. */
const TRIALS = Number(Deno.env.get("PATCHPY_NATIVE_TRIALS") ?? 1200);
const ON_CONTINUE = 100, ON_EXIT = 101, ON_JUMP = 102;
/** Pushed after the uop, so that the native stack pointer shows in the slots. */
const MARKER = 0x5A5A_1234_5678_A5A5n;

/** One way to run a uop: its oparg and operand, and what its inputs are. */
interface Config {
  oparg: number;
  operand0: bigint;
  operand1?: bigint;
  /** Fills the slots before a trial. */
  fill: (rng: Rng, slots: BigInt64Array) => void;
  /** The list a list uop works on, filled with the slots. */
  list?: TestList;
}

/**
 * A list's header and items at real addresses (vm/list_storage.ts layout),
 * for the list uops; the TypeScript semantics run on copies at the same
 * addresses.
 */
class TestList {
  static readonly CAPACITY = 12;
  readonly header = new ArrayBuffer(32);
  readonly items = new ArrayBuffer(8 * TestList.CAPACITY);
  readonly address = BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(this.header)));
  readonly itemsAddress = BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(this.items)));
  /** A nursery (`_COPY_LIST`): its control words, then room for about two copies. */
  readonly nursery = new ArrayBuffer(16 + 16 * (4 + TestList.CAPACITY));
  readonly nurseryAddress = BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(this.nursery)));

  /**
   * Random items of `strategy`'s kind (1 int, 2 float, 3 bool, 4 nested), a
   * random length, and mostly that strategy: sometimes as a tuple, another
   * one, or generic (a demoted list).
   */
  fill(rng: Rng, strategy: number, length = rng.below(TestList.CAPACITY + 1)): void {
    const h = new BigInt64Array(this.header);
    h[0] = BigInt(length);
    const r = rng.below(8);
    h[1] = BigInt(r === 0 ? rng.below(5) : r === 1 ? strategy | 8 : strategy);
    h[2] = this.itemsAddress;
    h[3] = BigInt(TestList.CAPACITY);
    const items = new Float64Array(this.items);
    const bits = new BigInt64Array(this.items);
    for (let i = 0; i < items.length; i++) {
      if (strategy === 1) items[i] = Number(BigInt.asIntN(54, rng.int()) % (1n << 53n));
      else if (strategy === 2) bits[i] = rng.float();
      else if (strategy === 3) items[i] = rng.below(2);
      else bits[i] = rng.bits();
    }
    // The nursery starts anywhere in its first copy's room and ends anywhere after that.
    const control = new BigInt64Array(this.nursery, 0, 2);
    const room = this.nursery.byteLength - 16;
    control[0] = this.nurseryAddress + 16n + BigInt(8 * rng.below(room / 16));
    control[1] = control[0] + BigInt(8 * rng.below((this.nursery.byteLength - 16) / 8));
    if (control[1] > this.nurseryAddress + BigInt(this.nursery.byteLength)) {
      control[1] = this.nurseryAddress + BigInt(this.nursery.byteLength);
    }
  }

  /** Copies of the buffers, seen at the real addresses. */
  copy(): NativeMemory & { header: ArrayBuffer; items: ArrayBuffer; nursery: ArrayBuffer } {
    const header = this.header.slice(0), items = this.items.slice(0);
    const nursery = this.nursery.slice(0);
    const at: [bigint, ArrayBuffer][] = [
      [this.address, header],
      [this.itemsAddress, items],
      [this.nurseryAddress, nursery],
    ];
    return {
      header,
      items,
      nursery,
      view: (address) => {
        for (const [base, b] of at) {
          if (address >= base && address < base + BigInt(b.byteLength)) {
            return new DataView(b, Number(address - base));
          }
        }
        throw new Error(`no test buffer at ${address}`);
      },
    };
  }

  /** Whether `memory` holds what this list's buffers hold. */
  same(memory: ReturnType<TestList["copy"]>): boolean {
    return sameBytes(memory.items, this.items) && sameBytes(memory.nursery, this.nursery) &&
      sameBytes(memory.header, this.header);
  }
}

const sameBytes = (a: ArrayBuffer, b: ArrayBuffer) =>
  a.byteLength === b.byteLength && new Uint8Array(a).every((x, i) => x === new Uint8Array(b)[i]);

type Kind = "int" | "float" | "bool" | "any";

function fillWith(kinds: Kind[]): Config["fill"] {
  return (rng, slots) => {
    for (let i = 0; i < SLOTS; i++) slots[i] = rng.bits();
    // The top `kinds.length` stack items get typed values; the rest stay random.
    for (let k = 0; k < kinds.length; k++) {
      const slot = STACK_BASE + DEPTH - kinds.length + k;
      const kind = kinds[k];
      slots[slot] = kind === "int"
        ? rng.int()
        : kind === "float"
        ? rng.float()
        : kind === "bool"
        ? rng.bool()
        : rng.pick([rng.int(), rng.float()]);
    }
  };
}

/** The kind of a binary uop's right operand: its name says float, or it is an int. */
function rightKind(base: string): Kind {
  return base.endsWith("_FLOAT") || base.startsWith("_COMPARE_OP_FLOAT") ? "float" : "int";
}

/** Right operands for `_CONST` variants: edges of each kind, and random ones. */
function constOperands(kind: Kind, rng: Rng): bigint[] {
  if (kind === "float") {
    const edges = [0, -0, 1, -1, 0.5, 3, Infinity, -Infinity, NaN, 1e308, 5e-324];
    return [...edges.map((d) => bitsOf(d)), ...Array.from({ length: 5 }, () => rng.float())];
  }
  const edges = [
    0n,
    1n,
    -1n,
    2n,
    3n,
    10n,
    63n,
    64n,
    -64n,
    1n << 62n,
    -(1n << 63n),
    (1n << 63n) - 1n,
  ];
  return [...edges, ...Array.from({ length: 5 }, () => rng.int())];
}

/**
 * A `_CONST` variant's configurations: its base's, with the stack one item
 * shorter (the left operand on top) and the right operand in operand1.
 */
function constConfigs(base: string, rng: Rng): Config[] {
  const item = itemOperands(base);
  if (item !== null) {
    // Constant indices around the test list's bounds, both signs, and far off.
    const indices = [-13n, -12n, -3n, -1n, 0n, 1n, 5n, 11n, 12n, 1n << 40n, -(1n << 63n)];
    return indices.map((operand1) => ({ ...seqConfig(item.strategy, item.kinds), operand1 }));
  }
  const kind = rightKind(base);
  const rights = constOperands(kind, rng);
  return configs(base, rng).flatMap((c, k) =>
    // Spread the constants over the base's configurations, a few each.
    rights.filter((_, j) => (j + k) % 3 === 0).map((operand1) => ({
      oparg: c.oparg,
      operand0: c.operand0,
      operand1,
      fill: fillWith([kind]),
    }))
  );
}

/** Variants whose exit moves the stack (pushes a local, or makes the shuffles folded in). */
const exitMovesStack = (uop: string) => {
  const kind = OPERAND_VARIANTS.get(uop)?.kind;
  return kind !== undefined && kind !== "CONST";
};

/**
 * A `_KEEP` (`_ROT`) variant's configurations: its base's, the stack laid
 * out as before the shuffles it folds in.
 */
function shuffleConfigs(base: string, kind: "KEEP" | "ROT", rng: Rng): Config[] {
  if (kind === "KEEP") return configs(base, rng);
  return configs(base, rng).map((c) => ({
    ...c,
    fill: (r: Rng, slots: BigInt64Array) => {
      c.fill(r, slots);
      // The base takes value, list, index; the variant list, index, value.
      const top = STACK_BASE + DEPTH;
      const [value, list, index] = slots.slice(top - 3, top);
      slots.set([list, index, value], top - 3);
    },
  }));
}

/**
 * The strategy and the operands below the index of `_LOAD_ITEM_*` and
 * `_STORE_ITEM_*`, whose index a variant takes as operand1; null for others.
 */
function itemOperands(uop: string): { strategy: number; kinds: (Kind | "seq")[] } | null {
  const m = /^_(LOAD|STORE)_ITEM_(INT|FLOAT|BOOL|NESTED)$/.exec(uop);
  if (m === null) return null;
  const strategy = ["INT", "FLOAT", "BOOL", "NESTED"].indexOf(m[2]) + 1;
  return {
    strategy,
    kinds: m[1] === "LOAD" ? ["seq"] : [m[2].toLowerCase() as Kind, "seq"],
  };
}

/** The local slot `_FAST` variants read their right operand from: below the stack. */
const FAST_SLOT = 2;

/**
 * A `_FAST` variant's configurations: its base's, with the stack one item
 * shorter (the left operand on top) and the right operand in a local.
 */
function fastConfigs(base: string, rng: Rng): Config[] {
  const item = itemOperands(base);
  if (item !== null) {
    const c = seqConfig(item.strategy, item.kinds);
    return [{
      ...c,
      operand1: BigInt(FAST_SLOT),
      fill: (r, slots) => {
        c.fill(r, slots);
        slots[FAST_SLOT] = r.below(8) === 0 ? r.int() : BigInt(r.below(31) - 15);
      },
    }];
  }
  const kind = rightKind(base);
  const rights = constOperands(kind, rng);
  return configs(base, rng).map((c) => ({
    oparg: c.oparg,
    operand0: c.operand0,
    operand1: BigInt(FAST_SLOT),
    fill: (r: Rng, slots: BigInt64Array) => {
      fillWith([kind])(r, slots);
      slots[FAST_SLOT] = r.below(2) === 0 ? rights[r.below(rights.length)] : slots[FAST_SLOT];
      if (kind === "float" && r.below(2) === 1) slots[FAST_SLOT] = r.float();
      if (kind === "int" && r.below(2) === 1) slots[FAST_SLOT] = r.int();
    },
  }));
}

/** The local slots `_LOCALS` variants read their operands from: below the stack. */
const LEFT_SLOT = 1, RIGHT_SLOT = FAST_SLOT;

/**
 * A `_LOCALS` variant's configurations: its base's, with both operands
 * moved to locals and what was under them (a store's value) on top.
 */
function localsConfigs(base: string, rng: Rng): Config[] {
  return configs(base, rng).map((c) => ({
    ...c,
    operand1: localSlots(LEFT_SLOT, RIGHT_SLOT),
    fill: (r: Rng, slots: BigInt64Array) => {
      c.fill(r, slots);
      const top = STACK_BASE + DEPTH;
      slots[LEFT_SLOT] = slots[top - 2];
      slots[RIGHT_SLOT] = slots[top - 1];
      slots.copyWithin(STACK_BASE + 2, STACK_BASE, top - 2);
      slots[STACK_BASE] = r.bits();
      slots[STACK_BASE + 1] = r.bits();
    },
  }));
}

/**
 * The slots the `_STORE` variants store their result to: a local, and the
 * top of the stack, which `tos` holds (as it holds the last local when the
 * stack is empty).
 */
const TARGETS = [3, STACK_BASE + DEPTH - 1];

/**
 * A `_LOCALS_STORE` variant's configurations: its `_LOCALS` variant's, the
 * result going to a local.
 */
function localsStoreConfigs(base: string, rng: Rng): Config[] {
  return localsConfigs(base, rng).flatMap((c) =>
    TARGETS.map((target) => ({ ...c, oparg: target }))
  );
}

/**
 * A `_LOCAL_CONST_STORE` variant's configurations: its `_CONST` variant's,
 * the left operand moved to a local and the result going to another.
 */
function localConstStoreConfigs(base: string, rng: Rng): Config[] {
  return constConfigs(base, rng).flatMap((c) =>
    TARGETS.map((target) => ({
      ...c,
      oparg: LEFT_SLOT * 2 ** 32 + target,
      fill: (r: Rng, slots: BigInt64Array) => {
        c.fill(r, slots);
        const top = STACK_BASE + DEPTH;
        slots[LEFT_SLOT] = slots[top - 1];
        slots.copyWithin(STACK_BASE + 1, STACK_BASE, top - 1);
        slots[STACK_BASE] = r.bits();
      },
    }))
  );
}

/** The inputs each uop takes, from its name (the table's naming scheme). */
function configs(uop: string, rng: Rng): Config[] {
  const variant = OPERAND_VARIANTS.get(uop);
  if (variant !== undefined) {
    if (variant.kind === "KEEP" || variant.kind === "ROT") {
      return shuffleConfigs(variant.base, variant.kind, rng);
    }
    if (variant.kind === "LOCALS") return localsConfigs(variant.base, rng);
    if (variant.kind === "LOCALS_STORE") return localsStoreConfigs(variant.base, rng);
    if (variant.kind === "LOCAL_CONST_STORE") return localConstStoreConfigs(variant.base, rng);
    return (variant.kind === "CONST" ? constConfigs : fastConfigs)(variant.base, rng);
  }
  const masks = Object.values(COMPARE_MASKS);
  const one = (
    kinds: Kind[],
    oparg = 0,
    operand0 = 0n,
  ): Config[] => [{ oparg, operand0, fill: fillWith(kinds) }];
  switch (uop) {
    case "_LOAD_FAST":
    case "_STORE_FAST":
      return [0, 3, 7].map((oparg) => ({ oparg, operand0: 0n, fill: fillWith(["any"]) }));
    case "_LOAD_CONST_INLINE":
      return Array.from(
        { length: 8 },
        () => ({ oparg: 0, operand0: rng.pick([rng.int(), rng.float()]), fill: fillWith([]) }),
      );
    case "_POP_TOP":
      return one(["any"]);
    case "_COPY":
      return [1, 2, 3, 4].map((oparg) => ({ oparg, operand0: 0n, fill: fillWith([]) }));
    case "_SWAP":
      return [2, 3, 4].map((oparg) => ({ oparg, operand0: 0n, fill: fillWith([]) }));
    case "_COMPARE_OP_INT":
      return masks.map((oparg) => ({ oparg, operand0: 0n, fill: fillWith(["int", "int"]) }));
    case "_COMPARE_OP_FLOAT":
      return masks.map((oparg) => ({ oparg, operand0: 0n, fill: fillWith(["float", "float"]) }));
    case "_COMPARE_OP_INT_FLOAT":
      return masks.map((oparg) => ({ oparg, operand0: 0n, fill: fillWith(["int", "float"]) }));
    case "_COMPARE_OP_FLOAT_INT":
      return masks.map((oparg) => ({ oparg, operand0: 0n, fill: fillWith(["float", "int"]) }));
    case "_COMPARE_OP_INT_GUARD":
    case "_COMPARE_OP_FLOAT_GUARD": {
      // Every set of continuing outcomes, each with both bools to leave on exit.
      const kind = uop === "_COMPARE_OP_INT_GUARD" ? "int" : "float";
      const all = kind === "int" ? 7 : 15;
      return Array.from({ length: all + 1 }, (_, mask) => mask).flatMap((oparg) =>
        [0n, 1n].map((operand0) => ({ oparg, operand0, fill: fillWith([kind, kind]) }))
      );
    }
    case "_INT_TO_FLOAT":
      return [1, 2].map((oparg) => ({ oparg, operand0: 0n, fill: fillWith(["int", "int"]) }));
    case "_UNARY_NOT":
    case "_GUARD_IS_TRUE_POP":
    case "_GUARD_IS_FALSE_POP":
      return one(["bool"]);
    case "_JUMP_TO_TOP":
      return one([]);
    case "_GET_ITER_SEQ":
      return [seqConfig(1, ["seq"], 2)];
    case "_ENUM_NEW":
      return [seqConfig(1, ["any", "any", "seq"], 2)];
    case "_ENUM_COUNT":
      // Cursor slot 2 holds count - index: within 2**52 at entry.
      return [{
        oparg: 1,
        operand0: 0n,
        fill: (r: Rng, slots: BigInt64Array) => {
          fillWith(["any"])(r, slots);
          slots[1] = BigInt(r.below(1000) + 1);
          slots[3] = BigInt(r.below(2 ** 30)) * BigInt(r.below(2 ** 22)) *
            (r.below(2) === 0 ? 1n : -1n);
        },
      }];
    case "_SEQ_ITER_DONE":
      return [1, 2, 3, 4].map((strategy) => seqConfig(strategy, [], 2));
    case "_RANGE_ITER_NEW":
      return [1n, 2n, 3n].map((operand1) => ({
        oparg: 1,
        operand0: operand1 === 3n ? -2n : 1n,
        operand1,
        fill: (r: Rng, slots: BigInt64Array) => {
          fillWith(["int", "int", "int"])(r, slots);
          // Mostly small bounds, sometimes past 2**52.
          for (let k = 1; k <= 3; k++) {
            if (r.below(4) !== 0) slots[STACK_BASE + DEPTH - k] = BigInt(r.below(2001) - 1000);
          }
        },
      }));
    case "_RANGE_ITER_DONE": {
      const steps = [1n, -1n, 3n, -(1n << 62n)];
      return steps.map((operand0) => ({
        oparg: 2,
        operand0,
        fill: (r: Rng, slots: BigInt64Array) => {
          fillWith(["any"])(r, slots);
          slots[2] = BigInt(r.below(9) - 4);
          slots[3] = BigInt(r.below(9) - 4);
        },
      }));
    }
    case "_SEQ_LEN":
      return [1, 2, 3, 4].map((strategy) => seqConfig(strategy, ["seq"]));
    case "_COPY_LIST":
      return [1, 2, 3].map((strategy) => {
        const c = seqConfig(strategy, ["seq", "any", "any"]);
        return { ...c, oparg: strategy, operand0: c.list!.nurseryAddress };
      });
  }
  const seq =
    /^_(LOAD_ITEM|STORE_ITEM|APPEND_ITEM|POP_ITEM|ITER_NEXT|UNPACK_ITEMS)_(INT|FLOAT|BOOL|NESTED)$/
      .exec(uop);
  if (seq !== null) {
    const strategy = ["INT", "FLOAT", "BOOL", "NESTED"].indexOf(seq[2]) + 1;
    const value = (strategy === 4 ? "any" : seq[2].toLowerCase()) as Kind;
    switch (seq[1]) {
      case "LOAD_ITEM":
        return [seqConfig(strategy, ["seq", "index"])];
      case "STORE_ITEM":
        return [seqConfig(strategy, [value, "seq", "index"])];
      case "APPEND_ITEM":
        return [seqConfig(strategy, ["any", "seq", value])];
      case "POP_ITEM":
        return [seqConfig(strategy, ["any", "seq"])];
      case "ITER_NEXT":
        return [seqConfig(strategy, [], 2)];
      default:
        // Mostly of the length unpacked, which must be at least 1.
        return [1, 2, 3].map((n) => seqConfig(strategy, ["seq"], n));
    }
  }
  switch (uop) {
    case "_FOR_ITER_RANGE": {
      const steps = [1n, -1n, 2n, -3n, 1000n, 1n << 62n, -(1n << 63n), (1n << 63n) - 1n];
      return steps.map((operand0) => ({
        oparg: 2,
        operand0,
        fill: (r: Rng, slots: BigInt64Array) => {
          fillWith([])(r, slots);
          slots[2] = r.int();
          slots[3] = r.below(3) === 0 ? slots[2] + BigInt(r.below(5) - 2) : r.int();
          slots[3] = BigInt.asIntN(64, slots[3]);
        },
      }));
    }
  }
  if (uop.endsWith("_FLOAT")) {
    return one(
      uop.startsWith("_UNARY") || uop.startsWith("_TO_BOOL") || /_(SQRT|FABS|FLOOR)_/.test(uop)
        ? ["float"]
        : ["float", "float"],
    );
  }
  if (uop.endsWith("_INT")) {
    return one(uop.startsWith("_UNARY") || uop.startsWith("_TO_BOOL") ? ["int"] : ["int", "int"]);
  }
  throw new Error(`no inputs known for ${uop}: add a case to configs()`);
}

/**
 * A sequence uop's inputs: the top items are `kinds`, where "seq" is the
 * test list's header and "index" an index around its bounds (negative ones
 * too). With no kinds (`_ITER_NEXT_*`), slot `oparg` is the next index and
 * the slot after it the header; for `_UNPACK_ITEMS_*`, the length is
 * mostly `oparg`.
 */
function seqConfig(
  strategy: number,
  kinds: (Kind | "seq" | "index")[],
  oparg = 0,
): Config {
  const list = new TestList();
  return {
    oparg,
    operand0: 0n,
    list,
    fill: (rng, slots) => {
      const unpack = kinds.length === 1 && oparg > 0;
      list.fill(rng, strategy, unpack && rng.below(4) !== 0 ? oparg : undefined);
      const n = Number(new BigInt64Array(list.header)[0]);
      fillWith(kinds.map((k) => (k === "seq" || k === "index" ? "any" : k)))(rng, slots);
      kinds.forEach((k, j) => {
        const slot = STACK_BASE + DEPTH - kinds.length + j;
        if (k === "seq") slots[slot] = list.address;
        if (k === "index") {
          slots[slot] = rng.below(8) === 0 ? rng.int() : BigInt(rng.below(2 * n + 5) - n - 2);
        }
      });
      if (kinds.length === 0) {
        slots[oparg] = BigInt(rng.below(n + 3));
        slots[oparg + 1] = list.address;
      }
    },
  };
}

/** The test trace: shim, the uop, a marker push, and one exit stub per outcome. */
function traceFor(uop: string, c: Config): NativeInstr[] {
  return [
    instr(uop, {
      oparg: c.oparg,
      operand0: c.operand0,
      operand1: c.operand1 ?? 0n,
      target: 4,
      exit: 3,
    }),
    instr("_LOAD_CONST_INLINE", { operand0: MARKER }),
    instr("_EXIT_TRACE", { operand0: BigInt(ON_CONTINUE) }),
    instr("_EXIT_TRACE", { operand0: BigInt(ON_EXIT) }),
    instr("_EXIT_TRACE", { operand0: BigInt(ON_JUMP) }),
  ];
}

function expected(
  uop: string,
  c: Config,
  before: BigInt64Array,
): { slots: BigInt64Array; id: number; memory?: ReturnType<TestList["copy"]> } {
  const buffer = before.slice().buffer;
  const memory = c.list?.copy();
  const state: NativeState = {
    i64: new BigInt64Array(buffer),
    f64: new Float64Array(buffer),
    sp: STACK_BASE + DEPTH,
    memory,
  };
  const outcome = NATIVE_BODIES[uop](state, c.oparg, c.operand0, c.operand1 ?? 0n);
  if (outcome === CONTINUE) state.i64[state.sp] = MARKER;
  const id = outcome === CONTINUE ? ON_CONTINUE : outcome === EXIT ? ON_EXIT : ON_JUMP;
  // A `_FAST` variant's exit pushes its right operand; `_KEEP` and `_ROT` ones make their
  // shuffles (stencils/jit.h).
  if (
    outcome === EXIT && UOP_BY_NAME.get(uop)!.exit !== "branch_result" && !exitMovesStack(uop)
  ) {
    assert.deepEqual(state.i64, before, `${uop}: an exiting body changed the slots`);
  }
  if (outcome === EXIT && memory !== undefined) {
    assert.ok(c.list!.same(memory), `${uop}: an exiting body changed the list or the nursery`);
  }
  return { slots: state.i64, id, memory };
}

/**
 * IEEE arithmetic leaves a NaN's sign and payload to the hardware (x86-64
 * makes inf - inf a negative NaN, AArch64 a positive one, and they propagate
 * different operands' payloads), as it does for CPython on each machine: for
 * these uops any NaN matches any NaN. Every other uop must match bit for bit.
 */
const NAN_BITS_UNSPECIFIED = new Set([
  "_BINARY_OP_ADD_FLOAT",
  "_BINARY_OP_SUBTRACT_FLOAT",
  "_BINARY_OP_MULTIPLY_FLOAT",
  "_BINARY_OP_TRUE_DIVIDE_FLOAT",
  "_BINARY_OP_FLOOR_DIVIDE_FLOAT",
  "_BINARY_OP_MODULO_FLOAT",
]);

function sameSlot(uop: string, got: bigint, want: bigint): boolean {
  if (got === want) return true;
  // Variants compute as their bases do.
  const base = OPERAND_VARIANTS.get(uop)?.base ?? uop;
  return NAN_BITS_UNSPECIFIED.has(base) && Number.isNaN(doubleOf(got)) &&
    Number.isNaN(doubleOf(want));
}

const hex = (x: bigint) => "0x" + BigInt.asUintN(64, x).toString(16).padStart(16, "0");

Deno.test({
  name: "native uops agree with their TypeScript semantics",
  ignore: !backend.available,
  fn: async (t) => {
    const table = stencilTable(backend.arch);
    const frame = new ArrayBuffer(SLOTS * 8);
    const slots = new BigInt64Array(frame);
    const framePointer = backend.framePointer(frame);
    for (const uop of NATIVE_UOPS) {
      if (uop === "_EXIT_TRACE") continue; // every trace here ends in exit stubs
      await t.step(uop, () => {
        const rng = new Rng(uop.length * 7919 + uop.charCodeAt(1));
        const cs = configs(uop, rng);
        const seen = new Set<number>();
        for (const c of cs) {
          const trace: NativeTrace = compileTrace(
            backend,
            table,
            traceFor(uop, c),
            STACK_BASE + DEPTH,
          );
          try {
            for (let trial = 0; trial < Math.ceil(TRIALS / cs.length); trial++) {
              c.fill(rng, slots);
              const before = slots.slice();
              const want = expected(uop, c, before);
              const id = trace.run(framePointer);
              seen.add(id);
              const items = want.memory === undefined || c.list!.same(want.memory);
              if (
                id !== want.id || !items || slots.some((v, i) => !sameSlot(uop, v, want.slots[i]))
              ) {
                const show = (s: BigInt64Array) =>
                  [...s.slice(STACK_BASE - 6, STACK_BASE + DEPTH + 1)].map(hex).join(" ");
                assert.fail(
                  `${uop} oparg=${c.oparg} operand0=${c.operand0} (${backend.arch})\n` +
                    `  input:  ${show(before)}\n  native: exit ${id}, ${
                      show(slots)
                    }\n  TS:     exit ${want.id}, ${show(want.slots)}`,
                );
              }
            }
          } finally {
            trace.free();
          }
        }
        // The inputs must reach every way out the table says the uop has.
        const ways = UOP_BY_NAME.get(uop)!.exit;
        const want = ways === "jump"
          ? [ON_JUMP]
          : ways === "none"
          ? [ON_CONTINUE]
          : [ON_CONTINUE, ON_EXIT];
        assert.deepEqual([...seen].sort(), want, `${uop}: outcomes seen`);
      });
    }
  },
});

Deno.test({
  name: "a native loop runs to its exit",
  ignore: !backend.available,
  fn: () => {
    // i = 0; total = 0; for v in range(0, n, 3): total += v  (exits when exhausted)
    const table = stencilTable(backend.arch);
    const trace = compileTrace(backend, table, [
      instr("_FOR_ITER_RANGE", { oparg: 2, operand0: 3n, exit: 5 }),
      instr("_LOAD_FAST", { oparg: 1 }),
      instr("_BINARY_OP_ADD_INT", { exit: 6 }),
      instr("_STORE_FAST", { oparg: 1 }),
      instr("_JUMP_TO_TOP", { target: 0 }),
      instr("_EXIT_TRACE", { operand0: 1n }),
      instr("_EXIT_TRACE", { operand0: 2n }),
    ], 8);
    const frame = new ArrayBuffer(SLOTS * 8);
    const slots = new BigInt64Array(frame);
    slots[2] = 0n;
    slots[3] = 1_000_000n;
    try {
      assert.equal(trace.run(backend.framePointer(frame)), 1);
      let want = 0n;
      for (let v = 0n; v < 1_000_000n; v += 3n) want += v;
      assert.equal(slots[1], want);
    } finally {
      trace.free();
    }
  },
});

/**
 * The TypeScript semantics of the sequence uops (`stencils/*_item*.c`,
 * `stencils/seq_len.c`) on a list's or tuple's header and items, as
 * `vm/list_storage.ts` lays them out.
 *
 * @module
 */
import { CONTINUE, EXIT, type NativeBody, type NativeState } from "./native_state.ts";
import { ITEM_STRATEGIES } from "./uops.ts";

const HEADER_LENGTH = 0, HEADER_STRATEGY = 8, HEADER_ITEMS = 16, HEADER_CAPACITY = 24;
const TUPLE = 8n;
const SAFE_INT_MAX = (1n << 53n) - 1n;
/** Items a copy has room for past its length (`stencils/copy_list.c`). */
const COPY_ROOM = 4;

type Kind = (typeof ITEM_STRATEGIES)[number];

/** The header of the sequence at `h`, and its items. */
function seq(
  state: NativeState,
  h: bigint,
): { header: DataView; n: bigint; word: bigint; items: DataView } {
  const header = state.memory!.view(h);
  const n = header.getBigInt64(HEADER_LENGTH, true);
  const word = header.getBigInt64(HEADER_STRATEGY, true);
  // A generic header's items pointer may be stale: only read items it counts.
  const items = n > 0n
    ? state.memory!.view(header.getBigInt64(HEADER_ITEMS, true))
    : new DataView(new ArrayBuffer(0));
  return { header, n, word, items };
}

/** Item `j` as a native slot holds it. */
function item(items: DataView, j: number, kind: Kind): bigint {
  switch (kind) {
    case "INT":
      return BigInt(items.getFloat64(8 * j, true));
    case "BOOL":
      return items.getFloat64(8 * j, true) !== 0 ? 1n : 0n;
    default:
      return items.getBigInt64(8 * j, true);
  }
}

/** Python index `i` normalized, or -1 when out of range or the strategy word is not `want`. */
function index(n: bigint, word: bigint, i: bigint, want: bigint): number {
  const j = i < 0n ? i + n : i;
  return j >= 0n && j < n && word === want ? Number(j) : -1;
}

function load(strategy: bigint, kind: Kind): NativeBody {
  return (state) => {
    const { i64, sp } = state;
    const s = seq(state, i64[sp - 2]);
    const j = index(s.n, s.word & ~TUPLE, i64[sp - 1], strategy);
    if (j < 0) return EXIT;
    i64[sp - 2] = item(s.items, j, kind);
    state.sp = sp - 1;
    return CONTINUE;
  };
}

function store(strategy: bigint, kind: Kind): NativeBody {
  return (state) => {
    const { i64, sp } = state;
    const s = seq(state, i64[sp - 2]);
    const j = index(s.n, s.word, i64[sp - 1], strategy);
    const v = i64[sp - 3];
    if (j < 0 || !storable(kind, v)) return EXIT;
    put(s.items, j, v, kind);
    state.sp = sp - 3;
    return CONTINUE;
  };
}

/** Whether a list of `kind` can hold the slot value `v` (`STORABLE` in items.h). */
function storable(kind: Kind, v: bigint): boolean {
  return kind !== "INT" || (v >= -SAFE_INT_MAX && v <= SAFE_INT_MAX);
}

/** The 8 bytes item slot value `v` is stored as (`PUT` in items.h). */
function put(items: DataView, j: number, v: bigint, kind: Kind): void {
  if (kind === "FLOAT") items.setBigInt64(8 * j, v, true);
  else items.setFloat64(8 * j, kind === "INT" ? Number(v) : v !== 0n ? 1 : 0, true);
}

function append(strategy: bigint, kind: Kind): NativeBody {
  return (state) => {
    const { i64, sp } = state;
    const header = state.memory!.view(i64[sp - 2]);
    const n = header.getBigInt64(HEADER_LENGTH, true);
    const v = i64[sp - 1];
    if (
      header.getBigInt64(HEADER_STRATEGY, true) !== strategy ||
      n >= header.getBigInt64(HEADER_CAPACITY, true) || !storable(kind, v)
    ) return EXIT;
    put(state.memory!.view(header.getBigInt64(HEADER_ITEMS, true)), Number(n), v, kind);
    header.setBigInt64(HEADER_LENGTH, n + 1n, true);
    state.sp = sp - 2;
    return CONTINUE;
  };
}

function pop(strategy: bigint, kind: Kind): NativeBody {
  return (state) => {
    const { i64, sp } = state;
    const s = seq(state, i64[sp - 1]);
    if (s.word !== strategy || s.n <= 0n) return EXIT;
    s.header.setBigInt64(HEADER_LENGTH, s.n - 1n, true);
    i64[sp - 2] = item(s.items, Number(s.n - 1n), kind);
    state.sp = sp - 1;
    return CONTINUE;
  };
}

function iterNext(strategy: bigint, kind: Kind): NativeBody {
  return (state, oparg) => {
    const { i64 } = state;
    const i = i64[oparg];
    const s = seq(state, i64[oparg + 1]);
    if (i >= s.n || (s.word & ~TUPLE) !== strategy) return EXIT;
    i64[oparg] = i + 1n;
    i64[state.sp] = item(s.items, Number(i), kind);
    state.sp += 1;
    return CONTINUE;
  };
}

function unpack(strategy: bigint, kind: Kind): NativeBody {
  return (state, oparg) => {
    const { i64, sp } = state;
    const s = seq(state, i64[sp - 1]);
    if (s.n !== BigInt(oparg) || (s.word & ~TUPLE) !== strategy) return EXIT;
    for (let k = 0; k < oparg; k++) i64[sp - 1 + k] = item(s.items, oparg - 1 - k, kind);
    state.sp = sp - 1 + oparg;
    return CONTINUE;
  };
}

/** The sequence uops' bodies, by uop name. */
export const SEQ_BODIES: Record<string, NativeBody> = {
  ...Object.fromEntries(ITEM_STRATEGIES.flatMap((kind, k) => {
    // Strategy numbers follow the table's order: INT is 1.
    const strategy = BigInt(k + 1);
    const bodies: [string, NativeBody][] = [
      [`_LOAD_ITEM_${kind}`, load(strategy, kind)],
      [`_ITER_NEXT_${kind}`, iterNext(strategy, kind)],
      [`_UNPACK_ITEMS_${kind}`, unpack(strategy, kind)],
    ];
    if (kind !== "NESTED") {
      bodies.push(
        [`_STORE_ITEM_${kind}`, store(strategy, kind)],
        [`_APPEND_ITEM_${kind}`, append(strategy, kind)],
        [`_POP_ITEM_${kind}`, pop(strategy, kind)],
      );
    }
    return bodies;
  })),
  _GET_ITER_SEQ(state, oparg) {
    const { i64, sp } = state;
    i64[oparg] = 0n;
    i64[oparg + 1] = i64[sp - 1];
    i64[oparg + 2] = 1n;
    return CONTINUE;
  },
  _SEQ_ITER_DONE(state, oparg) {
    const { i64 } = state;
    const s = seq(state, i64[oparg + 1]);
    if (i64[oparg] < s.n || (s.word & ~TUPLE) === 0n) return EXIT;
    state.sp -= 1;
    return CONTINUE;
  },
  _ENUM_NEW(state, oparg) {
    const { i64, sp } = state;
    i64[oparg] = 0n;
    i64[oparg + 1] = i64[sp - 1];
    i64[oparg + 2] = 0n;
    i64[sp - 3] = 1n;
    state.sp = sp - 2;
    return CONTINUE;
  },
  _ENUM_COUNT(state, oparg) {
    const { i64 } = state;
    i64[state.sp] = i64[oparg] - 1n + i64[oparg + 2];
    state.sp += 1;
    return CONTINUE;
  },
  _COPY_LIST(state, oparg, operand0) {
    const { i64, sp } = state;
    const s = seq(state, i64[sp - 3]);
    const control = state.memory!.view(operand0);
    const at = control.getBigInt64(0, true), n = Number(s.n);
    const end = at + BigInt(8 * (4 + n + COPY_ROOM));
    if (s.word !== BigInt(oparg) || end > control.getBigInt64(8, true)) return EXIT;
    const copy = state.memory!.view(at);
    [s.n, s.word, at + 32n, s.n + BigInt(COPY_ROOM)].forEach((w, k) =>
      copy.setBigInt64(8 * k, w, true)
    );
    for (let j = 0; j < n; j++) {
      copy.setBigInt64(32 + 8 * j, s.items.getBigInt64(8 * j, true), true);
    }
    control.setBigInt64(0, end, true);
    i64[sp - 3] = at;
    state.sp = sp - 2;
    return CONTINUE;
  },
  _SEQ_LEN(state) {
    const { i64, sp } = state;
    const s = seq(state, i64[sp - 1]);
    if ((s.word & ~TUPLE) === 0n) return EXIT;
    i64[sp - 1] = s.n;
    return CONTINUE;
  },
};

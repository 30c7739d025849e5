/**
 * The TypeScript semantics of the list uops (`stencils/list_*.c`) on a
 * list's header and items, as `vm/list_storage.ts` lays them out.
 *
 * @module
 */
import { CONTINUE, EXIT, type NativeBody, type NativeState } from "./native_state.ts";
import { LIST_STRATEGIES } from "./uops.ts";

const HEADER_LENGTH = 0, HEADER_STRATEGY = 8, HEADER_DATA = 16;
const SAFE_INT_MAX = (1n << 53n) - 1n;

/** The header and items of the list at `h`. */
function list(state: NativeState, h: bigint): { header: DataView; items: DataView } {
  const header = state.memory!.view(h);
  return { header, items: state.memory!.view(header.getBigInt64(HEADER_DATA, true)) };
}

/** Python index `i` into the list at `h` normalized, or -1 when out of range or not `strategy`. */
function index(state: NativeState, h: bigint, i: bigint, strategy: number): number {
  const { header } = list(state, h);
  const n = header.getBigInt64(HEADER_LENGTH, true);
  const j = i < 0n ? i + n : i;
  const ok = j >= 0n && j < n && header.getBigInt64(HEADER_STRATEGY, true) === BigInt(strategy);
  return ok ? Number(j) : -1;
}

function load(strategy: number, kind: string): NativeBody {
  return (state) => {
    const { i64, sp } = state;
    const j = index(state, i64[sp - 2], i64[sp - 1], strategy);
    if (j < 0) return EXIT;
    const d = list(state, i64[sp - 2]).items.getFloat64(8 * j, true);
    if (kind === "FLOAT") state.f64[sp - 2] = d;
    else i64[sp - 2] = kind === "INT" ? BigInt(d) : d !== 0 ? 1n : 0n;
    state.sp = sp - 1;
    return CONTINUE;
  };
}

function store(strategy: number, kind: string): NativeBody {
  return (state) => {
    const { i64, sp } = state;
    const j = index(state, i64[sp - 2], i64[sp - 1], strategy);
    const v = i64[sp - 3];
    if (j < 0 || (kind === "INT" && (v < -SAFE_INT_MAX || v > SAFE_INT_MAX))) return EXIT;
    const d = kind === "FLOAT" ? state.f64[sp - 3] : kind === "INT" ? Number(v) : v !== 0n ? 1 : 0;
    list(state, i64[sp - 2]).items.setFloat64(8 * j, d, true);
    state.sp = sp - 3;
    return CONTINUE;
  };
}

/** The list uops' bodies, by uop name. */
export const LIST_BODIES: Record<string, NativeBody> = {
  ...Object.fromEntries(LIST_STRATEGIES.flatMap((kind, k) => [
    // Strategy numbers follow the table's order: INT 1, FLOAT 2, BOOL 3.
    [`_LIST_LOAD_${kind}`, load(k + 1, kind)],
    [`_LIST_STORE_${kind}`, store(k + 1, kind)],
  ])),
  _LIST_LEN(state) {
    const { i64, sp } = state;
    const { header } = list(state, i64[sp - 1]);
    if (header.getBigInt64(HEADER_STRATEGY, true) === 0n) return EXIT;
    i64[sp - 1] = header.getBigInt64(HEADER_LENGTH, true);
    return CONTINUE;
  },
};

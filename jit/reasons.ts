/**
 * Every reason a trace is not projected, not compiled, or thrown away: the
 * one table `--stats` and `--jit-dump` print from (LuaJIT's
 * `lj_traceerr.h`). Add a row here before using a new reason.
 *
 * @module
 */

/** Reasons, by key. The text is what `--stats` prints. */
export const REASONS = {
  // -- Projection ---------------------------------------------------------
  UNSUPPORTED_FIRST: "the loop starts with an instruction tier 2 does not translate",
  TOO_SHORT: "the trace would end before doing any work",
  TOO_LONG: "the trace passed the length limit",
  INNER_LOOP: "the trace reached another loop's backward jump",
  LEAVES_FRAME: "the trace would return from or yield out of its frame",
  // -- Native lowering ----------------------------------------------------
  NOT_NATIVE: "a uop has no native stencil",
  UNKNOWN_TYPE: "a value's type is not known where native code needs it",
  NOT_CLOSED: "the trace does not loop (native code needs a closed loop)",
  NO_BACKEND: "native code cannot run in this process",
  BIG_CONSTANT: "an int constant does not fit in 64 bits",
  // -- After installation -------------------------------------------------
  DEPENDENCY_CHANGED: "a global, builtin or class the trace folded in has changed",
  ENTRY_TYPES: "the loop's locals no longer have the types the trace was compiled for",
  // -- Side traces (jit/side_traces.ts) -----------------------------------
  SIDE_LIMIT: "the loop has as many side traces, or as deep, as allowed",
  SIDE_REFUSED: "a side trace refused its entry (types or dependencies changed)",
  SIDE_INLINED: "a side trace would inline a call, which only a root trace does",
} as const;

/** A reason's key. */
export type Reason = keyof typeof REASONS;

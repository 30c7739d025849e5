/**
 * The shapes of a stencil table: what `scripts/build_stencils.ts` writes to
 * `stencils/generated/<arch>.ts` and what `jit/emit.ts` copies and patches.
 * A *stencil* is one compiled template (a relocatable object file's function
 * section plus its read-only data); a *hole* is one relocation in it, typed
 * by its relocation kind and by the value it is patched with.
 *
 * The native calling convention (ORDER ABI: `stencils/jit.h` says the same):
 * - every uop stencil is `preserve_none int64_t uop(int64_t *frame, int64_t
 *   *sp, int64_t tos)`: `frame` points at the trace's slot array (locals
 *   first, then the value stack), `sp` at the first free stack slot, and
 *   `tos` holds the top item, whose memory slot `sp[-1]` is stale; a slot
 *   holds an int64, a double's bits or a bool (0 or 1);
 * - a uop that continues tail-calls `_JIT_CONTINUE` (the next stencil, so
 *   the build drops a trailing jump to it); one that leaves tail-calls
 *   `_JIT_EXIT` (an exit stub) *before changing any slot*, so that tier 1 can
 *   re-execute the instruction from the same state;
 * - an exit stub (`_EXIT_TRACE`) stores `tos` back to `sp[-1]`, then either
 *   jumps to the trace its link cell names (operand1) or returns its exit id
 *   (operand0); the value travels back through the shim and the trampoline
 *   to TypeScript;
 * - the shim (`shim`) is the trace's C-ABI entry, `int64_t shim(int64_t
 *   *frame)`; it calls the first uop with `sp = frame + oparg` and
 *   `tos = sp[-1]`;
 * - the trampoline shared object exports `jit_call(fn, frame)` (calls a
 *   shim) and `jit_flush_icache(start, length)` (AArch64 cache maintenance,
 *   a no-op on x86-64); `Deno.dlopen` loads it, which makes each entry a
 *   fast FFI call.
 *
 * @module
 */

/** The architectures stencils are built for. */
export type Arch = "x86_64" | "aarch64";

/**
 * Relocation kinds the build turns into holes. Any other kind fails the
 * build, naming the kind and the stencil. `jit/patch.ts` maps each to its
 * patch function.
 */
export type RelocKind =
  /** x86-64: S + A, 64 bits. */
  | "R_X86_64_64"
  /** x86-64: S + A - P, signed 32 bits. */
  | "R_X86_64_PC32"
  /** x86-64: L + A - P, signed 32 bits (a call or jump to a symbol). */
  | "R_X86_64_PLT32"
  /** AArch64: S + A, 64 bits. */
  | "R_AARCH64_ABS64"
  /** AArch64 MOVZ/MOVK immediates: bits 0-15, 16-31, 32-47, 48-63 of S + A. */
  | "R_AARCH64_MOVW_UABS_G0_NC"
  | "R_AARCH64_MOVW_UABS_G1_NC"
  | "R_AARCH64_MOVW_UABS_G2_NC"
  | "R_AARCH64_MOVW_UABS_G3"
  /** AArch64 B/BL: (S + A - P) >> 2 in 26 signed bits (+-128 MiB). */
  | "R_AARCH64_JUMP26"
  | "R_AARCH64_CALL26"
  /** AArch64 B.cond/CBZ/CBNZ: (S + A - P) >> 2 in 19 signed bits (+-1 MiB). */
  | "R_AARCH64_CONDBR19"
  /** AArch64 TBZ/TBNZ: (S + A - P) >> 2 in 14 signed bits (+-32 KiB). */
  | "R_AARCH64_TSTBR14"
  /** AArch64 ADRP: page of S + A minus page of P, 21 signed bits (+-4 GiB). */
  | "R_AARCH64_ADR_PREL_PG_HI21"
  /** AArch64 ADD/LDR low 12 bits of S + A (LDST forms scaled by size). */
  | "R_AARCH64_ADD_ABS_LO12_NC"
  | "R_AARCH64_LDST8_ABS_LO12_NC"
  | "R_AARCH64_LDST16_ABS_LO12_NC"
  | "R_AARCH64_LDST32_ABS_LO12_NC"
  | "R_AARCH64_LDST64_ABS_LO12_NC"
  | "R_AARCH64_LDST128_ABS_LO12_NC";

/** What a hole's symbol stands for: the S in S + A. */
export type HoleValue =
  /** `_JIT_CONTINUE`: the address just past this stencil, where the next one starts. */
  | "continue"
  /** `_JIT_JUMP_TARGET`: the address of the instruction this one jumps to. */
  | "jump_target"
  /** `_JIT_EXIT`: the address of this instruction's exit stub. */
  | "exit"
  /** `_JIT_OPARG`: the instruction's oparg, as an integer (never dereferenced). */
  | "oparg"
  /** `_JIT_OPERAND0`, `_JIT_OPERAND1`: the instruction's 64-bit operands. */
  | "operand0"
  | "operand1"
  /** The start of this stencil's read-only data, once placed. */
  | "data"
  /** The start of this stencil's own code (a reference to a local label). */
  | "code";

/** One relocation, turned into a hole: patch `kind` at `offset` with `value` + `addend`. */
export interface Hole {
  /** Byte offset in the stencil's code. */
  offset: number;
  kind: RelocKind;
  value: HoleValue;
  /** The relocation's addend, with the symbol's offset in its section folded in. */
  addend: number;
}

/** One compiled template. */
export interface Stencil {
  /** The uop it implements (`_BINARY_OP_ADD_INT`), or `shim`. */
  name: string;
  /** Machine code, with a trailing jump to `_JIT_CONTINUE` removed. */
  code: Uint8Array;
  holes: Hole[];
  /** Read-only data (float constants), placed after all code of a trace. */
  data: Uint8Array;
  /** Alignment the data needs (a power of two, at least 1). */
  dataAlign: number;
  /** Symbols defined by the object file: name to `code:OFFSET` or `data:OFFSET`. */
  symbols: Record<string, string>;
}

/** Everything `stencils/generated/<arch>.ts` holds. */
export interface StencilTable {
  arch: Arch;
  /** sha256 of exactly the build's inputs: templates, header, flags, clang version. */
  digest: string;
  stencils: Record<string, Stencil>;
  /** The entry trampoline, a shared object (`jit_call`, `jit_flush_icache`). */
  trampoline: Uint8Array;
}

/** Decodes the hex strings generated tables keep their bytes in. */
export function fromHex(hex: string): Uint8Array {
  // Every run that loads the tables decodes about 260 KB of hex: the built-in
  // decoder where the runtime has one (V8 13.9 and later) keeps that off start-up.
  if (nativeFromHex !== undefined) return nativeFromHex(hex);
  const bytes = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.substr(2 * i, 2), 16);
  return bytes;
}

const nativeFromHex = (Uint8Array as { fromHex?: (hex: string) => Uint8Array }).fromHex;

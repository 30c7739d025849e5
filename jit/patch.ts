/**
 * Patch functions: how each relocation kind writes its value into copied
 * stencil code. The emitter calls one per hole per compiled trace.
 *
 * Requirements (read before adding a kind):
 * 1. Every RelocKind has exactly one function here (the Record is total).
 * 2. A value that does not fit throws a RangeError naming the kind and the
 *    value; only the `_NC` ("no check") kinds truncate, as the ELF psABIs
 *    define them. A silently wrapped jump lands in someone else's code.
 * 3. `scripts/build_stencils_test.ts` compares these with ld.lld on real
 *    objects; a new kind needs a case there.
 *
 * @module
 */

import type { RelocKind } from "./stencil_types.ts";

/**
 * Patches `code` at `offset`. `value` is S + A, the final target including
 * the addend; `place` is P, the absolute address the patched bytes will run
 * at. 64-bit values may be given signed or unsigned (an operand's bits).
 */
export type PatchFn = (code: Uint8Array, offset: number, value: bigint, place: bigint) => void;

// One scratch word shared by all calls, so splitting a bigint into 32-bit
// halves allocates nothing.
const scratch = new DataView(new ArrayBuffer(8));

const MIN_I64 = -(1n << 63n);
const MAX_U64 = (1n << 64n) - 1n;

function fail(kind: RelocKind, value: bigint, why: string): never {
  throw new RangeError(`Cannot patch ${kind}: value ${hex(value)} ${why}`);
}

function hex(n: bigint): string {
  return n < 0n ? `-0x${(-n).toString(16)}` : `0x${n.toString(16)}`;
}

function readU32(code: Uint8Array, offset: number): number {
  return (code[offset] | (code[offset + 1] << 8) | (code[offset + 2] << 16) |
    (code[offset + 3] << 24)) >>> 0;
}

function writeU32(code: Uint8Array, offset: number, word: number): void {
  code[offset] = word & 0xff;
  code[offset + 1] = (word >>> 8) & 0xff;
  code[offset + 2] = (word >>> 16) & 0xff;
  code[offset + 3] = (word >>> 24) & 0xff;
}

/** Loads a 64-bit value into the scratch word, checking it fits 64 bits either way. */
function load64(kind: RelocKind, value: bigint): void {
  if (value < MIN_I64 || value > MAX_U64) fail(kind, value, "does not fit 64 bits");
  scratch.setBigUint64(0, BigInt.asUintN(64, value), true);
}

function abs64(kind: RelocKind): PatchFn {
  return (code, offset, value) => {
    load64(kind, value);
    writeU32(code, offset, scratch.getUint32(0, true));
    writeU32(code, offset + 4, scratch.getUint32(4, true));
  };
}

/** x86-64 rel32: S + A - P in signed 32 bits. */
function rel32(kind: RelocKind): PatchFn {
  return (code, offset, value, place) => {
    const d = value - place;
    if (d < -0x80000000n || d > 0x7fffffffn) {
      fail(kind, value, `is out of range at ${hex(place)}`);
    }
    writeU32(code, offset, Number(d) >>> 0);
  };
}

/**
 * AArch64 MOVZ/MOVK: the 16 bits of S + A starting at `shift`, into bits
 * 5-20. Only G3 checks (that the value fits 64 bits); the `_NC` forms
 * take the low 64 bits as the psABI says.
 */
function movw(kind: RelocKind, shift: number): PatchFn {
  const check = kind === "R_AARCH64_MOVW_UABS_G3";
  return (code, offset, value) => {
    if (check) load64(kind, value);
    else scratch.setBigUint64(0, BigInt.asUintN(64, value), true);
    const word = scratch.getUint32(shift >= 32 ? 4 : 0, true);
    const imm = (word >>> (shift & 31)) & 0xffff;
    writeU32(code, offset, ((readU32(code, offset) & ~(0xffff << 5)) | (imm << 5)) >>> 0);
  };
}

/**
 * AArch64 PC-relative branch: (S + A - P) >> 2 in `bits` signed bits at bit
 * `lsb`, so the reach is +-2^(bits+1) bytes.
 */
function branch(kind: RelocKind, bits: number, lsb: number): PatchFn {
  const limit = 1n << BigInt(bits + 1);
  const mask = ((1 << bits) - 1) >>> 0;
  return (code, offset, value, place) => {
    const d = value - place;
    if (d < -limit || d >= limit) fail(kind, value, `is out of range at ${hex(place)}`);
    const n = Number(d);
    if ((n & 3) !== 0) fail(kind, value, "is not 4-byte aligned");
    const insn = readU32(code, offset);
    writeU32(code, offset, ((insn & ~(mask << lsb)) | (((n >> 2) & mask) << lsb)) >>> 0);
  };
}

/** AArch64 ADRP: page(S + A) - page(P) in 21 signed bits of pages (+-4 GiB). */
const adrp: PatchFn = (code, offset, value, place) => {
  const d = (value & ~0xfffn) - (place & ~0xfffn);
  if (d < -(1n << 32n) || d >= 1n << 32n) {
    fail("R_AARCH64_ADR_PREL_PG_HI21", value, `is out of range at ${hex(place)}`);
  }
  const pages = Number(d / 4096n);
  const immlo = pages & 3;
  const immhi = (pages >> 2) & 0x7ffff;
  const insn = readU32(code, offset) & ~((3 << 29) | (0x7ffff << 5));
  writeU32(code, offset, (insn | (immlo << 29) | (immhi << 5)) >>> 0);
};

/**
 * AArch64 ADD/LDR/STR immediate: the low 12 bits of S + A, scaled down by
 * the access size, into bits 10-21. The low bits must be aligned to the
 * access size, or the scaled immediate would address the wrong byte.
 */
function lo12(kind: RelocKind, size: number): PatchFn {
  const shift = Math.log2(size);
  return (code, offset, value) => {
    const lo = Number(value & 0xfffn);
    if ((lo & (size - 1)) !== 0) fail(kind, value, `is not ${size}-byte aligned`);
    const insn = readU32(code, offset) & ~(0xfff << 10);
    writeU32(code, offset, (insn | ((lo >> shift) << 10)) >>> 0);
  };
}

/** The patch function of every relocation kind. */
export const PATCH: Record<RelocKind, PatchFn> = {
  R_X86_64_64: abs64("R_X86_64_64"),
  R_X86_64_PC32: rel32("R_X86_64_PC32"),
  R_X86_64_PLT32: rel32("R_X86_64_PLT32"),
  R_AARCH64_ABS64: abs64("R_AARCH64_ABS64"),
  R_AARCH64_MOVW_UABS_G0_NC: movw("R_AARCH64_MOVW_UABS_G0_NC", 0),
  R_AARCH64_MOVW_UABS_G1_NC: movw("R_AARCH64_MOVW_UABS_G1_NC", 16),
  R_AARCH64_MOVW_UABS_G2_NC: movw("R_AARCH64_MOVW_UABS_G2_NC", 32),
  R_AARCH64_MOVW_UABS_G3: movw("R_AARCH64_MOVW_UABS_G3", 48),
  R_AARCH64_JUMP26: branch("R_AARCH64_JUMP26", 26, 0),
  R_AARCH64_CALL26: branch("R_AARCH64_CALL26", 26, 0),
  R_AARCH64_CONDBR19: branch("R_AARCH64_CONDBR19", 19, 5),
  R_AARCH64_TSTBR14: branch("R_AARCH64_TSTBR14", 14, 5),
  R_AARCH64_ADR_PREL_PG_HI21: adrp,
  R_AARCH64_ADD_ABS_LO12_NC: lo12("R_AARCH64_ADD_ABS_LO12_NC", 1),
  R_AARCH64_LDST8_ABS_LO12_NC: lo12("R_AARCH64_LDST8_ABS_LO12_NC", 1),
  R_AARCH64_LDST16_ABS_LO12_NC: lo12("R_AARCH64_LDST16_ABS_LO12_NC", 2),
  R_AARCH64_LDST32_ABS_LO12_NC: lo12("R_AARCH64_LDST32_ABS_LO12_NC", 4),
  R_AARCH64_LDST64_ABS_LO12_NC: lo12("R_AARCH64_LDST64_ABS_LO12_NC", 8),
  R_AARCH64_LDST128_ABS_LO12_NC: lo12("R_AARCH64_LDST128_ABS_LO12_NC", 16),
};

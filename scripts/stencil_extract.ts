/**
 * Turns one parsed stencil object into a `Stencil`: the code of its one
 * function, its read-only data, and its relocations as typed holes.
 *
 * Requirements (read before loosening any check):
 * 1. The code is `.text._JIT_ENTRY` alone: the emitter copies one block per
 *    uop, so a second function or text section would be silently lost.
 * 2. Data is read-only (`.rodata*`); the stencils of every trace share one
 *    template, so writable data would be shared state across traces.
 * 3. Every relocation becomes a hole whose value the emitter knows (a
 *    `_JIT_*` symbol, the stencil's own code or its own data); a call to any
 *    other symbol (`memcpy`, `floor`, `__multi3`) has nowhere to go.
 * 4. Every hole's kind is a RelocKind, so `jit/patch.ts` can patch it.
 *
 * @module
 */

import type { Hole, HoleValue, RelocKind, Stencil } from "../jit/stencil_types.ts";
import {
  type ElfFile,
  type ElfSection,
  type ElfSymbol,
  EM_AARCH64,
  EM_X86_64,
  SHF_ALLOC,
  SHF_EXECINSTR,
  SHF_WRITE,
  SHN_ABS,
  SHN_COMMON,
  SHN_UNDEF,
  STT_FILE,
  STT_SECTION,
} from "./elf.ts";

/** The one code section; `-ffunction-sections` names it after the function. */
export const CODE_SECTION = ".text._JIT_ENTRY";

/** The holes' symbols (`stencils/jit.h`) and the values they stand for. */
const HOLE_SYMBOLS: Record<string, HoleValue> = {
  _JIT_CONTINUE: "continue",
  _JIT_EXIT: "exit",
  _JIT_JUMP_TARGET: "jump_target",
  _JIT_OPARG: "oparg",
  _JIT_OPERAND0: "operand0",
  _JIT_OPERAND1: "operand1",
};

/**
 * Every RelocKind, as a value: the union is a type, and the build must
 * reject names outside it at run time. Kept total by the `satisfies` below.
 */
const RELOC_KINDS = {
  R_X86_64_64: true,
  R_X86_64_PC32: true,
  R_X86_64_PLT32: true,
  R_AARCH64_ABS64: true,
  R_AARCH64_MOVW_UABS_G0_NC: true,
  R_AARCH64_MOVW_UABS_G1_NC: true,
  R_AARCH64_MOVW_UABS_G2_NC: true,
  R_AARCH64_MOVW_UABS_G3: true,
  R_AARCH64_JUMP26: true,
  R_AARCH64_CALL26: true,
  R_AARCH64_CONDBR19: true,
  R_AARCH64_TSTBR14: true,
  R_AARCH64_ADR_PREL_PG_HI21: true,
  R_AARCH64_ADD_ABS_LO12_NC: true,
  R_AARCH64_LDST8_ABS_LO12_NC: true,
  R_AARCH64_LDST16_ABS_LO12_NC: true,
  R_AARCH64_LDST32_ABS_LO12_NC: true,
  R_AARCH64_LDST64_ABS_LO12_NC: true,
  R_AARCH64_LDST128_ABS_LO12_NC: true,
} satisfies Record<RelocKind, true>;

/** True when `name` is a RelocKind. */
export function isRelocKind(name: string): name is RelocKind {
  return Object.hasOwn(RELOC_KINDS, name);
}

/**
 * AArch64 mapping symbols (`$x`, `$d`, `$x.12`) mark code and data runs for
 * disassemblers; they are not definitions.
 */
function isMappingSymbol(name: string): boolean {
  return /^\$[axdt](\.|$)/.test(name);
}

/** Rounds `n` up to a multiple of `align` (a power of two). */
function alignUp(n: number, align: number): number {
  return Math.ceil(n / align) * align;
}

/** Builds the Stencil named `name` from its parsed object file. */
export function extractStencil(name: string, elf: ElfFile): Stencil {
  const fail = (why: string): never => {
    throw new TypeError(`Cannot build stencil ${name}: ${why}`);
  };
  if (elf.machine !== EM_X86_64 && elf.machine !== EM_AARCH64) {
    fail(`unsupported machine ${elf.machine}`);
  }

  // -- Sections ------------------------------------------------------------
  let code: ElfSection | undefined;
  const rodata: ElfSection[] = [];
  for (const s of elf.sections) {
    if ((s.flags & SHF_ALLOC) === 0) continue;
    if (s.name === CODE_SECTION) {
      code = s;
    } else if ((s.flags & SHF_EXECINSTR) !== 0) {
      if (s.size > 0) fail(`unexpected code section ${s.name} (one function per template)`);
    } else if ((s.flags & SHF_WRITE) !== 0) {
      if (s.size > 0) fail(`writable data in section ${s.name} is not allowed`);
    } else if (s.name === ".rodata" || s.name.startsWith(".rodata.")) {
      rodata.push(s);
    } else if (s.size > 0) {
      fail(`unexpected section ${s.name}`);
    }
  }
  if (code === undefined) fail(`no ${CODE_SECTION} section (the function must be _JIT_ENTRY)`);
  const text = code!;

  // Data sections keep their alignment inside the concatenation, so an
  // offset that is aligned in the object stays aligned once placed.
  const dataBase = new Map<number, number>();
  let dataAlign = 1;
  let dataSize = 0;
  for (const s of rodata) {
    dataSize = alignUp(dataSize, s.addralign);
    dataBase.set(s.index, dataSize);
    dataSize += s.size;
    dataAlign = Math.max(dataAlign, s.addralign);
  }
  const data = new Uint8Array(dataSize);
  for (const s of rodata) data.set(s.bytes, dataBase.get(s.index)!);

  // -- Symbols -------------------------------------------------------------
  const symbols: Record<string, string> = {};
  const definitions = elf.symbols
    .filter((sym) => sym.index !== 0 && sym.type !== STT_FILE && sym.type !== STT_SECTION)
    .filter((sym) => !isMappingSymbol(sym.name))
    .filter((sym) => sym.shndx !== SHN_UNDEF && sym.shndx !== SHN_ABS)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const sym of definitions) {
    if (sym.shndx === SHN_COMMON) fail(`writable data in common symbol ${sym.name} is not allowed`);
    if (sym.shndx === text.index) {
      if (sym.name !== "_JIT_ENTRY") fail(`unexpected symbol ${sym.name} in ${CODE_SECTION}`);
      symbols[sym.name] = `code:${sym.value}`;
    } else if (dataBase.has(sym.shndx)) {
      symbols[sym.name] = `data:${dataBase.get(sym.shndx)! + Number(sym.value)}`;
    }
  }
  if (symbols["_JIT_ENTRY"] !== "code:0") fail("_JIT_ENTRY must start its code section");

  // -- Relocations ---------------------------------------------------------
  const holes: Hole[] = [];
  const target = (sym: ElfSymbol): { value: HoleValue; base: number } => {
    if (sym.shndx === SHN_UNDEF) {
      const value = HOLE_SYMBOLS[sym.name];
      if (value === undefined) fail(`unsupported symbol ${sym.name || "(unnamed)"}`);
      return { value: value!, base: 0 };
    }
    if (sym.shndx === text.index) return { value: "code", base: Number(sym.value) };
    const base = dataBase.get(sym.shndx);
    if (base !== undefined) return { value: "data", base: base + Number(sym.value) };
    const section = elf.sections[sym.shndx]?.name ?? `index ${sym.shndx}`;
    return fail(`unsupported symbol ${sym.name || section} in section ${section}`);
  };
  for (const rela of elf.relas) {
    if ((rela.target.flags & SHF_ALLOC) === 0) continue;
    if (rela.target.index !== text.index) {
      fail(`relocation in data section ${rela.target.name} is not allowed`);
    }
    for (const r of rela.relocations) {
      if (!isRelocKind(r.typeName)) fail(`unsupported relocation ${r.typeName}`);
      const { value, base } = target(r.symbol);
      holes.push({
        offset: r.offset,
        kind: r.typeName as RelocKind,
        value,
        addend: r.addend + base,
      });
    }
  }
  holes.sort((a, b) => a.offset - b.offset);

  // -- The trailing jump to the next stencil -------------------------------
  // The emitter lays stencils out back to back, so a final jump to
  // `_JIT_CONTINUE` would jump to the very next byte.
  let bytes = text.bytes.slice();
  const last = holes[holes.length - 1];
  const end = bytes.length;
  if (last !== undefined && last.value === "continue" && last.offset === end - 4) {
    if (
      elf.machine === EM_X86_64 && end >= 5 && bytes[end - 5] === 0xe9 && last.addend === -4 &&
      (last.kind === "R_X86_64_PLT32" || last.kind === "R_X86_64_PC32")
    ) {
      bytes = bytes.slice(0, end - 5);
      holes.pop();
    } else if (
      elf.machine === EM_AARCH64 && last.kind === "R_AARCH64_JUMP26" && last.addend === 0 &&
      (bytes[end - 1] & 0xfc) === 0x14
    ) {
      bytes = bytes.slice(0, end - 4);
      holes.pop();
    }
  }

  return { name, code: bytes, holes, data, dataAlign, symbols };
}

/**
 * A small reader of ELF64 little-endian files: the relocatable objects clang
 * makes from stencil templates (section headers and names, the symbol table,
 * RELA sections) and, for tests, the program headers of a linked file. It
 * reads only what the stencil build needs and rejects what it cannot read
 * rather than guessing.
 *
 * @module
 */

/** `e_machine` values the build knows. */
export const EM_X86_64 = 62;
export const EM_AARCH64 = 183;

/** Section types (`sh_type`). */
export const SHT_NULL = 0;
export const SHT_PROGBITS = 1;
export const SHT_SYMTAB = 2;
export const SHT_STRTAB = 3;
export const SHT_RELA = 4;
export const SHT_NOBITS = 8;
export const SHT_REL = 9;

/** Section flags (`sh_flags`). */
export const SHF_WRITE = 1;
export const SHF_ALLOC = 2;
export const SHF_EXECINSTR = 4;

/** Symbol types (low nibble of `st_info`). */
export const STT_NOTYPE = 0;
export const STT_OBJECT = 1;
export const STT_FUNC = 2;
export const STT_SECTION = 3;
export const STT_FILE = 4;

/** Special section indices (`st_shndx`). */
export const SHN_UNDEF = 0;
export const SHN_ABS = 0xfff1;
export const SHN_COMMON = 0xfff2;

/** `e_type` values. */
export const ET_REL = 1;
export const ET_EXEC = 2;
export const ET_DYN = 3;

export interface ElfSection {
  index: number;
  name: string;
  type: number;
  flags: number;
  addr: bigint;
  /** File offset of the contents. */
  offset: number;
  size: number;
  link: number;
  info: number;
  addralign: number;
  entsize: number;
  /** The contents; empty for SHT_NOBITS (`.bss`), whose `size` is still set. */
  bytes: Uint8Array;
}

export interface ElfSymbol {
  index: number;
  name: string;
  /** Offset in its section for a relocatable object, an address once linked. */
  value: bigint;
  size: number;
  type: number;
  bind: number;
  /** Section index, or SHN_UNDEF / SHN_ABS / SHN_COMMON. */
  shndx: number;
}

export interface ElfRelocation {
  /** Offset in the target section. */
  offset: number;
  /** The raw type number. */
  type: number;
  /** The type's ELF name (`R_X86_64_PLT32`), for error messages and RelocKind. */
  typeName: string;
  symbol: ElfSymbol;
  addend: number;
}

/** A RELA section together with the section its relocations apply to. */
export interface ElfRelaSection {
  section: ElfSection;
  target: ElfSection;
  relocations: ElfRelocation[];
}

export interface ElfProgramHeader {
  type: number;
  flags: number;
  offset: number;
  vaddr: bigint;
  filesz: number;
  memsz: number;
}

export interface ElfFile {
  /** What the error messages call the file (a stencil or file name, never a path). */
  label: string;
  type: number;
  machine: number;
  sections: ElfSection[];
  /** The SHT_SYMTAB symbols, index 0 (the null symbol) included. */
  symbols: ElfSymbol[];
  relas: ElfRelaSection[];
  programHeaders: ElfProgramHeader[];
}

/**
 * Relocation type numbers to names, per machine. Wider than RelocKind on
 * purpose: a kind the patcher lacks should fail the build by its name
 * (`R_X86_64_GOTPCRELX`), and only a number missing here fails as a number.
 */
const X86_64_RELOCS: Record<number, string> = {
  0: "R_X86_64_NONE",
  1: "R_X86_64_64",
  2: "R_X86_64_PC32",
  3: "R_X86_64_GOT32",
  4: "R_X86_64_PLT32",
  9: "R_X86_64_GOTPCREL",
  10: "R_X86_64_32",
  11: "R_X86_64_32S",
  12: "R_X86_64_16",
  13: "R_X86_64_PC16",
  14: "R_X86_64_8",
  15: "R_X86_64_PC8",
  19: "R_X86_64_TLSGD",
  20: "R_X86_64_TLSLD",
  21: "R_X86_64_DTPOFF32",
  22: "R_X86_64_GOTTPOFF",
  23: "R_X86_64_TPOFF32",
  24: "R_X86_64_PC64",
  25: "R_X86_64_GOTOFF64",
  26: "R_X86_64_GOTPC32",
  41: "R_X86_64_GOTPCRELX",
  42: "R_X86_64_REX_GOTPCRELX",
};

const AARCH64_RELOCS: Record<number, string> = {
  0: "R_AARCH64_NONE",
  257: "R_AARCH64_ABS64",
  258: "R_AARCH64_ABS32",
  259: "R_AARCH64_ABS16",
  260: "R_AARCH64_PREL64",
  261: "R_AARCH64_PREL32",
  262: "R_AARCH64_PREL16",
  263: "R_AARCH64_MOVW_UABS_G0",
  264: "R_AARCH64_MOVW_UABS_G0_NC",
  265: "R_AARCH64_MOVW_UABS_G1",
  266: "R_AARCH64_MOVW_UABS_G1_NC",
  267: "R_AARCH64_MOVW_UABS_G2",
  268: "R_AARCH64_MOVW_UABS_G2_NC",
  269: "R_AARCH64_MOVW_UABS_G3",
  270: "R_AARCH64_MOVW_SABS_G0",
  271: "R_AARCH64_MOVW_SABS_G1",
  272: "R_AARCH64_MOVW_SABS_G2",
  273: "R_AARCH64_LD_PREL_LO19",
  274: "R_AARCH64_ADR_PREL_LO21",
  275: "R_AARCH64_ADR_PREL_PG_HI21",
  276: "R_AARCH64_ADR_PREL_PG_HI21_NC",
  277: "R_AARCH64_ADD_ABS_LO12_NC",
  278: "R_AARCH64_LDST8_ABS_LO12_NC",
  279: "R_AARCH64_TSTBR14",
  280: "R_AARCH64_CONDBR19",
  282: "R_AARCH64_JUMP26",
  283: "R_AARCH64_CALL26",
  284: "R_AARCH64_LDST16_ABS_LO12_NC",
  285: "R_AARCH64_LDST32_ABS_LO12_NC",
  286: "R_AARCH64_LDST64_ABS_LO12_NC",
  299: "R_AARCH64_LDST128_ABS_LO12_NC",
  311: "R_AARCH64_ADR_GOT_PAGE",
  312: "R_AARCH64_LD64_GOT_LO12_NC",
};

const MACHINES: Record<number, { name: string; relocs: Record<number, string> }> = {
  [EM_X86_64]: { name: "EM_X86_64", relocs: X86_64_RELOCS },
  [EM_AARCH64]: { name: "EM_AARCH64", relocs: AARCH64_RELOCS },
};

/** The name of relocation `type` on `machine`, or undefined for a number the table lacks. */
export function relocationName(machine: number, type: number): string | undefined {
  return MACHINES[machine]?.relocs[type];
}

/** The name of an `e_machine` value (`EM_X86_64`). */
export function machineName(machine: number): string {
  return MACHINES[machine]?.name ?? `machine ${machine}`;
}

/**
 * Parses an ELF64 little-endian file. `label` names it in errors (pass a
 * stencil or file name, not a temp path, so messages stay reproducible).
 */
export function parseElf(bytes: Uint8Array, label: string): ElfFile {
  const fail = (why: string): never => {
    throw new TypeError(`Cannot parse ELF file ${label}: ${why}`);
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 64) fail(`${bytes.length} bytes is too short for a header`);
  if (view.getUint32(0, false) !== 0x7f454c46) fail("bad magic number");
  if (bytes[4] !== 2) fail(`class ${bytes[4]} is not ELFCLASS64`);
  if (bytes[5] !== 1) fail(`data encoding ${bytes[5]} is not little-endian`);

  const u16 = (o: number) => view.getUint16(o, true);
  const u32 = (o: number) => view.getUint32(o, true);
  const u64 = (o: number) => view.getBigUint64(o, true);
  const num = (v: bigint, what: string): number => {
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) fail(`${what} ${v} is too large`);
    return Number(v);
  };
  const slice = (offset: number, size: number, what: string): Uint8Array => {
    if (offset + size > bytes.length) fail(`${what} lies past the end of the file`);
    return bytes.subarray(offset, offset + size);
  };

  const type = u16(16);
  const machine = u16(18);
  if (MACHINES[machine] === undefined) fail(`unsupported machine ${machine}`);
  const phoff = num(u64(32), "e_phoff");
  const shoff = num(u64(40), "e_shoff");
  const phentsize = u16(54), phnum = u16(56);
  const shentsize = u16(58), shnum = u16(60), shstrndx = u16(62);
  if (shnum > 0 && shentsize !== 64) fail(`section header size ${shentsize} is not 64`);
  if (phnum > 0 && phentsize !== 56) fail(`program header size ${phentsize} is not 56`);

  const sections: ElfSection[] = [];
  const nameOffsets: number[] = [];
  for (let i = 0; i < shnum; i++) {
    const h = shoff + i * 64;
    if (h + 64 > bytes.length) fail(`section header ${i} lies past the end of the file`);
    const shType = u32(h + 4);
    const offset = num(u64(h + 24), "sh_offset");
    const size = num(u64(h + 32), "sh_size");
    nameOffsets.push(u32(h));
    sections.push({
      index: i,
      name: "",
      type: shType,
      flags: num(u64(h + 8), "sh_flags"),
      addr: u64(h + 16),
      offset,
      size,
      link: u32(h + 40),
      info: u32(h + 44),
      addralign: Math.max(1, num(u64(h + 48), "sh_addralign")),
      entsize: num(u64(h + 56), "sh_entsize"),
      bytes: shType === SHT_NOBITS || shType === SHT_NULL
        ? new Uint8Array(0)
        : slice(offset, size, `section ${i}`),
    });
  }

  const cString = (table: Uint8Array, at: number): string => {
    let end = at;
    while (end < table.length && table[end] !== 0) end++;
    if (end >= table.length) fail(`string at ${at} is not terminated`);
    return new TextDecoder().decode(table.subarray(at, end));
  };
  if (shnum > 0) {
    const shstr = sections[shstrndx];
    if (shstr === undefined || shstr.type !== SHT_STRTAB) fail("no section name table");
    for (const s of sections) s.name = cString(shstr.bytes, nameOffsets[s.index]);
  }

  const symbols: ElfSymbol[] = [];
  const symtabs = sections.filter((s) => s.type === SHT_SYMTAB);
  if (symtabs.length > 1) fail("more than one symbol table");
  const symtab = symtabs[0];
  if (symtab !== undefined) {
    const strtab = sections[symtab.link];
    if (strtab === undefined || strtab.type !== SHT_STRTAB) {
      fail("symbol table has no string table");
    }
    const sv = new DataView(symtab.bytes.buffer, symtab.bytes.byteOffset, symtab.bytes.byteLength);
    for (let i = 0; i * 24 < symtab.size; i++) {
      const o = i * 24;
      const info = sv.getUint8(o + 4);
      symbols.push({
        index: i,
        name: cString(strtab.bytes, sv.getUint32(o, true)),
        value: sv.getBigUint64(o + 8, true),
        size: num(sv.getBigUint64(o + 16, true), "st_size"),
        type: info & 15,
        bind: info >> 4,
        shndx: sv.getUint16(o + 6, true),
      });
    }
  }

  const relas: ElfRelaSection[] = [];
  for (const s of sections) {
    if (s.type === SHT_REL) fail(`REL section ${s.name} (only RELA is supported)`);
    if (s.type !== SHT_RELA) continue;
    if (s.entsize !== 24) fail(`RELA section ${s.name} has entry size ${s.entsize}`);
    if (symtab === undefined || s.link !== symtab.index) {
      fail(`RELA section ${s.name} has no symbol table`);
    }
    const target = sections[s.info];
    if (target === undefined) fail(`RELA section ${s.name} has no target section`);
    const rv = new DataView(s.bytes.buffer, s.bytes.byteOffset, s.bytes.byteLength);
    const relocations: ElfRelocation[] = [];
    for (let o = 0; o < s.size; o += 24) {
      const rInfo = rv.getBigUint64(o + 8, true);
      const symIndex = Number(rInfo >> 32n);
      const rType = Number(rInfo & 0xffffffffn);
      const symbol = symbols[symIndex];
      if (symbol === undefined) fail(`relocation in ${s.name} names symbol ${symIndex}`);
      const addend = rv.getBigInt64(o + 16, true);
      if (addend < BigInt(Number.MIN_SAFE_INTEGER) || addend > BigInt(Number.MAX_SAFE_INTEGER)) {
        fail(`relocation in ${s.name} has addend ${addend}`);
      }
      relocations.push({
        offset: num(rv.getBigUint64(o, true), "r_offset"),
        type: rType,
        typeName: relocationName(machine, rType) ??
          fail(`unknown relocation type ${rType} for machine ${machineName(machine)} (${machine})`),
        symbol,
        addend: Number(addend),
      });
    }
    relas.push({ section: s, target, relocations });
  }

  const programHeaders: ElfProgramHeader[] = [];
  for (let i = 0; i < phnum; i++) {
    const h = phoff + i * 56;
    if (h + 56 > bytes.length) fail(`program header ${i} lies past the end of the file`);
    programHeaders.push({
      type: u32(h),
      flags: u32(h + 4),
      offset: num(u64(h + 8), "p_offset"),
      vaddr: u64(h + 16),
      filesz: num(u64(h + 32), "p_filesz"),
      memsz: num(u64(h + 40), "p_memsz"),
    });
  }

  return { label, type, machine, sections, symbols, relas, programHeaders };
}

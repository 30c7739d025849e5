/**
 * Tests of the stencil build: the golden stencils in `stencils/test/`,
 * `jit/patch.ts` against ld.lld on the same objects, and the extractor's
 * refusals. The parts that need clang-19 and ld.lld-19 are skipped, saying
 * so, when either is missing.
 */

import $ from "dax";
import { PATCH } from "../jit/patch.ts";
import type { Arch, HoleValue, Stencil } from "../jit/stencil_types.ts";
import { SHIM, templateFile } from "../jit/uops.ts";
import {
  ARCHES,
  buildGolden,
  buildStencil,
  goldenPath,
  goldenText,
  ROOT,
  run,
  TARGET_FLAGS,
} from "./build_stencils.ts";
import { parseElf } from "./elf.ts";
import { extractStencil } from "./stencil_extract.ts";

const HAVE_TOOLS = (await $.commandExists("clang-19")) && (await $.commandExists("ld.lld-19"));
if (!HAVE_TOOLS) {
  console.log("Skipping the stencil build tests: clang-19 or ld.lld-19 not found");
}
const ignore = !HAVE_TOOLS;

function assert(ok: boolean, message: string): asserts ok {
  if (!ok) throw new Error(message);
}

function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function withTemp<T>(f: (tmp: string) => Promise<T>): Promise<T> {
  const tmp = await Deno.makeTempDir({ prefix: "patchpy-stencils-test-" });
  try {
    return await f(tmp);
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
}

async function assertThrows(f: () => unknown, type: ErrorConstructor, pattern: RegExp) {
  try {
    await f();
  } catch (e) {
    assert(e instanceof type, `expected ${type.name}, got ${e}`);
    assert(pattern.test((e as Error).message), `"${(e as Error).message}" lacks ${pattern}`);
    return;
  }
  throw new Error(`expected an error matching ${pattern}`);
}

// -- (a) Golden stencils -----------------------------------------------------

for (const arch of ARCHES) {
  Deno.test({ name: `golden stencils match ${goldenPath(arch)}`, ignore }, async () => {
    await withTemp(async (tmp) => {
      const now = goldenText(arch, await buildGolden(arch, tmp));
      const was = await Deno.readTextFile(`${ROOT}${goldenPath(arch)}`);
      if (now === was) return;
      const [a, b] = [was.split("\n"), now.split("\n")];
      const i = a.findIndex((line, k) => line !== b[k]);
      throw new Error(
        `Golden stencils for ${arch} differ at line ${i + 1}:\n  expected: ${a[i]}\n` +
          `  actual:   ${b[i]}\nIf this is expected, run: deno task stencils --update-golden`,
      );
    });
  });
}

// -- (b) PATCH against the linker ---------------------------------------------

const TEXT = 0x10000000n;
const DATA = 0x10100000n;

/** Hole values far apart and of both signs of displacement, so a mixed-up value shows. */
const FAR: Record<Exclude<HoleValue, "code" | "data">, bigint> = {
  continue: 0x10003000n,
  exit: 0x10004000n,
  jump_target: 0x0fff0000n,
  oparg: 5n,
  operand0: 0xfedcba9876543210n,
  operand1: 0x0123456789abcdefn,
};

const SYMBOL_OF: Record<keyof typeof FAR, string> = {
  continue: "_JIT_CONTINUE",
  exit: "_JIT_EXIT",
  jump_target: "_JIT_JUMP_TARGET",
  oparg: "_JIT_OPARG",
  operand0: "_JIT_OPERAND0",
  operand1: "_JIT_OPERAND1",
};

const LINKER_SCRIPT = `SECTIONS {
  . = 0x${TEXT.toString(16)};
  .text : { *(.text._JIT_ENTRY) }
  . = 0x${DATA.toString(16)};
  .rodata : { *(.rodata .rodata.*) }
  /DISCARD/ : { *(.comment) *(.note.GNU-stack) *(.llvm_addrsig) }
}
`;

/** Links `object` at TEXT/DATA with `values` for the holes; returns the output's text and data. */
async function link(object: string, tmp: string, values: typeof FAR) {
  const script = `${tmp}/stencil.ld`;
  await Deno.writeTextFile(script, LINKER_SCRIPT);
  const defsyms = Object.entries(values).map(([k, v]) =>
    `--defsym=${SYMBOL_OF[k as keyof typeof FAR]}=0x${v.toString(16)}`
  );
  const out = `${object}.linked`;
  await run("link a stencil", "ld.lld-19", [
    "-static",
    "--no-relax",
    // Keeps mergeable constants (.rodata.cst8) in input order, as the
    // stencil keeps them, rather than deduplicated and reordered.
    "-O0",
    "-e",
    "_JIT_ENTRY",
    "-T",
    script,
    ...defsyms,
    object,
    "-o",
    out,
  ]);
  const elf = parseElf(await Deno.readFile(out), out);
  const section = (name: string) => elf.sections.find((s) => s.name === name);
  const text = section(".text"), data = section(".rodata");
  assert(text !== undefined && text.addr === TEXT, `${out}: no .text at 0x${TEXT.toString(16)}`);
  assert(data === undefined || data.addr === DATA, `${out}: .rodata not at 0x${DATA.toString(16)}`);
  return { text: text.bytes, data: data?.bytes ?? new Uint8Array(0) };
}

/** The stencil's code patched by PATCH as the linker would place it. */
function patched(stencil: Stencil, values: typeof FAR): Uint8Array {
  const code = stencil.code.slice();
  for (const h of stencil.holes) {
    const s = h.value === "code" ? TEXT : h.value === "data" ? DATA : values[h.value];
    PATCH[h.kind](code, h.offset, s + BigInt(h.addend), TEXT + BigInt(h.offset));
  }
  return code;
}

async function compareWithLinker(
  stencil: Stencil,
  object: string,
  tmp: string,
  values: typeof FAR,
) {
  const linked = await link(object, tmp, values);
  // Extraction may have dropped a trailing jump: only the kept bytes count.
  const want = hex(linked.text.subarray(0, stencil.code.length));
  const got = hex(patched(stencil, values));
  assert(got === want, `${stencil.name}: PATCH gives\n  ${got}\nld.lld gives\n  ${want}`);
  assert(hex(linked.data) === hex(stencil.data), `${stencil.name}: data differs from ld.lld's`);
}

const REAL = [
  SHIM,
  "_BINARY_OP_ADD_INT",
  "_LOAD_FAST",
  "_LOAD_CONST_INLINE",
  "_JUMP_TO_TOP",
  "_FOR_ITER_RANGE",
  "_COMPARE_OP_INT_FLOAT",
  "_FLOOR_FLOAT",
];

for (const arch of ARCHES) {
  Deno.test({ name: `PATCH agrees with ld.lld on ${arch} stencils`, ignore }, async () => {
    await withTemp(async (tmp) => {
      const stencils = await buildGolden(arch, tmp);
      for (const name of REAL) {
        stencils.push(await buildStencil(arch, name, `stencils/${templateFile(name)}`, tmp));
      }
      for (const s of stencils) {
        await compareWithLinker(s, `${tmp}/${s.name}.${arch}.o`, tmp, FAR);
      }
    });
  });
}

/** Every AArch64 kind clang does not emit for the templates, in one object. */
const AARCH64_KINDS_ASM = `
  .section .text._JIT_ENTRY,"ax",@progbits
  .globl _JIT_ENTRY
_JIT_ENTRY:
  adrp x0, _JIT_OPERAND1
  add x0, x0, :lo12:_JIT_OPERAND1
  ldrb w1, [x0, :lo12:_JIT_OPARG]
  ldrh w1, [x0, :lo12:_JIT_OPERAND0]
  ldr w1, [x0, :lo12:_JIT_OPERAND0]
  ldr x1, [x0, :lo12:_JIT_OPERAND0]
  ldr q1, [x0, :lo12:_JIT_OPERAND0]
  tbz x0, #3, _JIT_EXIT
  cbz x0, _JIT_EXIT
  b.eq _JIT_CONTINUE
  bl _JIT_JUMP_TARGET
  movz x2, #:abs_g3:_JIT_OPERAND1
  movk x2, #:abs_g2_nc:_JIT_OPERAND1
  b _JIT_CONTINUE
  .xword _JIT_OPERAND0 + 8
`;

Deno.test({ name: "PATCH agrees with ld.lld on every AArch64 kind", ignore }, async () => {
  await withTemp(async (tmp) => {
    const source = `${tmp}/kinds.s`, object = `${tmp}/kinds.o`;
    await Deno.writeTextFile(source, AARCH64_KINDS_ASM);
    await run("assemble", "clang-19", [...TARGET_FLAGS.aarch64, "-c", source, "-o", object]);
    const stencil = extractStencil("_KINDS", parseElf(await Deno.readFile(object), "_KINDS"));
    const kinds = new Set(stencil.holes.map((h) => h.kind));
    assert(kinds.size === 14, `expected 14 kinds, got ${[...kinds].join(" ")}`);
    // Near values: TBZ reaches 32 KiB, ADRP 4 GiB; LDST immediates need aligned low bits.
    await compareWithLinker(stencil, object, tmp, {
      continue: TEXT + 0x8000n,
      exit: TEXT + 0x4000n,
      jump_target: TEXT - 0x100000n,
      oparg: 0x123n,
      operand0: 0x0012345678abcde0n,
      operand1: TEXT + 0x12345678n,
    });
  });
});

Deno.test("PATCH throws RangeError instead of wrapping", async () => {
  const code = new Uint8Array(8);
  const p = 0x10000000n;
  await assertThrows(
    () => PATCH.R_X86_64_PC32(code, 0, p + 0x80000004n, p + 4n),
    RangeError,
    /R_X86_64_PC32/,
  );
  PATCH.R_X86_64_PC32(code, 0, p + 0x80000003n, p + 4n);
  await assertThrows(() => PATCH.R_X86_64_PLT32(code, 0, 0n, p + 0x80000001n), RangeError, /PLT32/);
  await assertThrows(() => PATCH.R_X86_64_64(code, 0, 1n << 64n, p), RangeError, /R_X86_64_64/);
  await assertThrows(
    () => PATCH.R_AARCH64_JUMP26(code, 0, p + (128n << 20n), p),
    RangeError,
    /JUMP26/,
  );
  PATCH.R_AARCH64_JUMP26(code, 0, p + (128n << 20n) - 4n, p);
  PATCH.R_AARCH64_CALL26(code, 0, p - (128n << 20n), p);
  await assertThrows(() => PATCH.R_AARCH64_CALL26(code, 0, p + 2n, p), RangeError, /aligned/);
  await assertThrows(
    () => PATCH.R_AARCH64_CONDBR19(code, 0, p + (1n << 20n), p),
    RangeError,
    /CONDBR19/,
  );
  await assertThrows(
    () => PATCH.R_AARCH64_TSTBR14(code, 0, p - (32n << 10n) - 4n, p),
    RangeError,
    /TSTBR14/,
  );
  await assertThrows(
    () => PATCH.R_AARCH64_ADR_PREL_PG_HI21(code, 0, p + (4n << 30n), p),
    RangeError,
    /HI21/,
  );
  await assertThrows(
    () => PATCH.R_AARCH64_LDST64_ABS_LO12_NC(code, 0, 0x1004n, p),
    RangeError,
    /8-byte/,
  );
  await assertThrows(
    () => PATCH.R_AARCH64_LDST128_ABS_LO12_NC(code, 0, 0x1008n, p),
    RangeError,
    /16-byte/,
  );
  PATCH.R_AARCH64_MOVW_UABS_G0_NC(code, 0, 0xffffffffffffffffn, p);
  PATCH.R_AARCH64_MOVW_UABS_G3(code, 0, -1n, p);
  await assertThrows(() => PATCH.R_AARCH64_MOVW_UABS_G3(code, 0, 1n << 64n, p), RangeError, /G3/);
});

// -- (c) The extractor ---------------------------------------------------------

/** Compiles a C or assembly source given as text into an object for `arch`. */
async function objectOf(arch: Arch, tmp: string, file: string, text: string): Promise<Uint8Array> {
  await Deno.writeTextFile(`${tmp}/${file}`, text);
  await run("compile a test object", "clang-19", [
    ...TARGET_FLAGS[arch],
    "-O2",
    "-c",
    "-ffreestanding",
    "-fno-asynchronous-unwind-tables",
    "-ffunction-sections",
    "-fno-pic",
    "-I",
    "stencils",
    `${tmp}/${file}`,
    "-o",
    `${tmp}/${file}.o`,
  ]);
  return await Deno.readFile(`${tmp}/${file}.o`);
}

for (const arch of ARCHES) {
  Deno.test({ name: `extraction drops the trailing jump on ${arch}`, ignore }, async () => {
    await withTemp(async (tmp) => {
      const source = await Deno.readTextFile(`${ROOT}stencils/test/load_slot.c`);
      const elf = parseElf(await objectOf(arch, tmp, "load_slot.c", source), "_LOAD_SLOT");
      const text = elf.sections.find((s) => s.name === ".text._JIT_ENTRY")!;
      const stencil = extractStencil("_LOAD_SLOT", elf);
      const jump = arch === "x86_64" ? 5 : 4;
      assert(
        stencil.code.length === text.size - jump,
        `kept ${stencil.code.length} of ${text.size}`,
      );
      assert(stencil.holes.every((h) => h.value !== "continue"), "the continue hole was kept");
    });
  });

  Deno.test(
    { name: `extraction rejects what the emitter cannot place on ${arch}`, ignore },
    async () => {
      await withTemp(async (tmp) => {
        const call = await objectOf(
          arch,
          tmp,
          "call.c",
          `#include "jit.h"
        UOP { __builtin_memcpy(sp, frame, (unsigned long)OPARG); CONTINUE(sp, tos); }`,
        );
        await assertThrows(
          () => extractStencil("_CALL", parseElf(call, "_CALL")),
          TypeError,
          /^Cannot build stencil _CALL: unsupported symbol memcpy$/,
        );
        const state = await objectOf(
          arch,
          tmp,
          "state.c",
          `#include "jit.h"
        static int64_t count; UOP { count++; CONTINUE(sp, tos); }`,
        );
        await assertThrows(
          () => extractStencil("_STATE", parseElf(state, "_STATE")),
          TypeError,
          /^Cannot build stencil _STATE: writable data in section \.bss/,
        );
      });
    },
  );
}

Deno.test(
  { name: "extraction rejects unknown relocations by name and number", ignore },
  async () => {
    await withTemp(async (tmp) => {
      const got = await objectOf(
        "x86_64",
        tmp,
        "got.s",
        `
      .section .text._JIT_ENTRY,"ax",@progbits
      .globl _JIT_ENTRY
    _JIT_ENTRY:
      movq _JIT_OPARG@GOTPCREL(%rip), %rax
      ret
    `,
      );
      await assertThrows(
        () => extractStencil("_GOT", parseElf(got, "_GOT")),
        TypeError,
        /^Cannot build stencil _GOT: unsupported relocation R_X86_64_REX_GOTPCRELX$/,
      );
      // Rewrite the relocation's type number (the low half of r_info) to one no table has.
      for (
        const [arch, machine] of [["x86_64", "EM_X86_64 \\(62\\)"], [
          "aarch64",
          "EM_AARCH64 \\(183\\)",
        ]]
      ) {
        const source = await Deno.readTextFile(`${ROOT}stencils/test/load_slot.c`);
        const bytes = await objectOf(arch as Arch, tmp, "load_slot.c", source);
        const rela = parseElf(bytes, "_LOAD_SLOT").relas[0].section;
        new DataView(bytes.buffer).setUint32(rela.offset + 8, 200, true);
        await assertThrows(
          () => parseElf(bytes, "_LOAD_SLOT"),
          TypeError,
          new RegExp(`unknown relocation type 200 for machine ${machine}`),
        );
      }
    });
  },
);

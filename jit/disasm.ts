/**
 * Disassembly for `--jit-dump` and `deno task stencils --dump`, with
 * capstone-wasm. Loading its WebAssembly takes about 85 ms, so it happens
 * only when asked (`loadDisassembler`, awaited before a dumping run starts).
 *
 * @module
 */
import type { Arch } from "./stencil_types.ts";

/** One decoded instruction (or one undecodable unit, shown as `.byte`). */
export interface Insn {
  address: number;
  bytes: Uint8Array;
  text: string;
}

type Disassembler = (bytes: Uint8Array, address: number) => Insn[];

const loaded = new Map<Arch, Disassembler>();

/** Loads capstone for both architectures; later `disassemble` calls are synchronous. */
export async function loadDisassembler(): Promise<void> {
  if (loaded.size > 0) return;
  const { Capstone, Const, loadCapstone } = await import("capstone-wasm");
  await loadCapstone();
  const make =
    (cs: InstanceType<typeof Capstone>, unit: number): Disassembler => (bytes, address) => {
      const out: Insn[] = [];
      let at = 0;
      while (at < bytes.length) {
        const insns = cs.disasm(bytes.subarray(at), { address: address + at });
        if (insns.length === 0) {
          // Capstone stops at bytes it cannot decode: show one unit as data and go on.
          const n = Math.min(unit, bytes.length - at);
          out.push({ address: address + at, bytes: bytes.subarray(at, at + n), text: ".byte" });
          at += n;
          continue;
        }
        for (const insn of insns) {
          out.push({
            address: Number(insn.address),
            bytes: bytes.subarray(at, at + insn.bytes.length),
            text: `${insn.mnemonic} ${insn.opStr}`.trim(),
          });
          at += insn.bytes.length;
        }
      }
      return out;
    };
  loaded.set("x86_64", make(new Capstone(Const.CS_ARCH_X86, Const.CS_MODE_64), 1));
  loaded.set("aarch64", make(new Capstone(Const.CS_ARCH_ARM64, Const.CS_MODE_ARM), 4));
}

/** Decodes `bytes` as code at `address`; throws unless `loadDisassembler` ran. */
export function disassemble(arch: Arch, bytes: Uint8Array, address: number): Insn[] {
  const d = loaded.get(arch);
  if (d === undefined) throw new Error("Cannot disassemble: the disassembler is not loaded");
  return d(bytes, address);
}

/** Whether `disassemble` can be called. */
export function disassemblerLoaded(): boolean {
  return loaded.size > 0;
}

/** Bytes as lowercase hex pairs. */
export function hexBytes(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

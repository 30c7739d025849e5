/**
 * The committed stencil tables, by architecture.
 *
 * @module
 */
import type { Arch, StencilTable } from "./stencil_types.ts";
import { STENCILS as X86_64 } from "../stencils/generated/x86_64.ts";
import { STENCILS as AARCH64 } from "../stencils/generated/aarch64.ts";

/** The stencils built for `arch`. */
export function stencilTable(arch: Arch): StencilTable {
  return arch === "x86_64" ? X86_64 : AARCH64;
}

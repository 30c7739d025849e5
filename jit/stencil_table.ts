/**
 * The committed stencil table of the running CPU. Only that one is loaded
 * (`ffi/native_backend.ts` imports it with the module): parsing the other
 * architecture's would cost every start milliseconds. The tests that check
 * both tables import them directly.
 *
 * @module
 */
import type { Arch, StencilTable } from "./stencil_types.ts";
import { hostStencils } from "../ffi/native_backend.ts";

/** The stencils built for `arch`, which must be the running CPU's. */
export function stencilTable(arch: Arch): StencilTable {
  const table = hostStencils();
  if (table === null || table.arch !== arch) {
    throw new Error(`the ${arch} stencil table is not loaded: this process runs on another CPU`);
  }
  return table;
}

/**
 * patchpy: a Python VM in TypeScript that rebuilds CPython's execution tiers
 * (bytecode interpreter, specializing adaptive interpreter, micro-op traces)
 * and a copy-and-patch JIT.
 *
 * As a library it turns Python source into CPython-shaped ASTs and code
 * objects; as a program (`deno run -A mod.ts script.py`) it is the `patchpy`
 * command line.
 *
 * @example Parse and disassemble a program
 * ```ts
 * import { compile, disassemble, dump, parse } from "@patchpy/patchpy";
 *
 * const module = parse("x = 1 + 2\n", "example.py");
 * console.log(dump(module));
 * console.log(disassemble(compile(module, "example.py")));
 * ```
 *
 * @module
 */
export { parse, parseExpression } from "./vm/parser.ts";
export { dump } from "./vm/ast_dump.ts";
export { compile } from "./vm/compiler.ts";
export { disassemble } from "./vm/dis.ts";
export { CodeObject } from "./vm/code.ts";
export { formatSyntaxError, PySyntaxError } from "./vm/syntax_error.ts";
export type { SyntaxErrorKind } from "./vm/syntax_error.ts";
export { main, MODES, PYTHON_VERSION, VERSION } from "./vm/cli.ts";
export type { CliOptions, Mode } from "./vm/cli.ts";
export type { Host } from "./vm/host.ts";
export { MemoryHost } from "./vm/host.ts";
export type * as ast from "./vm/ast.ts";

import { main as cliMain } from "./vm/cli.ts";
import { denoHost } from "./ffi/deno_host.ts";
import { loadDisassembler } from "./jit/disasm.ts";

if (import.meta.main) {
  // The run itself is synchronous: the disassembler `--jit-dump` uses loads first.
  if (Deno.args.includes("--jit-dump")) await loadDisassembler();
  Deno.exit(cliMain(Deno.args, denoHost()));
}

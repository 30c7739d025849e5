/**
 * The built-in modules implemented in TypeScript. Each module file calls
 * `registerBuiltinModule` from `vm/vm.ts` when loaded; importing this index
 * loads them all. One line per module, sorted.
 *
 * @module
 */
import "./bisect.ts";
import "./heapq.ts";
import "./string.ts";

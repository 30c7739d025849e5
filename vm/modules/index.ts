/**
 * The built-in modules implemented in TypeScript. Each module file calls
 * `registerBuiltinModule` from `vm/vm.ts` when loaded; importing this index
 * loads them all. One line per module, sorted.
 *
 * @module
 */
import "./bisect.ts";
import "./collections.ts";
import "./copy.ts";
import "./functools.ts";
import "./heapq.ts";
import "./itertools.ts";
import "./math.ts";
import "./operator.ts";
import "./random.ts";
import "./string.ts";
import "./time.ts";

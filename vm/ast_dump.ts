/**
 * `ast.dump`: the text CPython 3.11's `Lib/ast.py` `dump(node)` prints for
 * a tree of `ast.ts` nodes (annotate_fields=True, no indent), so a parse can
 * be compared with `python3 -c "print(ast.dump(ast.parse(src)))"`.
 *
 * @module
 */
import { ELLIPSIS, FIELDS, type Node } from "./ast.ts";
import { reprBytes, reprComplex, reprFloat, reprInt, reprStr } from "./repr.ts";

/** Options of `dump`. */
export interface DumpOptions {
  /** Also print lineno, col_offset, end_lineno, end_col_offset (`include_attributes=True`). */
  includeAttributes?: boolean;
}

/** Nodes with position attributes (`_attributes` in CPython). */
const LOCATED_BASES = new Set(["arg", "keyword", "alias", "ExceptHandler"]);
const UNLOCATED = new Set([
  "Module",
  "Expression",
  "comprehension",
  "arguments",
  "withitem",
]);
const ATTRIBUTES = ["lineno", "col_offset", "end_lineno", "end_col_offset"] as const;

/** Fields that are not optional (`?` in the ASDL) although they may hold None. */
const REQUIRED_NULLABLE = new Set(["Constant.value"]);

/**
 * Prints `node` as CPython 3.11's `ast.dump(node)` does.
 *
 * @param node A node of `ast.ts`.
 * @param options `includeAttributes` adds the position attributes.
 * @returns The dump text.
 *
 * @example Dump a parsed statement
 * ```ts
 * import { parse } from "./parser.ts";
 * import { dump } from "./ast_dump.ts";
 * console.log(dump(parse("x = 1\n", "<string>")));
 * // Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])
 * ```
 */
export function dump(node: Node, options: DumpOptions = {}): string {
  const attrs = options.includeAttributes === true;
  const out: string[] = [];
  // An explicit stack, not recursion: trees thousands of levels deep (long
  // chains of unary operators or subscripts) must not overflow the host stack.
  // Each entry is text to emit, or a value with the field and node class it
  // belongs to.
  const stack: (string | Item)[] = [{ value: node, field: "", type: "" }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === "string") {
      out.push(item);
      continue;
    }
    const { value, field, type } = item;
    if (Array.isArray(value)) {
      stack.push("]");
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], field, type });
        if (i > 0) stack.push(", ");
      }
      stack.push("[");
    } else if (type === "Constant" && field === "value") {
      out.push(reprConstant(value));
    } else if (typeof value === "string") {
      // Context and operator singletons print as `Load()`, `Add()`.
      out.push(
        field === "ctx" || field === "op" || field === "ops" ? value + "()" : reprStr(value),
      );
    } else if (typeof value === "number") {
      out.push(String(value));
    } else if (value === null) {
      out.push("None");
    } else if (typeof value === "object") {
      pushNode(value as Node, stack, attrs);
    } else {
      out.push(String(value));
    }
  }
  return out.join("");
}

/** A value waiting to be printed, with the field and node class it belongs to. */
interface Item {
  value: unknown;
  field: string;
  type: string;
}

/** Pushes a node's text (in reverse order) onto the dump stack. */
function pushNode(node: Node, stack: (string | Item)[], attrs: boolean): void {
  const type = node._type;
  const rec = node as unknown as Record<string, unknown>;
  const parts: (string | Item)[] = [type + "("];
  let first = true;
  for (const name of FIELDS[type]) {
    const value = rec[name];
    // Optional fields left as None are omitted.
    if (value === null && !REQUIRED_NULLABLE.has(type + "." + name)) continue;
    parts.push((first ? "" : ", ") + name + "=", { value, field: name, type });
    first = false;
  }
  if (attrs && (LOCATED_BASES.has(type) || !UNLOCATED.has(type))) {
    for (const name of ATTRIBUTES) {
      const value = rec[name];
      if (value === undefined || value === null) continue;
      parts.push((first ? "" : ", ") + name + "=" + String(value));
      first = false;
    }
  }
  parts.push(")");
  for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]);
}

/** The repr of a Constant's value. */
export function reprConstant(value: unknown): string {
  switch (typeof value) {
    case "bigint":
      return reprInt(value);
    case "number":
      return reprFloat(value);
    case "string":
      return reprStr(value);
    case "boolean":
      return value ? "True" : "False";
    case "symbol":
      if (value === ELLIPSIS) return "Ellipsis";
      break;
    case "object":
      if (value === null) return "None";
      if (value instanceof Uint8Array) return reprBytes(value);
      if ("imag" in value) return reprComplex(0, (value as { imag: number }).imag);
      break;
  }
  return String(value);
}

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
  const out: string[] = [];
  format(node, out, options.includeAttributes === true);
  return out.join("");
}

function format(node: Node, out: string[], attrs: boolean): void {
  const type = node._type;
  const fields = FIELDS[type];
  const rec = node as unknown as Record<string, unknown>;
  out.push(type, "(");
  let first = true;
  for (const name of fields) {
    const value = rec[name];
    // Optional fields left as None are omitted.
    if (value === null && !REQUIRED_NULLABLE.has(type + "." + name)) continue;
    if (!first) out.push(", ");
    first = false;
    out.push(name, "=");
    formatValue(value, out, attrs, name, type);
  }
  if (attrs && (LOCATED_BASES.has(type) || !UNLOCATED.has(type))) {
    for (const name of ATTRIBUTES) {
      const value = rec[name];
      if (value === undefined || value === null) continue;
      if (!first) out.push(", ");
      first = false;
      out.push(name, "=", String(value));
    }
  }
  out.push(")");
}

function formatValue(value: unknown, out: string[], attrs: boolean, field: string, type: string): void {
  if (Array.isArray(value)) {
    out.push("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(", ");
      formatValue(value[i], out, attrs, field, type);
    }
    out.push("]");
    return;
  }
  if (type === "Constant" && field === "value") {
    out.push(reprConstant(value));
    return;
  }
  switch (typeof value) {
    case "string":
      // Context and operator singletons print as `Load()`, `Add()`.
      if (field === "ctx" || field === "op" || field === "ops") out.push(value, "()");
      else out.push(reprStr(value));
      return;
    case "number":
      out.push(String(value));
      return;
    case "object":
      if (value === null) {
        out.push("None");
        return;
      }
      format(value as Node, out, attrs);
      return;
  }
  out.push(String(value));
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

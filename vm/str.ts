/**
 * The string core of patchpy: every operation on Python `str` values that
 * does not need the interpreter, over JS strings (see `vm/object.ts`: a str
 * is a JS `string`). The method wrappers parse and convert arguments, then
 * call these with plain JS values (`null` for an omitted optional).
 *
 * - `vm/str_core.ts`: code points (`len`, indexing, slicing, iteration,
 *   `ord`/`chr`, ordering).
 * - `vm/str_case.ts`: `is*` predicates and case mapping (Unicode 14.0.0 as
 *   in CPython 3.11, with `vm/str_unicode.ts`).
 * - `vm/str_methods.ts`: searching, splitting, stripping, padding, replacing.
 * - `vm/str_codec.ts`: `str.encode` and `bytes.decode`.
 *
 * @module
 */
export * from "./str_core.ts";
export * from "./str_case.ts";
export * from "./str_methods.ts";
export * from "./str_codec.ts";

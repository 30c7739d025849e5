/**
 * The parser's public entry points: source text to the AST of `ast.ts`,
 * exactly as CPython 3.11's `ast.parse` builds it, or a `PySyntaxError`
 * carrying CPython's message and location.
 *
 * The work is split by stage: `tokenizer.ts` (tokens), `parser_base.ts`
 * (cursor and errors), `parser_expr.ts` (operators), `parser_atom.ts`
 * (atoms and displays), `parser_args.ts` (calls, lambdas, parameters,
 * targets), `parser_stmt.ts` (simple statements), `parser_compound.ts`
 * (blocks and compound statements), `string_literal.ts` (literals and
 * f-strings). Each class extends the one before it.
 *
 * @module
 */
import type { Expression, Module } from "./ast.ts";
import { TOO_COMPLEX } from "./parser_base.ts";
import { Parser } from "./parser_compound.ts";
import { PySyntaxError } from "./syntax_error.ts";
import { NEWLINE, tokenize } from "./tokenizer.ts";

/**
 * Parses a module (`exec` mode).
 *
 * @param source The program text.
 * @param filename Reported in errors.
 * @returns The `Module` node.
 * @throws {PySyntaxError} On invalid source, with CPython's message and position.
 *
 * @example Parse a statement
 * ```ts
 * import { parse } from "./parser.ts";
 * const m = parse("x = 1\n", "<string>");
 * console.log(m.body[0]._type); // "Assign"
 * ```
 */
export function parse(source: string, filename: string): Module {
  return guard(source, filename, (p) => p.file());
}

/**
 * Parses an expression (`eval` mode): `expressions NEWLINE* ENDMARKER`.
 *
 * @param source The expression text.
 * @param filename Reported in errors.
 * @returns The `Expression` node.
 * @throws {PySyntaxError} On invalid source.
 *
 * @example Parse an expression
 * ```ts
 * import { parseExpression } from "./parser.ts";
 * console.log(parseExpression("1 + 2", "<string>").body._type); // "BinOp"
 * ```
 */
export function parseExpression(source: string, filename: string): Expression {
  return guard(source, filename, (p) => {
    const s = p.tok;
    let body = p.expression();
    if (p.is(",")) {
      const elts = [body];
      while (p.accept(",")) {
        if (!p.startsExpression() || p.is("*")) break;
        elts.push(p.expression());
      }
      body = p.at({ _type: "Tuple" as const, elts, ctx: "Load" as const }, s);
    }
    while (p.tok.type === NEWLINE) p.next();
    if (!p.atEnd()) p.invalidSyntax();
    return { _type: "Expression", body };
  });
}

/** Runs a start rule; keeps host errors (deep recursion) from escaping. */
function guard<T>(source: string, filename: string, rule: (p: Parser) => T): T {
  const nul = source.indexOf("\0");
  if (nul >= 0) {
    throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", {
      filename,
      lineno: source.slice(0, nul).split("\n").length,
      offset: 0,
    });
  }
  try {
    const p = new Parser(tokenize(source, filename), filename);
    return p.run(() => rule(p));
  } catch (e) {
    if (e instanceof PySyntaxError) {
      e.filename = filename;
      throw e;
    }
    if (e instanceof RangeError) {
      throw new PySyntaxError("SyntaxError", TOO_COMPLEX, { filename, lineno: 1, offset: 0 });
    }
    throw e;
  }
}

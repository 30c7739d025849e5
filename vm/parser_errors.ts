/**
 * What the parser's error messages say about expressions: CPython 3.11's
 * `_PyPegen_get_expr_name` and `_PyPegen_get_invalid_target`
 * (Parser/pegen.c, Parser/action_helpers.c), and the message texts that
 * several rules share.
 *
 * @module
 */
import type { Expr } from "./ast.ts";
import { ELLIPSIS } from "./ast.ts";

/** The three kinds of targets pegen distinguishes (TARGETS_TYPE). */
export type TargetsType = "star" | "del" | "for";

/** `_PyPegen_get_expr_name`: how messages name an expression. */
export function exprName(e: Expr): string {
  switch (e._type) {
    case "Attribute":
      return "attribute";
    case "Subscript":
      return "subscript";
    case "Starred":
      return "starred";
    case "Name":
      return "name";
    case "List":
      return "list";
    case "Tuple":
      return "tuple";
    case "Lambda":
      return "lambda";
    case "Call":
      return "function call";
    case "BoolOp":
    case "BinOp":
    case "UnaryOp":
      return "expression";
    case "GeneratorExp":
      return "generator expression";
    case "Yield":
    case "YieldFrom":
      return "yield expression";
    case "Await":
      return "await expression";
    case "ListComp":
      return "list comprehension";
    case "SetComp":
      return "set comprehension";
    case "DictComp":
      return "dict comprehension";
    case "Dict":
      return "dict literal";
    case "Set":
      return "set display";
    case "JoinedStr":
    case "FormattedValue":
      return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v === null) return "None";
      if (v === false) return "False";
      if (v === true) return "True";
      if (v === ELLIPSIS) return "ellipsis";
      return "literal";
    }
    case "Compare":
      return "comparison";
    case "IfExp":
      return "conditional expression";
    case "NamedExpr":
      return "named expression";
    default:
      return "expression";
  }
}

/**
 * `_PyPegen_get_invalid_target`: the first sub-expression of `e` that cannot
 * be a target, or null when all can.
 */
export function invalidTarget(e: Expr, type: TargetsType): Expr | null {
  switch (e._type) {
    case "List":
    case "Tuple":
      for (const x of e.elts) {
        const bad = invalidTarget(x, type);
        if (bad !== null) return bad;
      }
      return null;
    case "Starred":
      if (type === "del") return e;
      return invalidTarget(e.value, type);
    case "Compare":
      // `for a in b` parses `a in b` as a comparison: look at its left side.
      if (type === "for") {
        return e.ops[0] === "In" ? invalidTarget(e.left, type) : null;
      }
      return e;
    case "Name":
    case "Subscript":
    case "Attribute":
      return null;
    default:
      return e;
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET's message for `bad`. */
export function invalidTargetMessage(bad: Expr, type: TargetsType): string {
  return (type === "del" ? "cannot delete " : "cannot assign to ") + exprName(bad);
}

/** `_PyPegen_arguments_parsing_error`. */
export function argumentsOrderMessage(afterUnpacking: boolean): string {
  return afterUnpacking
    ? "positional argument follows keyword argument unpacking"
    : "positional argument follows keyword argument";
}

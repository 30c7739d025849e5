/**
 * Calls, lambdas, parameter lists and assignment targets: the rest of the
 * expression rules of CPython 3.11's `Grammar/python.gram` (`args`,
 * `kwargs`, `lambdef`, `parameters`, `star_targets`), with the checks of
 * their `invalid_*` rules.
 *
 * @module
 */
import type { Arg, Arguments, Expr, ExprContext, Keyword } from "./ast.ts";
import { AtomParser } from "./parser_atom.ts";
import { identifier, setContext } from "./parser_expr.ts";
import {
  argumentsOrderMessage,
  exprName,
  invalidTarget,
  invalidTargetMessage,
  type TargetsType,
} from "./parser_errors.ts";
import { PySyntaxError } from "./syntax_error.ts";
import { NAME, type Token } from "./tokenizer.ts";

export abstract class ArgsParser extends AtomParser {
  // -- Targets ------------------------------------------------------------------------------

  /**
   * star_targets where a `for` (or `with ... as`) target is expected, ended by
   * `terminator`; CPython's invalid_for_target/invalid_with_item report bad ones.
   */
  starTargets(type: TargetsType, terminator: string): Expr {
    const start = this.pos;
    const s = this.tok;
    const result = this.tryParse(() => {
      const first = this.starTarget();
      if (!this.is(",")) return first;
      const elts = [first];
      while (this.accept(",")) {
        if (this.is(terminator) || !this.startsExpression()) break;
        elts.push(this.starTarget());
      }
      return this.at({
        _type: "Tuple" as const,
        elts,
        ctx: "Load" as ExprContext,
        lineno: 0,
        col_offset: 0,
        end_lineno: 0,
        end_col_offset: 0,
      }, s);
    });
    if (result !== null && this.is(terminator) && invalidTarget(result, "star") === null) {
      setContext(result, "Store");
      return result;
    }
    const failedAt = result === null ? null : this.tok;
    this.reset(start);
    // invalid_for_target reparses the target as star_expressions; errors that
    // rule raises (a missing comma...) stand, a plain failure does not.
    let e: Expr | null = null;
    this.probing++;
    try {
      e = this.starExpressions();
    } catch (err) {
      if (!(err instanceof PySyntaxError) || err.msg !== "invalid syntax") throw err;
    } finally {
      this.probing--;
    }
    if (e !== null) {
      const bad = invalidTarget(e, type);
      if (bad !== null) {
        this.raiseAtNode(bad, invalidTargetMessage(bad, type === "for" ? "for" : "star"));
      }
    }
    if (failedAt !== null) this.raiseAtToken(failedAt, "invalid syntax");
    this.reset(start);
    this.starTarget();
    return this.invalidSyntax();
  }

  /** star_target: `'*' star_target` or a primary. */
  starTarget(): Expr {
    const s = this.tok;
    if (s.value === "*") {
      this.next();
      if (this.is("*")) this.invalidSyntax();
      const value = this.starTarget();
      return this.at({
        _type: "Starred",
        value,
        ctx: "Load" as ExprContext,
        lineno: 0,
        col_offset: 0,
        end_lineno: 0,
        end_col_offset: 0,
      }, s);
    }
    return this.primary();
  }

  /** Checks an assignment-like target and gives it the Store context. */
  toStore(e: Expr, type: TargetsType): Expr {
    const bad = invalidTarget(e, type);
    if (bad !== null) this.raiseAtNode(bad, invalidTargetMessage(bad, type));
    setContext(e, "Store");
    return e;
  }

  // -- Calls ----------------------------------------------------------------------------------

  /** A call's parentheses and arguments; `s` starts the callee. */
  call(func: Expr, s: Token): Expr {
    const open = this.next();
    this.level++;
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    let orderError: string | null = null;
    while (!this.is(")")) {
      const t = this.tok;
      if (t.value === "*") {
        if (sawDoubleStar) {
          this.raiseSyntaxError("iterable argument unpacking follows keyword argument unpacking");
        }
        args.push(this.starredExpression());
      } else if (t.value === "**") {
        this.next();
        const value = this.expression();
        keywords.push(
          this.at({
            _type: "keyword",
            arg: null,
            value,
            lineno: 0,
            col_offset: 0,
            end_lineno: 0,
            end_col_offset: 0,
          }, t),
        );
        sawDoubleStar = true;
      } else if (t.type === NAME && this.peek(1).value === "=") {
        this.next();
        const eq = this.next();
        const value = this.expression();
        if (this.atForClause()) {
          this.raiseRange(
            this.tokenSpan(t),
            this.tokenSpan(eq),
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
          );
        }
        keywords.push(
          this.at({
            _type: "keyword",
            arg: identifier(t.value),
            value,
            lineno: 0,
            col_offset: 0,
            end_lineno: 0,
            end_col_offset: 0,
          }, t),
        );
        sawKeyword = true;
      } else {
        const e = this.namedExpression(false, false);
        // Arguments are `assignment_expression | expression !':='`, without
        // invalid_named_expression: `f(1 := 2)` is a generic error, at the
        // furthest token pegen read: the ':=', or, after keywords (where only
        // `NAME '='` or a star may follow), the token after the NAME or the
        // expression's first token.
        if (this.is(":=")) {
          if (sawKeyword || sawDoubleStar) {
            const i = this.tokens.indexOf(t);
            this.raiseAtToken(t.type === NAME ? this.tokens[i + 1] : t, "invalid syntax");
          }
          this.invalidSyntax();
        }
        if (this.atForClause()) {
          const generators = this.forIfClauses();
          const gen = this.at({
            _type: "GeneratorExp" as const,
            elt: e,
            generators,
            lineno: 0,
            col_offset: 0,
            end_lineno: 0,
            end_col_offset: 0,
          }, t);
          if (args.length === 0 && keywords.length === 0 && this.is(")")) {
            this.next();
            this.level--;
            // The generator expression takes the call's parentheses.
            gen.lineno = open.lineno;
            gen.col_offset = open.col;
            const close = this.lastToken();
            gen.end_lineno = close.endLineno;
            gen.end_col_offset = close.endCol;
            return this.at({
              _type: "Call",
              func,
              args: [gen],
              keywords,
              lineno: 0,
              col_offset: 0,
              end_lineno: 0,
              end_col_offset: 0,
            }, s);
          }
          // invalid_arguments: only a comma, or arguments before it, make the
          // generator expression an unparenthesized argument.
          if (this.is(",") || args.length > 0 || keywords.length > 0) {
            this.raiseAtNode(gen, "Generator expression must be parenthesized");
          }
          this.invalidSyntax();
        }
        if (this.is("=")) {
          const eq = this.tok;
          // invalid_kwarg: the keyword token itself before the '=' (not a
          // parenthesized one), highlighted up to the '='.
          const prev = this.tokens[this.pos - 1];
          if (
            e._type === "Constant" && (e.value === true || e.value === false || e.value === null) &&
            prev.lineno === e.lineno && prev.col === e.col_offset
          ) {
            this.raiseRange(e, this.tokenSpan(eq), `cannot assign to ${exprName(e)}`);
          }
          this.raiseRange(
            e,
            this.tokenSpan(eq),
            'expression cannot contain assignment, perhaps you meant "=="?',
          );
        }
        if ((sawKeyword || sawDoubleStar) && orderError === null) {
          orderError = argumentsOrderMessage(sawDoubleStar);
        }
        args.push(e);
      }
      if (!this.is(",") && !this.is(")")) {
        this.unexpectedInBrackets(
          args.length > 0 && args[args.length - 1].end_col_offset === this.lastToken().endCol
            ? args[args.length - 1]
            : null,
        );
      }
      if (!this.accept(",")) break;
    }
    if (!this.is(")")) this.unexpectedInBrackets(null);
    if (orderError !== null) this.raiseSyntaxError(orderError);
    this.next();
    this.level--;
    return this.at({
      _type: "Call",
      func,
      args,
      keywords,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  lambdef(): Expr {
    const s = this.next();
    const args = this.parameters(":", false);
    this.expect(":");
    const body = this.expression();
    return this.at({
      _type: "Lambda",
      args,
      body,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  // -- Parameters (def and lambda) ----------------------------------------------------------------

  /** One parameter: NAME, with `: annotation` when `annotations`. */
  param(annotations: boolean, star: boolean): Arg {
    const t = this.tok;
    if (t.type !== NAME) this.invalidSyntax();
    this.next();
    let annotation: Expr | null = null;
    if (annotations && this.accept(":")) {
      // star_annotation: `*args: *Ts` (PEP 646).
      annotation = star && this.is("*") ? this.starredBitwiseOr() : this.expression();
    }
    return this.at({
      _type: "arg",
      arg: identifier(t.value),
      annotation,
      type_comment: null,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, t);
  }

  /**
   * A parameter list up to `close` (`)` for def, `:` for lambda), with the
   * checks of CPython's invalid_parameters / invalid_star_etc rules.
   */
  parameters(close: string, annotations: boolean): Arguments {
    const result: Arguments = {
      _type: "arguments",
      posonlyargs: [],
      args: [],
      vararg: null,
      kwonlyargs: [],
      kw_defaults: [],
      kwarg: null,
      defaults: [],
    };
    let state = 0; // 0: positional, 1: after '*', 2: after '**'
    let sawDefault = false;
    let sawSlash = false;
    let bareStar: Token | null = null;
    while (!this.is(close)) {
      const t = this.tok;
      if (state === 2) this.raiseAtToken(t, "arguments cannot follow var-keyword argument");
      if (t.value === "/") {
        if (sawSlash) this.raiseAtToken(t, "/ may appear only once");
        if (state === 1) this.raiseAtToken(t, "/ must be ahead of *");
        if (result.args.length === 0) this.raiseAtToken(t, "at least one argument must precede /");
        this.next();
        result.posonlyargs = result.args;
        result.args = [];
        sawSlash = true;
      } else if (t.value === "*") {
        if (state === 1) {
          // invalid_star_etc needs a parameter or ',' after the second '*'
          // (`'*' (param_no_default | ',')`); else the error is generic.
          const n = this.peek(1);
          const after = this.peek(2).value;
          if (
            n.value === "," ||
            (n.type === NAME && (after === "," || after === close || after === ":"))
          ) {
            this.raiseAtToken(t, "* argument may appear only once");
          }
          this.raiseAtToken(t, "invalid syntax");
        }
        this.next();
        state = 1;
        if (this.is(",") || this.is(close)) {
          bareStar = t;
        } else {
          result.vararg = this.param(annotations, true);
          if (this.is("=")) {
            this.raiseAtToken(this.tok, "var-positional argument cannot have default value");
          }
        }
      } else if (t.value === "**") {
        this.next();
        result.kwarg = this.param(annotations, false);
        if (this.is("=")) {
          this.raiseAtToken(this.tok, "var-keyword argument cannot have default value");
        }
        state = 2;
      } else {
        const a = this.param(annotations, false);
        let dflt: Expr | null = null;
        if (this.is("=")) {
          const eq = this.next();
          // invalid_default: `=` directly followed by ',' or ')'.
          if (this.is(",") || this.is(")")) {
            this.raiseAtToken(eq, "expected default value expression");
          }
          dflt = this.expression();
        }
        if (state === 0) {
          result.args.push(a);
          if (dflt !== null) {
            result.defaults.push(dflt);
            sawDefault = true;
          } else if (sawDefault) {
            this.raiseAtNode(a, "non-default argument follows default argument");
          }
        } else {
          result.kwonlyargs.push(a);
          result.kw_defaults.push(dflt);
          bareStar = null;
        }
      }
      if (!this.accept(",")) break;
      if (state === 2 && !this.is(close)) {
        this.raiseAtToken(this.tok, "arguments cannot follow var-keyword argument");
      }
    }
    if (bareStar !== null) this.raiseAtToken(bareStar, "named arguments must follow bare *");
    if (!this.is(close)) this.invalidSyntax();
    return result;
  }
}

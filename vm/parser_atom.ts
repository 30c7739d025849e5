/**
 * Atoms and displays: names, numbers, strings and f-strings, parenthesized
 * forms, list/set/dict displays and comprehensions, subscripts and `yield`,
 * as CPython 3.11's `Grammar/python.gram` (`atom`, `strings`, `tuple`,
 * `group`, `genexp`, `list`, `listcomp`, `dict`, `set`, `slices`, ...).
 *
 * @module
 */
import type { Comprehension, ConstantValue, Expr, ExprContext, Located } from "./ast.ts";
import { ELLIPSIS } from "./ast.ts";
import { Backtrack, type FstringInfo } from "./parser_base.ts";
import { PySyntaxError } from "./syntax_error.ts";
import { concatenateStrings, type StringHost } from "./string_literal.ts";
import {
  KEYWORD,
  NAME,
  NUMBER,
  OP,
  STRING,
  type Token,
  tokenize,
  type TokenizeResult,
} from "./tokenizer.ts";
import { ExprParser, numberValue } from "./parser_expr.ts";
import { getIntMaxStrDigits } from "./int.ts";

export abstract class AtomParser extends ExprParser implements StringHost {
  /** A parser of the same class, for an f-string replacement field. */
  abstract newParser(tokenized: TokenizeResult, fstring: FstringInfo): AtomParser;

  // -- Atoms ------------------------------------------------------------------------------

  constantNode(t: Token, value: ConstantValue): Expr {
    this.next();
    return {
      _type: "Constant",
      value,
      kind: null,
      lineno: t.lineno,
      col_offset: t.col,
      end_lineno: t.endLineno,
      end_col_offset: t.endCol,
    };
  }

  atom(): Expr {
    const t = this.tok;
    switch (t.type) {
      case NAME:
        this.next();
        return this.nameNode(t, "Load");
      case NUMBER: {
        const value = numberValue(t.value);
        if (typeof value === "bigint") this.checkDigits(t);
        return this.constantNode(t, value);
      }
      case STRING:
        return this.strings();
      case KEYWORD:
        if (t.value === "None") return this.constantNode(t, null);
        if (t.value === "True") return this.constantNode(t, true);
        if (t.value === "False") return this.constantNode(t, false);
        break;
      case OP:
        switch (t.value) {
          case "(":
            return this.parenAtom();
          case "[":
            return this.listAtom();
          case "{":
            return this.braceAtom();
          case "...":
            return this.constantNode(t, ELLIPSIS);
        }
    }
    return this.invalidSyntax();
  }

  /** A decimal int literal longer than `sys.get_int_max_str_digits()` is a SyntaxError. */
  checkDigits(t: Token): void {
    const limit = getIntMaxStrDigits();
    const text = t.value;
    if (limit === 0 || text.length <= limit || /^0[xob]/i.test(text)) return;
    const digits = text.replaceAll("_", "").length;
    if (digits <= limit) return;
    this.raiseAtToken(
      t,
      `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits} ` +
        "digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal " +
        "for huge integer literals to avoid decimal conversion limits.",
    );
  }

  /** STRING+: implicit concatenation, f-strings included. */
  strings(): Expr {
    const first = this.tok;
    const toks: Token[] = [first];
    this.next();
    while (this.tok.type === STRING) toks.push(this.next());
    return concatenateStrings(toks, this);
  }

  /** StringHost: parses an f-string replacement field's `(expr)` text. */
  parseExpr(text: string, firstLine: number, colShift: number): Expr {
    const sub = this.newParser(tokenize(text, this.filename, { firstLine, colShift }), {
      firstLine,
      colShift,
    });
    sub.depth = this.depth;
    return sub.run(() => sub.starExpressions());
  }

  /** Runs a start rule, preferring tokenizer errors as CPython does. */
  run<T>(rule: () => T): T {
    try {
      return rule();
    } catch (e) {
      if (e instanceof PySyntaxError) throw this.preferTokenizerError(this.legacyLookahead(e));
      if (e instanceof Backtrack) {
        throw this.preferTokenizerError(
          this.legacyLookahead(this.catchError(() => this.invalidSyntax())),
        );
      }
      throw e;
    }
  }

  /**
   * CPython's second pass tries invalid_legacy_expression (`NAME !'('
   * star_expressions`, for `print x`) where an expression starts with a
   * name, so after `name <token>` it reads on from the token that stopped the
   * first pass. What it reads decides which error wins: a tokenizer error it
   * reaches is raised instead, and its tokens count as read for "'(' was
   * never closed" (see preferTokenizerError).
   */
  legacyLookahead(err: PySyntaxError): PySyntaxError {
    if (err.msg !== "invalid syntax" || this.fstring !== null || this.pos === 0) return err;
    const t = this.tok;
    if (this.tokens[this.pos - 1].type !== NAME || t.value === "(" || t.lineno !== err.lineno) {
      return err;
    }
    const pos = this.pos, depth = this.depth, level = this.level;
    try {
      this.starExpressions();
    } catch (x) {
      if (this.tokError !== null && x === this.tokError.error) return this.tokError.error;
      if (!(x instanceof PySyntaxError) && !(x instanceof Backtrack)) throw x;
    } finally {
      this.reset(pos);
      this.depth = depth;
      this.level = level;
    }
    return err;
  }

  /** The error `fn` throws (used to build one without throwing it yet). */
  catchError(fn: () => void): PySyntaxError {
    try {
      fn();
    } catch (e) {
      if (e instanceof PySyntaxError) return e;
      throw e;
    }
    throw new Error("catchError: nothing was thrown");
  }

  error(msg: string): never {
    return this.raiseSyntaxError(msg);
  }

  errorAt(t: Token, msg: string): never {
    return this.raiseAtToken(t, msg);
  }

  /** Consumes a closing bracket, or explains why it is missing (`last`: the element before). */
  closeBracket(close: string, last: Expr | null = null): void {
    if (!this.is(close)) this.unexpectedInBrackets(last);
    this.next();
    this.level--;
  }

  /**
   * An element `a` inside brackets is followed by something that is neither
   * a comma nor the closing bracket. invalid_expression: when an expression
   * follows, CPython suggests the missing comma.
   */
  unexpectedInBrackets(a: Expr | null): never {
    // Other elements were checked as they were parsed (see missingComma);
    // a starred one is checked here.
    if (a !== null && a._type === "Starred" && this.level > 0 && this.startsExpression()) {
      const b = this.expressionWithoutInvalid();
      if (b !== null) this.raiseRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
    }
    return this.invalidSyntax();
  }

  /** '(' ... ')': empty tuple, group, tuple, generator expression, or yield. */
  parenAtom(): Expr {
    const s = this.next();
    this.level++;
    if (this.is(")")) {
      this.next();
      this.level--;
      return this.at({
        _type: "Tuple" as const,
        elts: [],
        ctx: "Load" as ExprContext,
        lineno: 0,
        col_offset: 0,
        end_lineno: 0,
        end_col_offset: 0,
      }, s);
    }
    if (this.is("yield")) {
      const y = this.yieldExpr();
      this.closeBracket(")");
      return y;
    }
    if (this.is("**")) {
      const star = this.next();
      this.expression();
      if (this.is(")")) this.raiseAtToken(star, "cannot use double starred expression here");
      this.invalidSyntax();
    }
    const first = this.starNamedExpression();
    // invalid_comprehension: `('[' | '(' | '{') starred_expression for_if_clauses`.
    if (first._type === "Starred" && this.atForClause()) {
      this.raiseAtNode(first, "iterable unpacking cannot be used in comprehension");
    }
    if (first._type !== "Starred" && this.atForClause()) {
      const generators = this.forIfClauses();
      this.closeBracket(")", null);
      return this.at({
        _type: "GeneratorExp",
        elt: first,
        generators,
        lineno: 0,
        col_offset: 0,
        end_lineno: 0,
        end_col_offset: 0,
      }, s);
    }
    if (this.is(")")) {
      this.next();
      this.level--;
      if (first._type === "Starred") this.raiseAtNode(first, "cannot use starred expression here");
      return first;
    }
    if (!this.is(",")) this.unexpectedInBrackets(first);
    const elts = [first];
    while (this.accept(",")) {
      if (this.is(")")) break;
      elts.push(this.starNamedExpression());
    }
    this.closeBracket(")", elts[elts.length - 1]);
    return this.at({
      _type: "Tuple" as const,
      elts,
      ctx: "Load" as ExprContext,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  /** '[' ... ']': list display or list comprehension. */
  listAtom(): Expr {
    const s = this.next();
    this.level++;
    if (this.is("]")) {
      this.next();
      this.level--;
      return this.at({
        _type: "List",
        elts: [],
        ctx: "Load" as ExprContext,
        lineno: 0,
        col_offset: 0,
        end_lineno: 0,
        end_col_offset: 0,
      }, s);
    }
    const first = this.starNamedExpression();
    if (this.atForClause()) {
      if (first._type === "Starred") {
        this.raiseAtNode(first, "iterable unpacking cannot be used in comprehension");
      }
      const generators = this.forIfClauses();
      this.closeBracket("]");
      return this.at({
        _type: "ListComp",
        elt: first,
        generators,
        lineno: 0,
        col_offset: 0,
        end_lineno: 0,
        end_col_offset: 0,
      }, s);
    }
    const elts = [first];
    while (this.accept(",")) {
      if (this.is("]")) break;
      elts.push(this.starNamedExpression());
    }
    this.closeBracket("]", elts[elts.length - 1]);
    return this.at({
      _type: "List",
      elts,
      ctx: "Load" as ExprContext,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  /** '{' ... '}': dict or set display, or their comprehensions. */
  braceAtom(): Expr {
    const s = this.next();
    this.level++;
    if (this.is("}")) {
      this.next();
      this.level--;
      return this.at({
        _type: "Dict",
        keys: [],
        values: [],
        lineno: 0,
        col_offset: 0,
        end_lineno: 0,
        end_col_offset: 0,
      }, s);
    }
    if (this.is("**")) {
      const star = this.tok;
      const value = this.doubleStarred();
      if (this.atForClause()) {
        this.raiseAtToken(star, "dict unpacking cannot be used in dict comprehension");
      }
      return this.dictRest(s, null, value);
    }
    const first = this.starNamedExpression();
    if (
      first._type !== "Starred" && !this.is(":") && !this.is(",") && !this.is("}") &&
      !this.atForClause()
    ) {
      this.unexpectedInBrackets(first);
    }
    if (this.is(":") && first._type !== "Starred") {
      const value = this.dictValue();
      if (this.atForClause()) {
        const generators = this.forIfClauses();
        this.closeBracket("}");
        return this.at({
          _type: "DictComp",
          key: first,
          value,
          generators,
          lineno: 0,
          col_offset: 0,
          end_lineno: 0,
          end_col_offset: 0,
        }, s);
      }
      return this.dictRest(s, first, value);
    }
    if (this.atForClause()) {
      if (first._type === "Starred") {
        this.raiseAtNode(first, "iterable unpacking cannot be used in comprehension");
      }
      const generators = this.forIfClauses();
      this.closeBracket("}");
      return this.at({
        _type: "SetComp",
        elt: first,
        generators,
        lineno: 0,
        col_offset: 0,
        end_lineno: 0,
        end_col_offset: 0,
      }, s);
    }
    const elts = [first];
    while (this.accept(",")) {
      if (this.is("}")) break;
      elts.push(this.starNamedExpression());
    }
    this.closeBracket("}", elts[elts.length - 1]);
    return this.at({
      _type: "Set",
      elts,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  /** invalid_kvpair: the caret on the key's last character, no end. */
  missingDictColon(key: Expr): never {
    throw this.makeError(
      "SyntaxError",
      "':' expected after dictionary key",
      key.lineno,
      key.end_col_offset,
      key.end_lineno,
      0,
    );
  }

  /** A token's span as a Located. */
  tokenSpan(t: Token): Located {
    return {
      lineno: t.lineno,
      col_offset: t.col,
      end_lineno: t.endLineno,
      end_col_offset: t.endCol,
    };
  }

  /** `':' expression` after a dict key; invalid_kvpair reports a missing value at the ':'. */
  dictValue(): Expr {
    const colon = this.next();
    if (this.is("}") || this.is(",")) {
      this.raiseAtToken(colon, "expression expected after dictionary key and ':'");
    }
    return this.expression();
  }

  /** `'**' bitwise_or` in a dict display. */
  doubleStarred(): Expr {
    this.next();
    return this.bitwiseOr();
  }

  /** The entries of a dict display after the first one. */
  dictRest(s: Token, firstKey: Expr | null, firstValue: Expr): Expr {
    const keys: (Expr | null)[] = [firstKey];
    const values: Expr[] = [firstValue];
    while (this.accept(",")) {
      if (this.is("}")) break;
      if (this.is("**")) {
        keys.push(null);
        values.push(this.doubleStarred());
        continue;
      }
      // invalid_kvpair wins over the missing-comma check for keys after the first.
      const saved = this.withoutInvalid;
      this.withoutInvalid = true;
      let key: Expr;
      try {
        key = this.expression();
      } finally {
        this.withoutInvalid = saved;
      }
      if (!this.is(":")) this.missingDictColon(key);
      keys.push(key);
      values.push(this.dictValue());
    }
    this.closeBracket("}", values[values.length - 1]);
    return this.at({
      _type: "Dict",
      keys,
      values,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  // -- Comprehensions -----------------------------------------------------------------------

  /** for_if_clauses. */
  forIfClauses(): Comprehension[] {
    const out: Comprehension[] = [];
    while (this.atForClause()) {
      let isAsync = 0;
      if (this.is("async")) {
        this.next();
        isAsync = 1;
      }
      this.next();
      const target = this.starTargets("for", "in");
      this.expect("in");
      const iter = this.disjunction();
      const ifs: Expr[] = [];
      while (this.is("if")) {
        this.next();
        ifs.push(this.disjunction());
      }
      out.push({ _type: "comprehension", target, iter, ifs, is_async: isAsync });
    }
    return out;
  }

  // -- Subscripts -----------------------------------------------------------------------------

  /** slices: one slice, or a tuple of slices and starred expressions. */
  slices(): Expr {
    const s = this.tok;
    const first = this.is("*") ? this.starredExpression() : this.slice();
    if (!this.is(",")) {
      if (first._type === "Starred") {
        return this.at({
          _type: "Tuple" as const,
          elts: [first],
          ctx: "Load" as ExprContext,
          lineno: 0,
          col_offset: 0,
          end_lineno: 0,
          end_col_offset: 0,
        }, s);
      }
      return first;
    }
    const elts = [first];
    while (this.accept(",")) {
      if (this.is("]")) break;
      elts.push(this.is("*") ? this.starredExpression() : this.slice());
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
  }

  /** slice: `[expression] ':' [expression] [':' [expression]]` or named_expression. */
  slice(): Expr {
    const s = this.tok;
    let lower: Expr | null = null;
    if (!this.is(":")) {
      lower = this.namedExpression();
      if (!this.is(":")) return lower;
    }
    this.next();
    let upper: Expr | null = null;
    let step: Expr | null = null;
    let v = this.tok.value;
    if (v !== ":" && v !== "]" && v !== ",") upper = this.expression();
    if (this.accept(":")) {
      v = this.tok.value;
      if (v !== "]" && v !== ",") step = this.expression();
    }
    return this.at({
      _type: "Slice",
      lower,
      upper,
      step,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  /** starred_expression: `'*' expression`. */
  starredExpression(): Expr {
    const s = this.next();
    const value = this.expression();
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

  // -- yield and lambda -----------------------------------------------------------------------

  /** yield_expr: `'yield' 'from' expression | 'yield' [star_expressions]`. */
  yieldExpr(): Expr {
    const s = this.next();
    if (this.is("from")) {
      this.next();
      const value = this.expression();
      return this.at({
        _type: "YieldFrom",
        value,
        lineno: 0,
        col_offset: 0,
        end_lineno: 0,
        end_col_offset: 0,
      }, s);
    }
    const value = this.startsExpression() ? this.starExpressions() : null;
    return this.at({
      _type: "Yield",
      value,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }
}

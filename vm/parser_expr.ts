/**
 * Expressions: a recursive-descent, precedence-climbing rendering of the
 * expression rules of CPython 3.11's `Grammar/python.gram` (star_expressions
 * down to atoms, displays, comprehensions, subscripts, strings), building
 * exactly the nodes (and node positions) pegen builds. Calls, lambdas,
 * parameters and targets are in `parser_args.ts`.
 *
 * Diagnostics follow pegen's two passes: the first parses; when it fails,
 * the second retries with the invalid_* rules that name the mistake. Here the
 * first pass is the ordinary parse, and the invalid_* rules run where the
 * parse fails, their extra parsing done in `probe`s.
 *
 * @module
 */
import type {
  BoolOperator,
  CmpOperator,
  Comprehension,
  ConstantValue,
  Expr,
  ExprContext,
  Name,
  Operator,
  Starred,
} from "./ast.ts";
import { ParserBase } from "./parser_base.ts";
import { exprName, type TargetsType } from "./parser_errors.ts";
import { KEYWORD, NAME, NUMBER, OP, STRING, type Token } from "./tokenizer.ts";

/** Binary operators by precedence, lowest first (bitwise_or ... term). */
const BINARY_PREC: ReadonlyMap<string, number> = new Map([
  ["|", 1],
  ["^", 2],
  ["&", 3],
  ["<<", 4],
  [">>", 4],
  ["+", 5],
  ["-", 5],
  ["*", 6],
  ["/", 6],
  ["//", 6],
  ["%", 6],
  ["@", 6],
]);

const BINARY_OP: ReadonlyMap<string, Operator> = new Map([
  ["|", "BitOr"],
  ["^", "BitXor"],
  ["&", "BitAnd"],
  ["<<", "LShift"],
  [">>", "RShift"],
  ["+", "Add"],
  ["-", "Sub"],
  ["*", "Mult"],
  ["/", "Div"],
  ["//", "FloorDiv"],
  ["%", "Mod"],
  ["@", "MatMult"],
]);

const COMPARE_OP: ReadonlyMap<string, CmpOperator> = new Map([
  ["==", "Eq"],
  ["!=", "NotEq"],
  ["<", "Lt"],
  ["<=", "LtE"],
  [">", "Gt"],
  [">=", "GtE"],
  ["in", "In"],
  ["is", "Is"],
]);

/** Operator tokens that can begin an expression. */
const EXPR_START_OPS: ReadonlySet<string> = new Set(["(", "[", "{", "-", "+", "~", "...", "*"]);
const EXPR_START_KEYWORDS: ReadonlySet<string> = new Set([
  "not",
  "lambda",
  "await",
  "None",
  "True",
  "False",
]);

/** Identifiers are NFKC-normalized (pegen.c _PyPegen_new_identifier). */
export function identifier(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 128) return text.normalize("NFKC");
  }
  return text;
}

/** The value of a NUMBER token. */
export function numberValue(text: string): ConstantValue {
  const clean = text.indexOf("_") >= 0 ? text.replaceAll("_", "") : text;
  const last = clean.charCodeAt(clean.length - 1);
  if (last === 106 || last === 74) return { imag: Number(clean.slice(0, -1)) };
  const second = clean.length > 1 ? clean.charCodeAt(1) | 0x20 : 0;
  if (clean.charCodeAt(0) === 48 && (second === 120 || second === 111 || second === 98)) {
    return BigInt(clean);
  }
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return Number(clean);
  }
  return BigInt(clean);
}

/** Gives a target and its sub-targets the context `ctx`. */
export function setContext(e: Expr, ctx: ExprContext): void {
  switch (e._type) {
    case "Name":
    case "Attribute":
    case "Subscript":
      e.ctx = ctx;
      return;
    case "Starred":
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case "List":
    case "Tuple":
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      return;
  }
}

export abstract class ExprParser extends ParserBase {
  /**
   * Set while parsing what pegen parses with its invalid_* rules off
   * (`expression_without_invalid`): no diagnostics, just a parse or a failure.
   */
  withoutInvalid = false;

  /** Tuples built by star_expressions without parentheses (error messages tell them apart). */
  readonly bareTuples: WeakSet<Expr> = new WeakSet();

  // -- Lookahead helpers ---------------------------------------------------------------

  /** Can the current token begin an expression (star_expression included)? */
  startsExpression(t: Token = this.tok): boolean {
    const ty = t.type;
    if (ty === NAME || ty === NUMBER || ty === STRING) return true;
    if (ty === OP) return EXPR_START_OPS.has(t.value);
    if (ty === KEYWORD) return EXPR_START_KEYWORDS.has(t.value);
    return false;
  }

  /** Is the current token `for`, or `async for` (a comprehension clause)? */
  atForClause(): boolean {
    const v = this.tok.value;
    return v === "for" || (v === "async" && this.peek(1).value === "for");
  }

  // -- star_expressions and friends -------------------------------------------------------

  /** star_expressions: a tuple when there is a comma. */
  starExpressions(): Expr {
    const s = this.tok;
    const first = this.starExpression();
    if (!this.is(",")) return first;
    const elts = [first];
    while (this.accept(",")) {
      if (!this.startsExpression()) break;
      elts.push(this.starExpression());
    }
    const tuple = this.at({
      _type: "Tuple" as const,
      elts,
      ctx: "Load" as ExprContext,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
    this.bareTuples.add(tuple);
    return tuple;
  }

  /** star_expression: `'*' bitwise_or | expression`. */
  starExpression(): Expr {
    if (this.is("*")) return this.starredBitwiseOr();
    return this.expression();
  }

  /** star_named_expression: `'*' bitwise_or | named_expression`. */
  starNamedExpression(): Expr {
    if (this.is("*")) return this.starredBitwiseOr();
    return this.namedExpression();
  }

  starredBitwiseOr(): Starred {
    const s = this.next();
    const value = this.bitwiseOr();
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

  /**
   * named_expression / assignment_expression: `NAME ':=' expression | expression`.
   * With `checkEquals`, a following '=' is reported as invalid_named_expression;
   * with `checkWalrus`, a ':=' after a non-name is.
   */
  namedExpression(checkEquals = true, checkWalrus = true): Expr {
    const s = this.tok;
    if (s.type === NAME && this.peek(1).value === ":=") {
      this.next();
      this.next();
      const value = this.expression();
      const target = this.nameNode(s, "Store");
      return this.at({
        _type: "NamedExpr",
        target,
        value,
        lineno: 0,
        col_offset: 0,
        end_lineno: 0,
        end_col_offset: 0,
      }, s);
    }
    const e = this.expression();
    const v = this.tok.value;
    if (v === ":=" && checkWalrus) {
      // invalid_named_expression needs a value after ':=' to apply.
      const value = this.probe(() => {
        this.next();
        return this.expression();
      });
      if (value === null) this.invalidSyntax();
      this.raiseAtNode(e, `cannot use assignment expressions with ${exprName(e)}`);
    }
    if (v === "=" && checkEquals) this.invalidNamedExpression(s, e);
    return e;
  }

  /**
   * invalid_named_expression: a named expression followed by a single '='
   * (`if x = 1:`), which CPython reports as a mistaken comparison.
   */
  invalidNamedExpression(s: Token, e: Expr): never {
    const eq = this.tok;
    const atom = this.leftmostAtom(e);
    const isBitwiseOr = !this.isAboveBitwiseOr(e);
    if (isBitwiseOr) {
      const rhs = this.probe(() => {
        this.next();
        return this.bitwiseOr();
      });
      if (rhs !== null && !this.is("=") && !this.is(":=")) {
        if (e._type === "Name" && s.type === NAME && e.col_offset === s.col) {
          this.raiseRange(e, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        const excluded = atom !== null &&
          (atom._type === "List" || atom._type === "Tuple" || atom._type === "GeneratorExp" ||
            (atom._type === "Constant" &&
              (atom.value === true || atom.value === false || atom.value === null) &&
              s.type === KEYWORD));
        if (!excluded) {
          this.raiseAtNode(
            e,
            `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`,
          );
        }
      }
    }
    return this.raiseAtToken(eq, "invalid syntax");
  }

  /** The atom an expression starts with, if the expression begins with it. */
  leftmostAtom(e: Expr): Expr | null {
    let x: Expr = e;
    for (;;) {
      let inner: Expr;
      switch (x._type) {
        case "BinOp":
          inner = x.left;
          break;
        case "Attribute":
        case "Subscript":
          inner = x.value;
          break;
        case "Call":
          inner = x.func;
          break;
        default:
          return x;
      }
      if (inner.lineno !== x.lineno || inner.col_offset !== x.col_offset) return null;
      x = inner;
    }
  }

  /** True for nodes only rules above bitwise_or build. */
  isAboveBitwiseOr(e: Expr): boolean {
    const t = e._type;
    return t === "Compare" || t === "BoolOp" || t === "IfExp" || t === "Lambda" ||
      (t === "UnaryOp" && e.op === "Not");
  }

  // -- expression ... factor -----------------------------------------------------------

  /** expression: conditional expressions, lambdas, and everything below. */
  expression(): Expr {
    this.enter();
    const s = this.tok;
    let r: Expr;
    if (s.value === "lambda") {
      r = this.lambdef();
    } else {
      r = this.disjunction();
      if (this.is("if")) {
        this.next();
        const ifPos = this.pos - 1;
        const test = this.disjunction();
        if (!this.is("else")) {
          if (this.withoutInvalid) {
            // Without invalid rules the conditional alternative just fails.
            this.reset(ifPos);
            this.depth--;
            return r;
          }
          if (!this.is(":")) this.raiseRange(r, test, "expected 'else' after 'if' expression");
          this.invalidSyntax();
        }
        this.next();
        const orelse = this.expression();
        r = this.at({
          _type: "IfExp",
          test,
          body: r,
          orelse,
          lineno: 0,
          col_offset: 0,
          end_lineno: 0,
          end_col_offset: 0,
        }, s);
      } else if (this.level > 0 && !this.withoutInvalid && this.startsExpression()) {
        this.missingComma(s, r);
      }
    }
    this.depth--;
    return r;
  }

  /**
   * invalid_expression: inside brackets, a disjunction `a` directly followed
   * by another expression `b` is reported as a missing comma (except after
   * `print`/`exec`, a name followed by a string, or a soft keyword).
   */
  missingComma(s: Token, a: Expr): void {
    if (a._type === "Name" && (a.id === "print" || a.id === "exec")) return;
    if (s.type === NAME) {
      // CPython 3.11 pegen.c _PyPegen_soft_keyword_token compares only the
      // token's length (strncmp): `c` or `mat` count as soft keywords too.
      const v = s.value;
      if ("match".startsWith(v) || "case".startsWith(v) || "_".startsWith(v)) return;
      const i = this.tokens.indexOf(s);
      if (i >= 0 && this.tokens[i + 1].type === STRING) return;
    }
    const b = this.expressionWithoutInvalid();
    if (b !== null) this.raiseRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
  }

  /** expression_without_invalid: an expression, or null (cursor unmoved) if none parses. */
  expressionWithoutInvalid(): Expr | null {
    const saved = this.withoutInvalid;
    this.withoutInvalid = true;
    try {
      return this.probe(() => this.expression());
    } finally {
      this.withoutInvalid = saved;
    }
  }

  disjunction(): Expr {
    const s = this.tok;
    const first = this.conjunction();
    if (!this.is("or")) return first;
    const values = [first];
    while (this.accept("or")) values.push(this.conjunction());
    return this.at({
      _type: "BoolOp",
      op: "Or" as BoolOperator,
      values,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  conjunction(): Expr {
    const s = this.tok;
    const first = this.inversion();
    if (!this.is("and")) return first;
    const values = [first];
    while (this.accept("and")) values.push(this.inversion());
    return this.at({
      _type: "BoolOp",
      op: "And" as BoolOperator,
      values,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  inversion(): Expr {
    const s = this.tok;
    if (s.value !== "not") return this.comparison();
    this.enter();
    this.next();
    const operand = this.inversion();
    this.depth--;
    return this.at({
      _type: "UnaryOp",
      op: "Not" as const,
      operand,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  comparison(): Expr {
    const s = this.tok;
    const left = this.bitwiseOr();
    let op = this.compareOp();
    if (op === null) return left;
    const ops: CmpOperator[] = [];
    const comparators: Expr[] = [];
    while (op !== null) {
      ops.push(op);
      comparators.push(this.bitwiseOr());
      op = this.compareOp();
    }
    return this.at({
      _type: "Compare",
      left,
      ops,
      comparators,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  /** Consumes a comparison operator (`not in` and `is not` are two tokens). */
  compareOp(): CmpOperator | null {
    const v = this.tok.value;
    if (v === "not") {
      if (this.peek(1).value !== "in") return null;
      this.next();
      this.next();
      return "NotIn";
    }
    const op = COMPARE_OP.get(v);
    if (op === undefined || (this.tok.type !== OP && this.tok.type !== KEYWORD)) return null;
    this.next();
    if (op === "Is" && this.accept("not")) return "IsNot";
    return op;
  }

  bitwiseOr(): Expr {
    return this.binary(1);
  }

  /** bitwise_or down to term, by precedence climbing (all left-associative). */
  binary(minPrec: number): Expr {
    const s = this.tok;
    let left = this.factor();
    for (;;) {
      const t = this.tok;
      if (t.type !== OP) return left;
      const prec = BINARY_PREC.get(t.value);
      if (prec === undefined || prec < minPrec) return left;
      this.next();
      const right = prec === 6 ? this.factor() : this.binary(prec + 1);
      left = this.at({
        _type: "BinOp",
        left,
        op: BINARY_OP.get(t.value)!,
        right,
        lineno: 0,
        col_offset: 0,
        end_lineno: 0,
        end_col_offset: 0,
      }, s);
    }
  }

  factor(): Expr {
    const s = this.tok;
    const v = s.value;
    if (s.type === OP && (v === "-" || v === "+" || v === "~")) {
      this.enter();
      this.next();
      const operand = this.factor();
      this.depth--;
      const op = v === "-" ? "USub" as const : v === "+" ? "UAdd" as const : "Invert" as const;
      return this.at({
        _type: "UnaryOp",
        op,
        operand,
        lineno: 0,
        col_offset: 0,
        end_lineno: 0,
        end_col_offset: 0,
      }, s);
    }
    return this.power();
  }

  power(): Expr {
    const s = this.tok;
    let left: Expr;
    if (s.value === "await") {
      this.next();
      const value = this.primary();
      left = this.at({
        _type: "Await",
        value,
        lineno: 0,
        col_offset: 0,
        end_lineno: 0,
        end_col_offset: 0,
      }, s);
    } else {
      left = this.primary();
    }
    if (!this.is("**")) return left;
    this.next();
    const right = this.factor();
    return this.at({
      _type: "BinOp",
      left,
      op: "Pow" as Operator,
      right,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  /** primary: an atom followed by `.name`, calls and subscripts. */
  primary(): Expr {
    const s = this.tok;
    let e = this.atom();
    for (;;) {
      const v = this.tok.value;
      if (v === ".") {
        this.next();
        const n = this.tok;
        if (n.type !== NAME) this.invalidSyntax();
        this.next();
        e = this.at({
          _type: "Attribute",
          value: e,
          attr: identifier(n.value),
          ctx: "Load" as ExprContext,
          lineno: 0,
          col_offset: 0,
          end_lineno: 0,
          end_col_offset: 0,
        }, s);
      } else if (v === "(") {
        e = this.call(e, s);
      } else if (v === "[") {
        this.next();
        this.level++;
        const slice = this.slices();
        this.closeBracket("]", slice);
        e = this.at({
          _type: "Subscript",
          value: e,
          slice,
          ctx: "Load" as ExprContext,
          lineno: 0,
          col_offset: 0,
          end_lineno: 0,
          end_col_offset: 0,
        }, s);
      } else {
        return e;
      }
    }
  }

  // -- Nodes ---------------------------------------------------------------------------

  nameNode(t: Token, ctx: ExprContext): Name {
    return {
      _type: "Name",
      id: identifier(t.value),
      ctx,
      lineno: t.lineno,
      col_offset: t.col,
      end_lineno: t.endLineno,
      end_col_offset: t.endCol,
    };
  }

  // -- Provided by AtomParser (parser_atom.ts) and ArgsParser (parser_args.ts) ---------

  abstract atom(): Expr;
  abstract slices(): Expr;
  abstract closeBracket(close: string, last?: Expr | null): void;
  abstract yieldExpr(): Expr;
  abstract forIfClauses(): Comprehension[];
  abstract starTargets(type: TargetsType, terminator: string): Expr;
  abstract call(func: Expr, s: Token): Expr;
  abstract lambdef(): Expr;
}

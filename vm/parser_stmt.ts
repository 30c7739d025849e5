/**
 * Simple statements: the statement dispatch, assignments in all their forms
 * (with the invalid_assignment diagnostics), `del`, `import`, `raise`,
 * `global`/`nonlocal`, `assert` and friends, after CPython 3.11's
 * `Grammar/python.gram`. Compound statements are in `parser_compound.ts`.
 *
 * @module
 */
import type { Alias, Expr, Module, Operator, Stmt } from "./ast.ts";
import { ArgsParser } from "./parser_args.ts";
import { identifier, setContext } from "./parser_expr.ts";
import { exprName, invalidTarget, invalidTargetMessage } from "./parser_errors.ts";
import { PySyntaxError } from "./syntax_error.ts";
import { INDENT, NAME, NEWLINE, NUMBER, OP, STRING, type Token } from "./tokenizer.ts";

const AUG_OPS: ReadonlyMap<string, Operator> = new Map([
  ["+=", "Add"],
  ["-=", "Sub"],
  ["*=", "Mult"],
  ["@=", "MatMult"],
  ["/=", "Div"],
  ["%=", "Mod"],
  ["&=", "BitAnd"],
  ["|=", "BitOr"],
  ["^=", "BitXor"],
  ["<<=", "LShift"],
  [">>=", "RShift"],
  ["**=", "Pow"],
  ["//=", "FloorDiv"],
]);

export abstract class StmtParser extends ArgsParser {
  /** file: statements ENDMARKER. */
  file(): Module {
    const body: Stmt[] = [];
    while (!this.atEnd()) this.statement(body);
    return { _type: "Module", body, type_ignores: [] };
  }

  /** One statement (a compound statement, or a line of simple statements). */
  statement(out: Stmt[]): void {
    const t = this.tok;
    if (t.type === INDENT) this.raiseIndentationError("unexpected indent");
    switch (t.value) {
      case "def":
        out.push(this.functionDef([], t));
        return;
      case "if":
        out.push(this.ifStmt());
        return;
      case "class":
        out.push(this.classDef([]));
        return;
      case "with":
        out.push(this.withStmt(t));
        return;
      case "for":
        out.push(this.forStmt(t));
        return;
      case "try":
        out.push(this.tryStmt());
        return;
      case "while":
        out.push(this.whileStmt());
        return;
      case "@":
        out.push(this.decorated());
        return;
      case "async": {
        const n = this.peek(1).value;
        if (n === "def") return void out.push(this.functionDef([], t));
        if (n === "with") return void out.push(this.withStmt(t));
        if (n === "for") return void out.push(this.forStmt(t));
        break;
      }
      case "match":
        if (t.type === NAME) this.checkMatchStatement();
        break;
    }
    this.simpleStmts(out);
  }

  /** `match` statements are recognized only to be reported as unsupported. */
  checkMatchStatement(): void {
    const start = this.pos;
    const colon = this.tryParse(() => {
      this.next();
      this.starExpressions();
      return this.is(":");
    });
    if (colon === false && this.isType(NEWLINE)) this.matchWithoutColon = true;
    const isMatch = colon === true && this.peek(1).type === NEWLINE;
    this.reset(start);
    if (isMatch) this.raiseSyntaxError("match statements are not supported");
  }

  /**
   * Set once a line `match <subject>` ending without ':' was read (such as
   * the expression statement `match [0]`): CPython 3.11's second pass then
   * raises invalid_match_stmt's "expected ':'" for any error after it.
   */
  matchWithoutColon = false;

  override run<T>(rule: () => T): T {
    try {
      return super.run(rule);
    } catch (e) {
      if (e instanceof PySyntaxError && this.matchWithoutColon && e !== this.tokError?.error) {
        // RAISE_SYNTAX_ERROR: at the furthest token the first pass read.
        this.raiseAtToken(this.tokens[this.firstPassFurthest], "expected ':'");
      }
      throw e;
    }
  }

  /** simple_stmts: `simple_stmt (';' simple_stmt)* [';'] NEWLINE`. */
  simpleStmts(out: Stmt[]): void {
    for (;;) {
      out.push(this.simpleStmt());
      if (this.tok.type === NEWLINE) {
        this.next();
        return;
      }
      if (!this.is(";")) this.unexpectedAfterStatement(out[out.length - 1]);
      this.next();
      if (this.tok.type === NEWLINE) {
        this.next();
        return;
      }
    }
  }

  /** A simple statement is followed by neither ';' nor the end of the line. */
  unexpectedAfterStatement(st: Stmt): never {
    // invalid_legacy_expression: `print x`, `exec code`.
    if (
      st._type === "Expr" && st.value._type === "Name" &&
      (st.value.id === "print" || st.value.id === "exec") &&
      this.startsExpression()
    ) {
      const a = st.value;
      const b = this.probe(() => this.starExpressions());
      if (b !== null) {
        this.raiseRange(
          a,
          b,
          `Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`,
        );
      }
    }
    return this.invalidSyntax();
  }

  simpleStmt(): Stmt {
    const s = this.tok;
    switch (s.value) {
      case "pass":
        this.next();
        return this.at({
          _type: "Pass",
          lineno: 0,
          col_offset: 0,
          end_lineno: 0,
          end_col_offset: 0,
        }, s);
      case "break":
        this.next();
        return this.at({
          _type: "Break",
          lineno: 0,
          col_offset: 0,
          end_lineno: 0,
          end_col_offset: 0,
        }, s);
      case "continue":
        this.next();
        return this.at({
          _type: "Continue",
          lineno: 0,
          col_offset: 0,
          end_lineno: 0,
          end_col_offset: 0,
        }, s);
      case "return": {
        this.next();
        const value = this.startsExpression() ? this.starExpressions() : null;
        return this.at({
          _type: "Return",
          value,
          lineno: 0,
          col_offset: 0,
          end_lineno: 0,
          end_col_offset: 0,
        }, s);
      }
      case "import":
        return this.importName();
      case "from":
        return this.importFrom();
      case "raise":
        return this.raiseStmt();
      case "global":
      case "nonlocal":
        return this.globalStmt(s.value === "global" ? "Global" : "Nonlocal");
      case "del":
        return this.delStmt();
      case "assert": {
        this.next();
        const test = this.expression();
        const msg = this.accept(",") ? this.expression() : null;
        return this.at({
          _type: "Assert",
          test,
          msg,
          lineno: 0,
          col_offset: 0,
          end_lineno: 0,
          end_col_offset: 0,
        }, s);
      }
    }
    return this.expressionStmt();
  }

  // -- Expression statements and assignments ---------------------------------------------

  expressionStmt(): Stmt {
    const s = this.tok;
    const first = s.value === "yield" ? this.yieldExpr() : this.starExpressions();
    const t = this.tok;
    if (t.value === "=") return this.assignment(s, first);
    if (t.value === ":=") this.walrusAtStatementLevel(first);
    if (t.value === ":") return this.annAssign(s, first);
    if (t.type === OP) {
      const op = AUG_OPS.get(t.value);
      if (op !== undefined) return this.augAssign(s, first, op);
    }
    return this.at({
      _type: "Expr",
      value: first,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  /**
   * `x.y := 1` as a statement: invalid_named_expression names the target
   * (a plain name just gets "invalid syntax" at the ':=').
   */
  walrusAtStatementLevel(first: Expr): void {
    let target = first;
    if (first._type === "Tuple" && this.bareTuples.has(first)) {
      target = first.elts[first.elts.length - 1];
    }
    if (
      target._type !== "Name" && target._type !== "Starred" &&
      target.end_col_offset === this.lastToken().endCol
    ) {
      const at = this.pos;
      const value = this.probe(() => {
        this.next();
        return this.expression();
      });
      this.reset(at);
      if (value !== null) {
        this.raiseAtNode(target, `cannot use assignment expressions with ${exprName(target)}`);
      }
    }
  }

  /** The right side of an assignment: `yield_expr | star_expressions`. */
  annotatedRhs(): Expr {
    return this.is("yield") ? this.yieldExpr() : this.starExpressions();
  }

  assignment(s: Token, first: Expr): Stmt {
    const targets = [first];
    const eqs: number[] = [];
    let value: Expr;
    // pegen's first pass reads `(star_targets '=')+` no further than the '='
    // after the first target that is not one: the rest only its second pass reads.
    let probing = false;
    try {
      for (;;) {
        eqs.push(this.pos);
        const last = targets[targets.length - 1];
        if (
          !probing &&
          (last._type === "Yield" || last._type === "YieldFrom" ||
            invalidTarget(last, "star") !== null)
        ) {
          this.probing++;
          probing = true;
        }
        this.next();
        // When nothing after the '=' can start a right side, every assignment
        // alternative of pegen fails and invalid_assignment reports the
        // targets read so far (`f() =`, `a, b = c, d = = e`).
        if (!this.is("yield") && !this.startsExpression()) this.invalidAssignment(s, targets, eqs);
        const rhs = this.annotatedRhs();
        if (!this.is("=")) {
          value = rhs;
          break;
        }
        targets.push(rhs);
      }
    } finally {
      if (probing) this.probing--;
    }
    for (const t of targets) {
      if (t._type === "Yield" || t._type === "YieldFrom" || invalidTarget(t, "star") !== null) {
        this.invalidAssignment(s, targets, eqs);
      }
    }
    for (const t of targets) setContext(t, "Store");
    return this.at({
      _type: "Assign",
      targets,
      value,
      type_comment: null,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  /**
   * invalid_assignment for `=`: first the named-expression check on the first
   * target (CPython reparses it as a comparison typed with '='), then the first
   * target that cannot be assigned.
   */
  invalidAssignment(s: Token, targets: Expr[], eqs: number[]): never {
    const first = targets[0];
    const end = this.pos;
    let candidate: Expr | null = first;
    let candidateStart = s;
    if (first._type === "Tuple" && this.isBareTuple(first, s)) {
      const last = first.elts[first.elts.length - 1];
      const trailingComma = last.end_lineno !== first.end_lineno ||
        last.end_col_offset !== first.end_col_offset;
      candidate = trailingComma ? null : last;
      candidateStart = this.tokenAt(last);
    }
    // A bare `yield` is no star_named_expression: only the yield rule applies.
    const bareYield = s.value === "yield";
    if (candidate !== null && candidate._type !== "Starred" && !bareYield) {
      this.reset(eqs[0]);
      this.equalsCheck(candidateStart, candidate);
      this.reset(end);
    }
    for (const t of targets) {
      // Only a bare yield: `(yield)` is a star_expressions, an invalid target.
      if ((t._type === "Yield" || t._type === "YieldFrom") && !this.inParentheses(t)) {
        this.raiseAtNode(t, "assignment to yield expression not possible");
      }
      const bad = invalidTarget(t, "star");
      if (bad !== null) this.raiseAtNode(bad, invalidTargetMessage(bad, "star"));
    }
    return this.invalidSyntax();
  }

  /** Is `e` (parsed from token `s`) a tuple without its own parentheses? */
  isBareTuple(e: Expr, _s: Token): boolean {
    return this.bareTuples.has(e);
  }

  /** Does the token before node `e` open a parenthesis (`(yield)`)? */
  inParentheses(e: Expr): boolean {
    const i = this.tokens.indexOf(this.tokenAt(e));
    return i > 0 && this.tokens[i - 1].value === "(";
  }

  /** The token where node `e` starts. */
  tokenAt(e: Expr): Token {
    for (let i = this.pos; i >= 0; i--) {
      const t = this.tokens[i];
      if (t.lineno === e.lineno && t.col === e.col_offset) return t;
    }
    return this.tok;
  }

  /**
   * With the current token at the '=' after `e`: raises CPython's
   * invalid_named_expression message when it applies, else returns.
   */
  equalsCheck(s: Token, e: Expr): void {
    if (this.isAboveBitwiseOr(e)) return;
    const save = this.pos;
    const rhs = this.probe(() => {
      this.next();
      return this.bitwiseOr();
    });
    const after = this.tok.value;
    this.reset(save);
    if (rhs === null || after === "=" || after === ":=") return;
    if (e._type === "Name" && s.type === NAME && e.col_offset === s.col && e.lineno === s.lineno) {
      this.raiseRange(e, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    const atom = this.leftmostAtom(e);
    const excluded = atom !== null &&
      (atom._type === "List" || atom._type === "Tuple" || atom._type === "GeneratorExp" ||
        (atom._type === "Constant" &&
          (atom.value === true || atom.value === false || atom.value === null) &&
          s.value === (atom.value === null ? "None" : atom.value ? "True" : "False")));
    if (!excluded) {
      this.raiseAtNode(
        e,
        `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`,
      );
    }
  }

  augAssign(s: Token, target: Expr, op: Operator): Stmt {
    this.next();
    const value = this.annotatedRhs();
    if (target._type !== "Name" && target._type !== "Attribute" && target._type !== "Subscript") {
      this.raiseAtNode(
        target,
        `'${exprName(target)}' is an illegal expression for augmented assignment`,
      );
    }
    target.ctx = "Store";
    return this.at({
      _type: "AugAssign",
      target,
      op,
      value,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  annAssign(s: Token, target: Expr): Stmt {
    let simple = 0;
    if (target._type === "Name") {
      simple = s.type === NAME ? 1 : 0;
    } else if (target._type === "Starred") {
      this.invalidSyntax();
    } else if (target._type !== "Attribute" && target._type !== "Subscript") {
      // invalid_assignment's annotation messages need `':' expression`.
      const colon = this.pos;
      const annotation = this.probe(() => {
        this.next();
        return this.expression();
      });
      this.reset(colon);
      if (annotation === null) this.invalidSyntax();
      if (target._type === "Tuple" && this.isBareTuple(target, s)) {
        this.raiseAtNode(target.elts[0], "only single target (not tuple) can be annotated");
      }
      if (target._type === "Tuple" || target._type === "List") {
        this.raiseAtNode(target, `only single target (not ${exprName(target)}) can be annotated`);
      }
      this.raiseAtNode(target, "illegal target for annotation");
    }
    this.next();
    const annotation = this.expression();
    const value = this.accept("=") ? this.annotatedRhs() : null;
    target.ctx = "Store";
    return this.at({
      _type: "AnnAssign",
      target,
      annotation,
      value,
      simple,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  // -- Other simple statements -------------------------------------------------------------

  delStmt(): Stmt {
    const s = this.next();
    const start = this.pos;
    // del_targets: primaries (names, attributes, subscripts, bracketed groups).
    const targets = this.tryParse(() => {
      const list: Expr[] = [];
      for (;;) {
        if (!this.startsAtom()) this.backtrack();
        list.push(this.primary());
        if (!this.accept(",")) break;
        if (this.is(";") || this.isType(NEWLINE)) break;
      }
      return list;
    });
    if (
      targets !== null && (this.is(";") || this.isType(NEWLINE)) &&
      targets.every((t) => invalidTarget(t, "del") === null)
    ) {
      for (const t of targets) setContext(t, "Del");
      return this.at({
        _type: "Delete",
        targets,
        lineno: 0,
        col_offset: 0,
        end_lineno: 0,
        end_col_offset: 0,
      }, s);
    }
    // invalid_del_stmt: `'del' star_expressions`, naming the first bad target.
    this.reset(start);
    const e = this.probe(() => this.starExpressions());
    if (e !== null) {
      const bad = invalidTarget(e, "del");
      if (bad !== null) this.raiseAtNode(bad, invalidTargetMessage(bad, "del"));
    }
    return this.invalidSyntax();
  }

  /** Can the current token begin an atom? */
  startsAtom(): boolean {
    const t = this.tok;
    if (t.type === NAME || t.type === NUMBER || t.type === STRING) return true;
    const v = t.value;
    return v === "(" || v === "[" || v === "{" || v === "..." || v === "None" || v === "True" ||
      v === "False";
  }

  raiseStmt(): Stmt {
    const s = this.next();
    let exc: Expr | null = null;
    let cause: Expr | null = null;
    if (this.startsExpression()) {
      exc = this.expression();
      if (this.accept("from")) cause = this.expression();
    }
    return this.at({
      _type: "Raise",
      exc,
      cause,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  globalStmt(kind: "Global" | "Nonlocal"): Stmt {
    const s = this.next();
    const names: string[] = [];
    do {
      if (this.tok.type !== NAME) this.invalidSyntax();
      names.push(identifier(this.next().value));
    } while (this.accept(","));
    return this.at({
      _type: kind,
      names,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  /** dotted_name: NAME ('.' NAME)*. */
  dottedName(): string {
    if (this.tok.type !== NAME) this.invalidSyntax();
    let name = identifier(this.next().value);
    while (this.is(".") && this.peek(1).type === NAME) {
      this.next();
      name += "." + identifier(this.next().value);
    }
    return name;
  }

  importName(): Stmt {
    const s = this.next();
    const names: Alias[] = [];
    do {
      const a = this.tok;
      const name = this.dottedName();
      let asname: string | null = null;
      if (this.accept("as")) {
        if (this.tok.type !== NAME) this.invalidSyntax();
        asname = identifier(this.next().value);
      }
      names.push(
        this.at({
          _type: "alias",
          name,
          asname,
          lineno: 0,
          col_offset: 0,
          end_lineno: 0,
          end_col_offset: 0,
        }, a),
      );
    } while (this.accept(","));
    return this.at({
      _type: "Import",
      names,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  importFrom(): Stmt {
    const s = this.next();
    let level = 0;
    for (;;) {
      if (this.is(".")) level += 1;
      else if (this.is("...")) level += 3;
      else break;
      this.next();
    }
    let module: string | null = null;
    if (!this.is("import") || level === 0) module = this.dottedName();
    this.expect("import");
    const names: Alias[] = [];
    if (this.is("*")) {
      const t = this.next();
      names.push(
        this.at({
          _type: "alias",
          name: "*",
          asname: null,
          lineno: 0,
          col_offset: 0,
          end_lineno: 0,
          end_col_offset: 0,
        }, t),
      );
    } else {
      const paren = this.accept("(");
      if (paren) this.level++;
      for (;;) {
        const a = this.tok;
        if (a.type !== NAME) this.invalidSyntax();
        const name = identifier(this.next().value);
        let asname: string | null = null;
        if (this.accept("as")) {
          if (this.tok.type !== NAME) this.invalidSyntax();
          asname = identifier(this.next().value);
        }
        names.push(
          this.at({
            _type: "alias",
            name,
            asname,
            lineno: 0,
            col_offset: 0,
            end_lineno: 0,
            end_col_offset: 0,
          }, a),
        );
        if (!this.accept(",")) break;
        if (paren && this.is(")")) break;
        if (!paren && this.tok.type === NEWLINE) {
          this.raiseSyntaxError("trailing comma not allowed without surrounding parentheses");
        }
      }
      if (paren) {
        this.expect(")");
        this.level--;
      }
    }
    return this.at({
      _type: "ImportFrom",
      module,
      names,
      level,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  // -- Provided by Parser (parser_compound.ts) ---------------------------------------------

  abstract functionDef(decorators: Expr[], s: Token): Stmt;
  abstract ifStmt(): Stmt;
  abstract classDef(decorators: Expr[]): Stmt;
  abstract withStmt(s: Token): Stmt;
  abstract forStmt(s: Token): Stmt;
  abstract tryStmt(): Stmt;
  abstract whileStmt(): Stmt;
  abstract decorated(): Stmt;
}

/**
 * Compound statements and blocks: `if`, `while`, `for`, `with`, `try`,
 * decorators, `def` and `class`, as CPython 3.11's `Grammar/python.gram`
 * builds them, with its "expected ':'" and "expected an indented block"
 * diagnostics. `Parser` is the complete parser `parser.ts` runs.
 *
 * @module
 */
import type {
  Arguments,
  ExceptHandler,
  Expr,
  ExprContext,
  Keyword,
  Stmt,
  WithItem,
} from "./ast.ts";
import type { FstringInfo } from "./parser_base.ts";
import { identifier, setContext } from "./parser_expr.ts";
import { invalidTarget, invalidTargetMessage } from "./parser_errors.ts";
import { DEDENT, INDENT, NAME, NEWLINE, type Token, type TokenizeResult } from "./tokenizer.ts";
import { StmtParser } from "./parser_stmt.ts";

/** The complete parser. */
export class Parser extends StmtParser {
  newParser(tokenized: TokenizeResult, fstring: FstringInfo): Parser {
    const p = new Parser(tokenized, this.filename, fstring);
    p.depth = this.depth;
    return p;
  }

  // -- Blocks ------------------------------------------------------------------------------

  /** `':'` after a compound statement's header: "expected ':'" before a newline. */
  expectColon(): void {
    if (this.is(":")) {
      this.next();
      return;
    }
    if (this.tok.type === NEWLINE) this.raiseSyntaxError("expected ':'");
    this.invalidSyntax();
  }

  /**
   * block: an indented suite, or simple statements on the header's line.
   * `what` names the header for "expected an indented block after ...".
   */
  block(what: string, header: Token): Stmt[] {
    const body: Stmt[] = [];
    if (this.tok.type !== NEWLINE) {
      this.simpleStmts(body);
      return body;
    }
    this.next();
    if (!this.isType(INDENT)) {
      this.raiseIndentationError(
        `expected an indented block after ${what} on line ${header.lineno}`,
      );
    }
    this.next();
    while (!this.isType(DEDENT) && !this.atEnd()) this.statement(body);
    this.next();
    return body;
  }

  /** else_block: `'else' ':' block`, or nothing. */
  elseBlock(): Stmt[] {
    if (!this.is("else")) return [];
    const t = this.next();
    this.expectForced(":");
    return this.block("'else' statement", t);
  }

  ifStmt(): Stmt {
    const s = this.next();
    const test = this.namedExpression();
    this.expectColon();
    const body = this.block(`'${s.value}' statement`, s);
    let orelse: Stmt[];
    if (this.is("elif")) orelse = [this.ifStmt()];
    else orelse = this.elseBlock();
    return this.at({
      _type: "If",
      test,
      body,
      orelse,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  whileStmt(): Stmt {
    const s = this.next();
    const test = this.namedExpression();
    this.expectColon();
    const body = this.block("'while' statement", s);
    const orelse = this.elseBlock();
    return this.at({
      _type: "While",
      test,
      body,
      orelse,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  forStmt(s: Token): Stmt {
    const isAsync = s.value === "async";
    if (isAsync) this.next();
    const kw = this.next();
    const target = this.starTargets("for", "in");
    this.expect("in");
    const iter = this.starExpressions();
    this.expectColon();
    const body = this.block("'for' statement", kw);
    const orelse = this.elseBlock();
    return this.at({
      _type: isAsync ? "AsyncFor" : "For",
      target,
      iter,
      body,
      orelse,
      type_comment: null,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  withStmt(s: Token): Stmt {
    const isAsync = s.value === "async";
    if (isAsync) this.next();
    const kw = this.next();
    let items: WithItem[] | null = null;
    if (this.is("(")) {
      // with_stmt's first alternative: parenthesized items, then ':'.
      items = this.tryParse(() => {
        this.next();
        this.level++;
        const list: WithItem[] = [];
        do {
          if (this.is(")") && list.length > 0) break;
          list.push(this.withItem());
        } while (this.accept(","));
        this.expect(")");
        this.level--;
        if (!this.is(":")) this.backtrack();
        return list;
      });
    }
    if (items === null) {
      items = [];
      do items.push(this.withItem()); while (this.accept(","));
    }
    this.expectColon();
    const body = this.block("'with' statement", kw);
    return this.at({
      _type: isAsync ? "AsyncWith" : "With",
      items,
      body,
      type_comment: null,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  /** with_item: `expression ['as' star_target]`, the target before ',' ')' or ':'. */
  withItem(): WithItem {
    const contextExpr = this.expression();
    let optionalVars: Expr | null = null;
    if (this.accept("as")) {
      const start = this.pos;
      const t = this.tryParse(() => this.starTarget());
      const v = this.tok.value;
      // Before a newline the target stands, and invalid_with_stmt says "expected ':'".
      const follows = v === "," || v === ")" || v === ":" || this.isType(NEWLINE);
      if (t !== null && follows && invalidTarget(t, "star") === null) {
        setContext(t, "Store");
        optionalVars = t;
      } else {
        this.reset(start);
        const e = this.probe(() => this.expression());
        if (e !== null) {
          const w = this.tok.value;
          const bad = invalidTarget(e, "star");
          if (bad !== null && (w === "," || w === ")" || w === ":")) {
            this.raiseAtNode(bad, invalidTargetMessage(bad, "star"));
          }
        }
        this.reset(start);
        if (t !== null) this.starTarget();
        this.invalidSyntax();
      }
    }
    return { _type: "withitem", context_expr: contextExpr, optional_vars: optionalVars };
  }

  tryStmt(): Stmt {
    const s = this.next();
    this.expectForced(":");
    const body = this.block("'try' statement", s);
    const handlers: ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.is("except")) {
      const h = this.next();
      const isStar = this.accept("*");
      if (star !== null && star !== isStar) {
        this.raiseSyntaxError("cannot have both 'except' and 'except*' on the same 'try'");
      }
      star = isStar;
      let type: Expr | null = null;
      let name: string | null = null;
      if (!this.is(":") || isStar) {
        type = this.expression();
        if (this.is(",")) this.multipleExceptionTypes(type);
        if (this.accept("as")) {
          if (this.tok.type !== NAME) this.invalidSyntax();
          name = identifier(this.next().value);
        }
      }
      this.expectColon();
      const hbody = this.block(isStar ? "'except*' statement" : "'except' statement", h);
      handlers.push(
        this.at({
          _type: "ExceptHandler",
          type,
          name,
          body: hbody,
          lineno: 0,
          col_offset: 0,
          end_lineno: 0,
          end_col_offset: 0,
        }, h),
      );
    }
    const orelse = handlers.length > 0 ? this.elseBlock() : [];
    let finalbody: Stmt[] = [];
    if (this.is("finally")) {
      const f = this.next();
      this.expectForced(":");
      finalbody = this.block("'finally' statement", f);
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      this.raiseSyntaxError("expected 'except' or 'finally' block");
    }
    return this.at({
      _type: star ? "TryStar" : "Try",
      body,
      handlers,
      orelse,
      finalbody,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  /** invalid_except_stmt: `except A, B:` (an old Python 2 form). */
  multipleExceptionTypes(first: Expr): never {
    const matched = this.probe(() => {
      this.next();
      this.expression();
      while (this.accept(",")) this.expression();
      if (this.accept("as") && this.isType(NAME)) this.next();
      if (!this.is(":")) this.backtrack();
      this.next();
      return true;
    });
    if (matched === null) this.invalidSyntax();
    return this.raiseStartingFrom(first, "multiple exception types must be parenthesized");
  }

  // -- Definitions -------------------------------------------------------------------------

  decorated(): Stmt {
    const decorators: Expr[] = [];
    while (this.is("@")) {
      this.next();
      decorators.push(this.namedExpression());
      if (this.tok.type !== NEWLINE) this.invalidSyntax();
      this.next();
    }
    const t = this.tok;
    if (t.value === "def" || (t.value === "async" && this.peek(1).value === "def")) {
      return this.functionDef(decorators, t);
    }
    if (t.value === "class") return this.classDef(decorators);
    return this.invalidSyntax();
  }

  functionDef(decorators: Expr[], s: Token): Stmt {
    const isAsync = s.value === "async";
    if (isAsync) this.next();
    const kw = this.next();
    if (this.tok.type !== NAME) this.invalidSyntax();
    const name = identifier(this.next().value);
    this.expectForced("(");
    this.level++;
    const args: Arguments = this.parameters(")", true);
    this.next();
    this.level--;
    let returns: Expr | null = null;
    if (this.is("->")) {
      // `['->' expression]` is optional: when it fails, the forced ':' reports.
      const arrow = this.pos;
      returns = this.tryParse(() => {
        this.next();
        return this.expression();
      });
      if (returns === null) this.reset(arrow);
    }
    this.expectForced(":");
    const body = this.block("function definition", kw);
    return this.at({
      _type: isAsync ? "AsyncFunctionDef" : "FunctionDef",
      name,
      args,
      body,
      decorator_list: decorators,
      returns,
      type_comment: null,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }

  classDef(decorators: Expr[]): Stmt {
    const s = this.next();
    if (this.tok.type !== NAME) this.invalidSyntax();
    const name = identifier(this.next().value);
    let bases: Expr[] = [];
    let keywords: Keyword[] = [];
    if (this.is("(")) {
      const call = this.call({ _type: "Name", id: "", ctx: "Load" as ExprContext } as Expr, s);
      if (call._type === "Call") {
        bases = call.args;
        keywords = call.keywords;
      }
    }
    this.expectColon();
    const body = this.block("class definition", s);
    return this.at({
      _type: "ClassDef",
      name,
      bases,
      keywords,
      body,
      decorator_list: decorators,
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    }, s);
  }
}

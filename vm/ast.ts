/**
 * The abstract syntax tree, node for node and field for field as CPython 3.11
 * defines it in `Parser/Python.asdl`, so that `--ast` can print what
 * `ast.dump(ast.parse(src))` prints.
 *
 * Every node carries its class name in `_type` (no ASDL field starts with an
 * underscore, so it cannot clash). Optional fields (`expr?` in the ASDL) are
 * `null` when absent; sequences are arrays, never null.
 *
 * Positions follow CPython: `lineno` is 1-based, `col_offset` is 0-based.
 * Unlike CPython, columns count UTF-16 code units of the source line, not
 * UTF-8 bytes; tracebacks and carets convert where they must.
 *
 * @module
 */

/** Source position shared by statements, expressions and a few helpers. */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// -- Modules ------------------------------------------------------------------

/** A whole file: `ast.Module`. */
export interface Module {
  _type: "Module";
  body: Stmt[];
  type_ignores: never[];
}

/** `ast.Expression`, the result of parsing in `eval` mode. */
export interface Expression {
  _type: "Expression";
  body: Expr;
}

/** The root of a parse. */
export type Mod = Module | Expression;

// -- Statements ---------------------------------------------------------------

export interface FunctionDef extends Located {
  _type: "FunctionDef";
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: string | null;
}

export interface AsyncFunctionDef extends Located {
  _type: "AsyncFunctionDef";
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: string | null;
}

export interface ClassDef extends Located {
  _type: "ClassDef";
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}

export interface Return extends Located {
  _type: "Return";
  value: Expr | null;
}

export interface Delete extends Located {
  _type: "Delete";
  targets: Expr[];
}

export interface Assign extends Located {
  _type: "Assign";
  targets: Expr[];
  value: Expr;
  type_comment: string | null;
}

export interface AugAssign extends Located {
  _type: "AugAssign";
  target: Name | Attribute | Subscript;
  op: Operator;
  value: Expr;
}

export interface AnnAssign extends Located {
  _type: "AnnAssign";
  target: Name | Attribute | Subscript;
  annotation: Expr;
  value: Expr | null;
  /** 1 when the target is a bare name not in parentheses. */
  simple: number;
}

export interface For extends Located {
  _type: "For";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  type_comment: string | null;
}

export interface AsyncFor extends Located {
  _type: "AsyncFor";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  type_comment: string | null;
}

export interface While extends Located {
  _type: "While";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface If extends Located {
  _type: "If";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface With extends Located {
  _type: "With";
  items: WithItem[];
  body: Stmt[];
  type_comment: string | null;
}

export interface AsyncWith extends Located {
  _type: "AsyncWith";
  items: WithItem[];
  body: Stmt[];
  type_comment: string | null;
}

export interface Raise extends Located {
  _type: "Raise";
  exc: Expr | null;
  cause: Expr | null;
}

export interface Try extends Located {
  _type: "Try";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}

export interface TryStar extends Located {
  _type: "TryStar";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}

export interface Assert extends Located {
  _type: "Assert";
  test: Expr;
  msg: Expr | null;
}

export interface Import extends Located {
  _type: "Import";
  names: Alias[];
}

export interface ImportFrom extends Located {
  _type: "ImportFrom";
  module: string | null;
  names: Alias[];
  level: number;
}

export interface Global extends Located {
  _type: "Global";
  names: string[];
}

export interface Nonlocal extends Located {
  _type: "Nonlocal";
  names: string[];
}

export interface ExprStmt extends Located {
  /** CPython's class is `Expr`; the interface is renamed to free the name. */
  _type: "Expr";
  value: Expr;
}

export interface Pass extends Located {
  _type: "Pass";
}

export interface Break extends Located {
  _type: "Break";
}

export interface Continue extends Located {
  _type: "Continue";
}

/** `match` is parsed only far enough to report it as unsupported. */
export type Stmt =
  | FunctionDef
  | AsyncFunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | AsyncFor
  | While
  | If
  | With
  | AsyncWith
  | Raise
  | Try
  | TryStar
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

// -- Expressions --------------------------------------------------------------

export interface BoolOp extends Located {
  _type: "BoolOp";
  op: BoolOperator;
  values: Expr[];
}

export interface NamedExpr extends Located {
  _type: "NamedExpr";
  target: Name;
  value: Expr;
}

export interface BinOp extends Located {
  _type: "BinOp";
  left: Expr;
  op: Operator;
  right: Expr;
}

export interface UnaryOp extends Located {
  _type: "UnaryOp";
  op: UnaryOperator;
  operand: Expr;
}

export interface Lambda extends Located {
  _type: "Lambda";
  args: Arguments;
  body: Expr;
}

export interface IfExp extends Located {
  _type: "IfExp";
  test: Expr;
  body: Expr;
  orelse: Expr;
}

export interface Dict extends Located {
  _type: "Dict";
  /** `null` marks a `**mapping` entry, as in CPython. */
  keys: (Expr | null)[];
  values: Expr[];
}

export interface SetExpr extends Located {
  /** CPython's class is `Set`. */
  _type: "Set";
  elts: Expr[];
}

export interface ListComp extends Located {
  _type: "ListComp";
  elt: Expr;
  generators: Comprehension[];
}

export interface SetComp extends Located {
  _type: "SetComp";
  elt: Expr;
  generators: Comprehension[];
}

export interface DictComp extends Located {
  _type: "DictComp";
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}

export interface GeneratorExp extends Located {
  _type: "GeneratorExp";
  elt: Expr;
  generators: Comprehension[];
}

export interface Await extends Located {
  _type: "Await";
  value: Expr;
}

export interface Yield extends Located {
  _type: "Yield";
  value: Expr | null;
}

export interface YieldFrom extends Located {
  _type: "YieldFrom";
  value: Expr;
}

export interface Compare extends Located {
  _type: "Compare";
  left: Expr;
  ops: CmpOperator[];
  comparators: Expr[];
}

export interface Call extends Located {
  _type: "Call";
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}

export interface FormattedValue extends Located {
  _type: "FormattedValue";
  value: Expr;
  /** -1 for none, else the code point of `s`, `r` or `a`. */
  conversion: number;
  format_spec: JoinedStr | null;
}

export interface JoinedStr extends Located {
  _type: "JoinedStr";
  values: (Constant | FormattedValue)[];
}

/**
 * A literal. Python values are represented without the object model, so
 * the front end needs no interpreter:
 * - `int`: `bigint`
 * - `float`: `number`
 * - `complex` (imaginary literal): `{ imag: number }`
 * - `str`: `string`
 * - `bytes`: `Uint8Array`
 * - `True`/`False`: `boolean`
 * - `None`: `null`
 * - `...`: the `ELLIPSIS` symbol
 */
export type ConstantValue =
  | bigint
  | number
  | { imag: number }
  | string
  | Uint8Array
  | boolean
  | null
  | typeof ELLIPSIS;

/** The value of the literal `...`. */
export const ELLIPSIS: unique symbol = Symbol("Ellipsis");

export interface Constant extends Located {
  _type: "Constant";
  value: ConstantValue;
  /** `"u"` for a string literal written with the `u` prefix, else null. */
  kind: string | null;
}

export interface Attribute extends Located {
  _type: "Attribute";
  value: Expr;
  attr: string;
  ctx: ExprContext;
}

export interface Subscript extends Located {
  _type: "Subscript";
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}

export interface Starred extends Located {
  _type: "Starred";
  value: Expr;
  ctx: ExprContext;
}

export interface Name extends Located {
  _type: "Name";
  id: string;
  ctx: ExprContext;
}

export interface List extends Located {
  _type: "List";
  elts: Expr[];
  ctx: ExprContext;
}

export interface Tuple extends Located {
  _type: "Tuple";
  elts: Expr[];
  ctx: ExprContext;
}

export interface Slice extends Located {
  _type: "Slice";
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

// -- Operators and contexts (CPython dumps them as `Load()`, `Add()`, ...) ----

export type ExprContext = "Load" | "Store" | "Del";
export type BoolOperator = "And" | "Or";
export type Operator =
  | "Add"
  | "Sub"
  | "Mult"
  | "MatMult"
  | "Div"
  | "Mod"
  | "Pow"
  | "LShift"
  | "RShift"
  | "BitOr"
  | "BitXor"
  | "BitAnd"
  | "FloorDiv";
export type UnaryOperator = "Invert" | "Not" | "UAdd" | "USub";
export type CmpOperator =
  | "Eq"
  | "NotEq"
  | "Lt"
  | "LtE"
  | "Gt"
  | "GtE"
  | "Is"
  | "IsNot"
  | "In"
  | "NotIn";

// -- Helper nodes -------------------------------------------------------------

export interface Comprehension {
  _type: "comprehension";
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: number;
}

export interface ExceptHandler extends Located {
  _type: "ExceptHandler";
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Arguments {
  _type: "arguments";
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One per keyword-only argument; null where it has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last positional arguments (posonly then normal). */
  defaults: Expr[];
}

export interface Arg extends Located {
  _type: "arg";
  arg: string;
  annotation: Expr | null;
  type_comment: string | null;
}

export interface Keyword extends Located {
  _type: "keyword";
  /** null for `**mapping`. */
  arg: string | null;
  value: Expr;
}

export interface Alias extends Located {
  _type: "alias";
  name: string;
  asname: string | null;
}

export interface WithItem {
  _type: "withitem";
  context_expr: Expr;
  optional_vars: Expr | null;
}

/** Any node of the tree. */
export type Node =
  | Mod
  | Stmt
  | Expr
  | Comprehension
  | ExceptHandler
  | Arguments
  | Arg
  | Keyword
  | Alias
  | WithItem;

/**
 * Field order of every node class, as `_fields` lists it in CPython 3.11;
 * `ast.dump` prints fields in this order.
 */
export const FIELDS: Readonly<Record<string, readonly string[]>> = {
  Module: ["body", "type_ignores"],
  Expression: ["body"],
  FunctionDef: ["name", "args", "body", "decorator_list", "returns", "type_comment"],
  AsyncFunctionDef: ["name", "args", "body", "decorator_list", "returns", "type_comment"],
  ClassDef: ["name", "bases", "keywords", "body", "decorator_list"],
  Return: ["value"],
  Delete: ["targets"],
  Assign: ["targets", "value", "type_comment"],
  AugAssign: ["target", "op", "value"],
  AnnAssign: ["target", "annotation", "value", "simple"],
  For: ["target", "iter", "body", "orelse", "type_comment"],
  AsyncFor: ["target", "iter", "body", "orelse", "type_comment"],
  While: ["test", "body", "orelse"],
  If: ["test", "body", "orelse"],
  With: ["items", "body", "type_comment"],
  AsyncWith: ["items", "body", "type_comment"],
  Raise: ["exc", "cause"],
  Try: ["body", "handlers", "orelse", "finalbody"],
  TryStar: ["body", "handlers", "orelse", "finalbody"],
  Assert: ["test", "msg"],
  Import: ["names"],
  ImportFrom: ["module", "names", "level"],
  Global: ["names"],
  Nonlocal: ["names"],
  Expr: ["value"],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: ["op", "values"],
  NamedExpr: ["target", "value"],
  BinOp: ["left", "op", "right"],
  UnaryOp: ["op", "operand"],
  Lambda: ["args", "body"],
  IfExp: ["test", "body", "orelse"],
  Dict: ["keys", "values"],
  Set: ["elts"],
  ListComp: ["elt", "generators"],
  SetComp: ["elt", "generators"],
  DictComp: ["key", "value", "generators"],
  GeneratorExp: ["elt", "generators"],
  Await: ["value"],
  Yield: ["value"],
  YieldFrom: ["value"],
  Compare: ["left", "ops", "comparators"],
  Call: ["func", "args", "keywords"],
  FormattedValue: ["value", "conversion", "format_spec"],
  JoinedStr: ["values"],
  Constant: ["value", "kind"],
  Attribute: ["value", "attr", "ctx"],
  Subscript: ["value", "slice", "ctx"],
  Starred: ["value", "ctx"],
  Name: ["id", "ctx"],
  List: ["elts", "ctx"],
  Tuple: ["elts", "ctx"],
  Slice: ["lower", "upper", "step"],
  comprehension: ["target", "iter", "ifs", "is_async"],
  ExceptHandler: ["type", "name", "body"],
  arguments: ["posonlyargs", "args", "vararg", "kwonlyargs", "kw_defaults", "kwarg", "defaults"],
  arg: ["arg", "annotation", "type_comment"],
  keyword: ["arg", "value"],
  alias: ["name", "asname"],
  withitem: ["context_expr", "optional_vars"],
};

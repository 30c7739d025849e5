/**
 * Small random well-formed Python programs, for the fuzzer (`fuzz.ts`):
 * they parse, and they terminate by construction (loops over short ranges,
 * recursion with a depth argument, generators consumed a bounded number of
 * times), so what they exercise is the runtime, and their output can be
 * compared with CPython's.
 *
 * Expressions are built for a wanted type so that most operations are
 * meaningful; now and then a value of the wrong type is slipped in, to
 * reach the error paths (whose messages CPython fixes too).
 *
 * Output that legitimately differs between two CPython runs is avoided:
 * nothing prints `id()`, a default `repr` or an object's default hash.
 * (patchpy hashes strs as CPython does under `PYTHONHASHSEED=0`, which the
 * CPython runs use, so sets of strs do compare; 3.11's `hash(None)` is an
 * address, so a set holding None may still print in another order.)
 *
 * @module
 */
import type { Rng } from "./fuzz_gen.ts";

type Ty = "int" | "float" | "str" | "list" | "tuple" | "dict" | "set" | "bool" | "none" | "obj";
const TYPES: readonly Ty[] = [
  "int",
  "float",
  "str",
  "list",
  "tuple",
  "dict",
  "set",
  "bool",
  "none",
  "obj",
];

// Compound literals are parenthesized: they are spliced into larger expressions (`x ** 10**20`
// would be `x ** (10**20)`).
const INTS = [
  "0",
  "1",
  "-1",
  "2",
  "3",
  "5",
  "7",
  "10",
  "-3",
  "13",
  "255",
  "-128",
  "1000",
  "(2**31)",
  "(2**53 + 1)",
  "(2**63)",
  "(-(2**64))",
  "(10**20)",
  "12345678901234567890",
  "0x7f",
  "0b1011",
  "0o17",
  "1_000_000",
  "-7",
];
const FLOATS = [
  "0.0",
  "-0.0",
  "0.1",
  "0.5",
  "1.5",
  "-2.75",
  "1e16",
  "1e-7",
  "3.141592653589793",
  "1e300",
  "2.5e-308",
  "123456.789",
  "0.30000000000000004",
  "float('inf')",
  "float('-inf')",
  "float('nan')",
  "1.0",
  "100.0",
  "1e22",
  "5e-324",
  "2.5",
  "-1.5",
  "1e15",
  "9007199254740993.0",
  "0.125",
];
const STRS = [
  '""',
  "'a'",
  "'abc'",
  "'Hello, World'",
  "'  padded  '",
  "'a,b,,c'",
  "'x\\ny'",
  "'tab\\there'",
  "'ÄÖü'",
  "'é😀ß'",
  "'123'",
  "'-45'",
  "'3.5'",
  "'MiXeD cAsE'",
  "'a-b_c d'",
  "'%s'",
  "'{}'",
  "'\\x00\\x7f'",
  "'ǅ'",
  "'ﬁ'",
  "'İ'",
  "'straße'",
  "'ǰ'",
  "'  42  '",
  "'1_000'",
  "'0x1f'",
  "('ab' * 3)",
  "'\\u0660\\u0661'",
  "'Σίσυφος'",
  "'line1\\r\\nline2'",
  "'\\t\\v\\f'",
  "'A1b2'",
];
const FORMAT_SPECS = [
  "",
  ">10",
  "<8",
  "^9",
  "+",
  "08.3f",
  ".2e",
  ",",
  "_",
  "x",
  "#x",
  "b",
  ".3g",
  "%",
  "*^12",
  "010d",
  ".0f",
  "10.4",
  "-",
  " ",
  "#o",
  "X",
  "e",
  "G",
  ".1%",
  "=+8",
  "_b",
  ",.2f",
  "s",
  "d",
  "c",
  "n",
  ".5s",
];
const PERCENT_CONVERSIONS = [
  "%s",
  "%r",
  "%d",
  "%5.2f",
  "%-6s",
  "%x",
  "%o",
  "%e",
  "%g",
  "%c",
  "%05d",
  "%+d",
  "%.3s",
  "%a",
  "%i",
  "%X",
  "%%",
];
const EXC_TYPES = [
  "Exception",
  "ValueError",
  "TypeError",
  "KeyError",
  "IndexError",
  "ZeroDivisionError",
  "LookupError",
  "ArithmeticError",
  "RuntimeError",
  "AttributeError",
  "NameError",
  "OverflowError",
  "StopIteration",
  "AssertionError",
  "NotImplementedError",
  "RecursionError",
  "UnboundLocalError",
];
const FAILING = [
  "1 / 0",
  "1 // 0",
  "1 % 0",
  "[][1]",
  "{}['k']",
  "int('x')",
  "None.attr",
  "undefined_name",
  "(1).x",
  "'a' + 1",
  "1 + 'a'",
  "[1] * 'a'",
  "len(5)",
  "int(float('nan'))",
  "int(float('inf'))",
  "float('x')",
  "'abc'.index('z')",
  "[1, 2].index(3)",
  "next(iter([]))",
  "{}.popitem()",
  "[].pop()",
  "chr(-1)",
  "ord('ab')",
  "divmod(1, 0)",
  "1.0 / 0",
  "0.0 ** -1",
  "2 ** 10000 * 1.0",
  "math.sqrt(-1)",
  "math.log(0)",
  "hash([])",
  "{[]: 1}",
  "set().remove(1)",
  "tuple()[0]",
  "'x'[5]",
  "int('9' * 5000)",
  "math.factorial(-1)",
  "range(1, 2, 0)",
  "sorted([1, 'a'])",
  "max([])",
  "min(1)",
  "abs('x')",
  "round('x')",
  "'%d' % 'x'",
  "'%s %s' % (1,)",
  "'{0}'.format()",
  "format(1, 'q')",
  "format('s', 'd')",
  "list(1)",
  "iter(5)",
  "(1, 2)[1:2][5]",
  "object().x",
  "[1, 2, 3][1:2:0]",
  "int('12', 1)",
  "bytes('x')",
  "'x' * 2.0",
  "[].remove(0)",
  "dict([1])",
  "dict(a=1)['b']",
  "str.upper(5)",
  "(lambda x: x)()",
  "(lambda: 1)(2)",
  "int.__add__(1, 'a')",
  "None()",
  "'s'()",
  "1 < 'a'",
];

interface ClassInfo {
  name: string;
  fieldTy: Ty;
  dunders: Set<string>;
}

interface FuncInfo {
  name: string;
  arity: number;
  defaults: number;
  star: boolean;
}

/** A generator of one program; keeps the names defined so far, by type. */
class Gen {
  rng: Rng;
  out: string[] = [];
  depth = 0;
  vars = new Map<string, Ty>();
  /** Counters of `while` loops: never rebound, or the loop might not end. */
  frozen = new Set<string>();
  locals: Map<string, Ty> | null = null;
  classes: ClassInfo[] = [];
  funcs: FuncInfo[] = [];
  gens: string[] = [];
  excs: string[] = [];
  counter = 0;
  inLoop = 0;
  inFunc = false;
  budget = 0;

  constructor(rng: Rng) {
    this.rng = rng;
  }

  fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  emit(line: string): void {
    this.out.push("    ".repeat(this.depth) + line);
  }

  block(header: string, body: () => void): void {
    this.emit(header);
    this.depth++;
    const before = this.out.length;
    body();
    if (this.out.length === before) this.emit("pass");
    this.depth--;
  }

  scope(): Map<string, Ty> {
    return this.locals ?? this.vars;
  }

  /** A readable variable of type `ty`, if one exists. */
  varOf(ty: Ty): string | null {
    const names: string[] = [];
    for (const [n, t] of this.vars) if (t === ty) names.push(n);
    if (this.locals) { for (const [n, t] of this.locals) if (t === ty) names.push(n); }
    return names.length ? this.rng.pick(names) : null;
  }

  // -- Expressions -----------------------------------------------------------------------

  expr(ty: Ty, d = 0): string {
    const r = this.rng;
    // A value of another type: the error paths are part of the runtime too.
    if (d > 0 && r.chance(0.06)) ty = r.pick(TYPES);
    if (d >= 3 || r.chance(0.25)) return this.leaf(ty);
    if (r.chance(0.3)) {
      const v = this.varOf(ty);
      if (v !== null) return v;
    }
    if (r.chance(0.04)) {
      return `(${this.expr("bool", d + 1)} and ${this.expr(ty, d + 1)} or ${this.expr(ty, d + 1)})`;
    }
    if (r.chance(0.05)) {
      return `(${this.expr(ty, d + 1)} if ${this.expr("bool", d + 1)} else ${
        this.expr(ty, d + 1)
      })`;
    }
    const e = (t: Ty) => this.expr(t, d + 1);
    const small = () => String(r.int(-3, 12));
    switch (ty) {
      case "int":
        return r.pick<() => string>([
          () =>
            `(${e("int")} ${r.pick(["+", "-", "*", "//", "%", "&", "|", "^", ">>"])} ${e("int")})`,
          () => `(${e("int")} ** ${r.int(0, 12)})`,
          () => `(${e("int")} << ${r.int(0, 70)})`,
          () => `${r.pick(["-", "~", "+"])}${e("int")}`,
          () => `abs(${e("int")})`,
          () => `len(${e(r.pick(["str", "list", "tuple", "dict", "set"]))})`,
          () => `int(${e(r.pick(["float", "str", "bool", "int"]))})`,
          () => `round(${e("float")})`,
          () => `sum(${e("list")})`,
          () => `${r.pick(["max", "min"])}(${e("int")}, ${e("int")})`,
          () => `${r.pick(["max", "min"])}(${e("list")}${r.chance(0.3) ? ", default=-1" : ""})`,
          () => `divmod(${e("int")}, ${e("int")})[${r.int(0, 1)}]`,
          () => `pow(${e("int")}, ${r.int(0, 40)}, ${e("int")})`,
          () => `${e("int")}.bit_length()`,
          () => `${e("str")}.count(${e("str")})`,
          () => `${e("str")}.${r.pick(["find", "rfind"])}(${e("str")})`,
          () => `${e("list")}.index(${e("int")})`,
          () => `ord(${e("str")})`,
          // A literal: 3.11 hashes None, NotImplemented and classes by address.
          () => `hash(${this.leafNoVar("int")})`,
          () =>
            `int(${r.pick(["'101'", "'ff'", "'z'", "'-7'", "'0x1f'", "' 12 '", "'1_0'"])}, ${
              r.pick(["0", "2", "8", "16", "36", "10"])
            })`,
          () => `(${e("bool")} + ${e("int")})`,
          () => `sum(range(${small()}, ${r.int(0, 40)}, ${r.pick(["1", "2", "3", "-1"])}))`,
          () => `${e("list")}.count(${e("int")})`,
          () => `math.${r.pick(["floor", "ceil", "trunc"])}(${e("float")})`,
          () => `math.${r.pick(["gcd", "lcm"])}(${e("int")}, ${e("int")})`,
          () => `math.factorial(${r.int(0, 30)})`,
          () => `math.isqrt(abs(${e("int")}))`,
          () => `math.comb(${r.int(0, 40)}, ${r.int(0, 20)})`,
          () =>
            `int.from_bytes(${r.pick(["b'\\x01\\x02'", "b'\\xff'", "b''"])}, '${
              r.pick(["big", "little"])
            }')`,
          () => `len(${this.objExpr()})`,
          () => `${this.callFunc()}`,
        ])();
      case "float":
        return r.pick<() => string>([
          () => `(${e("int")} / ${e("int")})`,
          () =>
            `(${e("float")} ${r.pick(["+", "-", "*", "/", "//", "%"])} ${
              e(r.pick(["float", "int"]))
            })`,
          () => `(abs(${e("float")}) ** ${r.pick(["0.5", "2", "-1", "3", "0", "1.5"])})`,
          () => `float(${e(r.pick(["int", "str", "bool"]))})`,
          () => `round(${e("float")}, ${r.int(-2, 6)})`,
          () => `abs(${e("float")})`,
          () => `-${e("float")}`,
          () =>
            `math.${
              r.pick(["sqrt", "exp", "log", "sin", "cos", "atan", "log2", "log10", "fabs"])
            }(${e("float")})`,
          () =>
            `math.${r.pick(["hypot", "atan2", "fmod", "copysign", "pow"])}(${e("float")}, ${
              e("float")
            })`,
          () => `math.fsum(${e("list")})`,
          () => `${r.pick(["max", "min"])}(${e("float")}, ${e("int")})`,
          () => `(${e("float")} * ${r.pick(["1e308", "1e-308", "10", "0.1"])})`,
          () =>
            `float(${
              r.pick([
                "'1e-3'",
                "' -inf '",
                "'nan'",
                "'1_0.5'",
                "'0x10'",
                "'.5'",
                "'5.'",
                "'1e500'",
              ])
            })`,
          () => `${e("float")}.${r.pick(["real", "imag"])}`,
          () => `math.pi * ${e("int")}`,
        ])();
      case "str":
        return r.pick<() => string>([
          () => `(${e("str")} + ${e("str")})`,
          () => `(${e("str")} * ${small()})`,
          () => `${e("str")}[${small()}]`,
          () => `${e("str")}[${this.sliceText()}]`,
          () =>
            `${e("str")}.${
              r.pick([
                "upper",
                "lower",
                "title",
                "capitalize",
                "swapcase",
                "strip",
                "lstrip",
                "rstrip",
                "casefold",
                "expandtabs",
              ])
            }()`,
          () => `${e("str")}.${r.pick(["strip", "lstrip", "rstrip"])}(${e("str")})`,
          () =>
            `${e("str")}.replace(${e("str")}, ${e("str")}${r.chance(0.3) ? `, ${small()}` : ""})`,
          () =>
            `${e("str")}.${r.pick(["center", "ljust", "rjust"])}(${r.int(-2, 20)}${
              r.chance(0.5) ? `, ${r.pick(["'*'", "'é'", "'ab'", "' '"])}` : ""
            })`,
          () => `${e("str")}.zfill(${r.int(-1, 12)})`,
          () => `${r.pick(["str", "repr", "ascii"])}(${e(r.pick(TYPES))})`,
          () => `format(${e(r.pick(["int", "float", "str", "bool"]))}, '${r.pick(FORMAT_SPECS)}')`,
          () => this.fstring(d),
          () => `'${this.percentFormat()}' % (${this.percentArgs(d)})`,
          () => `chr(${r.pick(["65", "233", "0x1F600", "10", "0", "0x10FFFF", "55296"])})`,
          () => `${r.pick(["hex", "oct", "bin"])}(${e("int")})`,
          () =>
            `${r.pick(["' '", "', '", "''", "'-'"])}.join(${
              r.chance(0.6) ? `map(str, ${e("list")})` : e("list")
            })`,
          () => `${e("str")}.split(${r.chance(0.5) ? e("str") : ""})[${r.int(-2, 2)}]`,
          () => `${e("str")}.${r.pick(["partition", "rpartition"])}(${e("str")})[${r.int(0, 2)}]`,
          () => `'{0}|{1!r}|{k:>6}'.format(${e("int")}, ${e("str")}, k=${e("str")})`,
          () => `'{:,}'.format(${e("int")})`,
          () => `str(${this.objExpr()})`,
          () => `type(${e(r.pick(TYPES))}).__name__`,
          () => `'%s' % (${e("list")},)`,
          () => `${e("str")}.encode(${r.pick(["", "'utf-8'", "'ascii'", "'latin-1'"])}).hex()`,
          () => `${e("str")}.splitlines()[${r.int(-1, 1)}]`,
          () => `''.join(sorted(${e("str")}))`,
          () => `''.join(reversed(${e("str")}))`,
          () => `${e("str")}.translate({${r.int(97, 100)}: ${r.pick(["'X'", "None", "66"])}})`,
        ])();
      case "list":
        return r.pick<() => string>([
          () => `[${this.items(d, "int")}]`,
          () => `[${this.items(d, r.pick(TYPES))}]`,
          () =>
            `list(range(${small()}, ${r.int(-2, 15)}${
              r.chance(0.4) ? `, ${r.pick(["2", "-1", "3", "-2"])}` : ""
            }))`,
          () =>
            `sorted(${e(r.pick(["list", "str", "tuple", "set"]))}${
              r.chance(0.4) ? `, key=${this.keyFunc()}` : ""
            }${r.chance(0.3) ? ", reverse=True" : ""})`,
          () => `list(${e(r.pick(["str", "tuple", "set", "dict", "list"]))})`,
          () => `(${e("list")} + ${e("list")})`,
          () => `(${e("list")} * ${r.int(-1, 3)})`,
          () => `${e("list")}[${this.sliceText()}]`,
          () => this.comprehension(d, "[", "]"),
          () => `list(zip(${e("list")}, ${e("str")}))`,
          () => `list(enumerate(${e("str")}, ${small()}))`,
          () => `list(map(${this.keyFunc()}, ${e("list")}))`,
          () => `list(filter(${r.pick(["None", this.keyFunc()])}, ${e("list")}))`,
          () => `${e("str")}.split(${r.chance(0.5) ? e("str") : ""})`,
          () => `list(reversed(${e(r.pick(["list", "str", "tuple"]))}))`,
          () => `list(${e("dict")}.${r.pick(["items", "keys", "values"])}())`,
          () => `[*${e("list")}, *${e("str")}]`,
          () => `list(${this.genExpr()})`,
          () =>
            `list(itertools.${r.pick(["accumulate", "permutations", "combinations", "pairwise"])}(${
              e("list")
            }${r.chance(0.5) ? ", 2" : ""}))[:6]`,
          () => `list(itertools.islice(itertools.cycle(${e("list")}), ${r.int(0, 7)}))`,
          () => `list(itertools.product(${e("str")}[:3], repeat=2))`,
          () => `list(itertools.chain(${e("list")}, ${e("str")}))`,
          () => `[list(g) for k, g in itertools.groupby(${e("str")})]`,
          () => `list(functools.reduce(lambda a, b: a + [b], ${e("list")}, []))`,
          () => `heapq.nsmallest(${r.int(0, 4)}, ${e("list")})`,
          () => `list(collections.Counter(${e("str")}).most_common(${r.int(0, 3)}))`,
          () => `list(${this.objExpr()})`,
          () => `${e("str")}.encode()[${this.sliceText()}].split()`,
        ])();
      case "tuple":
        return r.pick<() => string>([
          () => "()",
          () => `(${e(r.pick(TYPES))},)`,
          () => `(${this.items(d, r.pick(TYPES))},)`,
          () => `tuple(${e(r.pick(["list", "str", "dict"]))})`,
          () => `divmod(${e(r.pick(["int", "float"]))}, ${e(r.pick(["int", "float"]))})`,
          () => `${e("str")}.partition(${e("str")})`,
          () => `(${e("tuple")} + ${e("tuple")})`,
          () => `${e("tuple")}[${this.sliceText()}]`,
          () => `tuple(sorted(${e("set")}))`,
          () => `${e("float")}.as_integer_ratio()`,
          () => `tuple(x * 2 for x in ${e("list")})`,
          () => `collections.namedtuple('P', 'x y')(${e("int")}, ${e("str")})`,
        ])();
      case "dict":
        return r.pick<() => string>([
          () => "{}",
          () => `{${this.pairs(d)}}`,
          () => `dict(zip(${e("str")}, ${e("list")}))`,
          () => `{k: v for k, v in enumerate(${e("str")})${r.chance(0.4) ? " if k % 2" : ""}}`,
          () => `{**${e("dict")}, **${e("dict")}}`,
          () => `(${e("dict")} | ${e("dict")})`,
          () => `dict.fromkeys(${e("list")}, ${e("int")})`,
          () => `dict(collections.Counter(${e("str")}))`,
          () => `dict(${e("list")})`,
          () => `dict(${r.pick(["a=1, b=2", "[(1, 2), (3, 4)]", "x=[]"])})`,
          () => `collections.defaultdict(int, ${e("dict")})`,
          () => `collections.OrderedDict(a=${e("int")})`,
          () => `vars(${this.objExpr()})`,
        ])();
      case "set":
        return r.pick<() => string>([
          () => "set()",
          () => `{${this.items(d, "int")}}`,
          () => `set(${e(r.pick(["list", "tuple", "dict"]))})`,
          () => `(${e("set")} ${r.pick(["|", "&", "-", "^"])} ${e("set")})`,
          () => `frozenset(${e("list")})`,
          () => `{x % ${r.int(1, 5)} for x in ${e("list")}}`,
          () =>
            `${e("set")}.${
              r.pick(["union", "intersection", "difference", "symmetric_difference"])
            }(${e("list")})`,
          () => `set(range(${small()}, ${r.int(0, 20)}))`,
        ])();
      case "bool":
        return r.pick<() => string>([
          () =>
            `(${e("int")} ${r.pick(["<", ">", "<=", ">=", "==", "!="])} ${
              e(r.pick(["int", "float"]))
            })`,
          () => `(${e("int")} < ${e("int")} <= ${e("int")})`,
          () => `(${e(r.pick(TYPES))} ${r.pick(["==", "!=", "is", "is not"])} ${e(r.pick(TYPES))})`,
          () =>
            `(${e(r.pick(["int", "str"]))} ${r.pick(["in", "not in"])} ${
              e(r.pick(["list", "str", "dict", "set", "tuple"]))
            })`,
          () => `not ${e(r.pick(TYPES))}`,
          () => `bool(${e(r.pick(TYPES))})`,
          () =>
            `isinstance(${e(r.pick(TYPES))}, ${
              r.pick(["int", "str", "(int, float)", "bool", "object", "(list, tuple)", "type"])
            })`,
          () => `${r.pick(["all", "any"])}(${e("list")})`,
          () => `callable(${e(r.pick(TYPES))})`,
          () =>
            `${e("str")}.${
              r.pick([
                "isdigit",
                "isalpha",
                "isalnum",
                "isspace",
                "isupper",
                "islower",
                "istitle",
                "isidentifier",
                "isdecimal",
                "isnumeric",
                "isprintable",
                "isascii",
              ])
            }()`,
          () => `${e("str")}.${r.pick(["startswith", "endswith"])}(${e("str")})`,
          () => `${e("float")}.is_integer()`,
          () => `math.${r.pick(["isnan", "isinf", "isfinite"])}(${e("float")})`,
          () => `(${e("set")} ${r.pick(["<", "<=", ">", ">=", "=="])} ${e("set")})`,
          () => `(${e("list")} ${r.pick(["<", ">", "=="])} ${e("list")})`,
          () => `(${e("str")} ${r.pick(["<", ">", "<="])} ${e("str")})`,
          () =>
            `hasattr(${e(r.pick(TYPES))}, ${
              r.pick(["'upper'", "'append'", "'x'", "'__len__'", "'v'"])
            })`,
          () => `(${this.objExpr()} == ${this.objExpr()})`,
          () => `bool(${this.objExpr()})`,
        ])();
      case "none":
        return r.pick(["None", `print(end='')`, `${this.varOf("list") ?? "[]"}.sort()`]);
      case "obj":
        return this.objExpr();
    }
  }

  leaf(ty: Ty): string {
    const r = this.rng;
    const v = r.chance(0.5) ? this.varOf(ty) : null;
    if (v !== null) return v;
    switch (ty) {
      case "int":
        return r.chance(0.5) ? String(r.int(-20, 100)) : r.pick(INTS);
      case "float":
        return r.pick(FLOATS);
      case "str":
        return r.pick(STRS);
      case "list":
        return r.pick([
          "[]",
          "[1, 2, 3]",
          "[3, 1, 2]",
          "[0.5, -1, 2]",
          "['b', 'a']",
          "[None]",
          "[[1], [2, 3]]",
          "[True, False]",
          "[1, 'a']",
          "list(range(5))",
        ]);
      case "tuple":
        return r.pick(["()", "(1,)", "(1, 2)", "('a', 'b', 'c')", "(1, (2, 3))"]);
      case "dict":
        return r.pick(["{}", "{'a': 1}", "{1: 'x', 2: 'y'}", "{'k': [1, 2]}", "{True: 1, 1.0: 2}"]);
      case "set":
        return r.pick(["set()", "{1, 2, 3}", "{0}", "{-1, 5, 9, 4}", "{10, 100, 1000}"]);
      case "bool":
        return r.pick(["True", "False"]);
      case "none":
        return "None";
      case "obj":
        return this.objExpr();
    }
  }

  items(d: number, ty: Ty): string {
    const n = this.rng.int(0, 4);
    const xs: string[] = [];
    for (let i = 0; i < n; i++) {
      xs.push(this.expr(this.rng.chance(0.85) ? ty : this.rng.pick(TYPES), d + 1));
    }
    return xs.join(", ") || this.leaf(ty);
  }

  pairs(d: number): string {
    const n = this.rng.int(1, 3);
    const xs: string[] = [];
    for (let i = 0; i < n; i++) {
      xs.push(
        `${this.expr(this.rng.pick(["str", "int", "int", "tuple"]), d + 1)}: ${
          this.expr(this.rng.pick(TYPES), d + 1)
        }`,
      );
    }
    return xs.join(", ");
  }

  sliceText(): string {
    const r = this.rng;
    const part = () => (r.chance(0.3) ? "" : String(r.int(-6, 8)));
    return r.chance(0.3)
      ? `${part()}:${part()}:${r.pick(["", "1", "2", "-1", "-2", "3"])}`
      : `${part()}:${part()}`;
  }

  keyFunc(): string {
    return this.rng.pick([
      "str",
      "abs",
      "len",
      "repr",
      "bool",
      "lambda x: -x",
      "lambda x: (x is None, str(x))",
      "lambda x: str(x)[::-1]",
      "lambda x: x * 2",
      "lambda x: x % 3 if isinstance(x, int) else 0",
      "type",
      "hash",
      "lambda x: [x]",
    ]);
  }

  genExpr(): string {
    const v = this.fresh("g");
    return `(${v} * ${this.rng.int(1, 3)} for ${v} in ${this.expr("list", 2)} if ${v})`;
  }

  comprehension(d: number, open: string, close: string): string {
    const r = this.rng;
    const v = this.fresh("c");
    const w = this.fresh("w");
    return r.pick<() => string>([
      () => `${open}${v} * ${r.int(1, 3)} for ${v} in ${this.expr("list", d + 1)}${close}`,
      () =>
        `${open}(${v}, ${w}) for ${v} in ${this.expr("str", d + 1)}[:4] for ${w} in range(${
          r.int(0, 3)
        })${close}`,
      () =>
        `${open}${v} for ${v} in range(${r.int(0, 12)}) if ${v} % ${r.int(1, 4)} == ${
          r.int(0, 2)
        }${close}`,
      () =>
        `${open}str(${v}) + ${w} for ${v}, ${w} in zip(range(5), ${
          this.expr("str", d + 1)
        })${close}`,
      // Only outermost: CPython rejects `:=` anywhere inside a comprehension's iterable.
      ...(d === 0
        ? [
          () =>
            `${open}${w} for ${v} in range(${r.int(0, 8)}) if (${w} := ${v} * ${v}) > ${
              r.int(0, 20)
            }${close}`,
        ]
        : []),
    ])();
  }

  fstring(d: number): string {
    const r = this.rng;
    const parts: string[] = [];
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) {
      const e = this.expr(r.pick(["int", "float", "str", "list", "bool"]), d + 1).replace(
        /'/g,
        '"',
      );
      parts.push(r.pick([
        `{${e}}`,
        `{${e}!r}`,
        `{${e}!s:>8}`,
        `{${e}!a}`,
        `{${e}=}`,
        `{${e}:${r.pick(FORMAT_SPECS)}}`,
        `{${e}:{${r.int(0, 12)}}}`,
        `{${e}:{'>'}{${r.int(1, 9)}}}`,
        `-{{${r.int(0, 9)}}}-`,
        "é",
      ]));
    }
    return `f'${parts.join(" ")}'`;
  }

  percentFormat(): string {
    const r = this.rng;
    const n = r.int(1, 3);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(r.pick(PERCENT_CONVERSIONS));
    return parts.join("|");
  }

  percentArgs(d: number): string {
    const n = this.rng.int(1, 3);
    const xs: string[] = [];
    for (let i = 0; i < n; i++) {
      xs.push(this.expr(this.rng.pick(["int", "float", "str", "int"]), d + 1));
    }
    return xs.join(", ") + ",";
  }

  objExpr(): string {
    const v = this.varOf("obj");
    if (v !== null && this.rng.chance(0.7)) return v;
    // Not `object()`: its repr has an address, which `list(str(...))` would spread beyond normalizing.
    if (this.classes.length === 0) return this.rng.pick(["None", "NotImplemented", "Ellipsis"]);
    const c = this.rng.pick(this.classes);
    return `${c.name}(${this.leaf(c.fieldTy)})`;
  }

  callFunc(): string {
    if (this.funcs.length === 0) return "0";
    const f = this.rng.pick(this.funcs);
    let n = this.rng.int(f.arity - f.defaults, f.arity);
    if (this.rng.chance(0.08)) n += this.rng.pick([-1, 1, 2]);
    const args: string[] = [];
    for (let i = 0; i < Math.max(0, n); i++) {
      args.push(this.leaf(this.rng.pick(["int", "int", "str", "float"])));
    }
    if (f.star && this.rng.chance(0.4)) args.push(`*${this.expr("list", 2)}`);
    if (this.rng.chance(0.05)) args.push("nope=1");
    return `${f.name}(${args.join(", ")})`;
  }

  // -- Statements ------------------------------------------------------------------------

  /** `print(...)`, usually inside a `try` that reports the exception, as the conformance cases do. */
  printStmt(): void {
    const r = this.rng;
    const ty = r.pick(TYPES);
    const args = r.pick<() => string>([
      () => this.expr(ty),
      () => `${this.expr(ty)}, ${this.expr(r.pick(TYPES))}`,
      () => `repr(${this.expr(ty)})`,
      () =>
        `${this.expr(ty)}, sep=${r.pick(["''", "' | '", "None", "'\\n'"])}, end=${
          r.pick(["'!\\n'", "'\\n'", "None"])
        }`,
      () => `*${this.expr(r.pick(["list", "str", "tuple"]))}`,
    ])();
    if (r.chance(0.85)) this.guarded(() => this.emit(`print(${args})`));
    else this.emit(`print(${args})`);
  }

  guarded(body: () => void): void {
    this.block("try:", body);
    const e = this.fresh("e");
    this.block(
      `except ${
        this.rng.chance(0.9)
          ? "Exception"
          : "(TypeError, ValueError, LookupError, ArithmeticError, AttributeError, NameError)"
      } as ${e}:`,
      () => {
        this.emit(
          this.rng.chance(0.8)
            ? `print('!', type(${e}).__name__, ${e})`
            : `print('!', repr(${e}), ${e}.args)`,
        );
      },
    );
  }

  assignStmt(): void {
    const r = this.rng;
    const ty = r.pick(TYPES.filter((t) => t !== "obj" || this.classes.length > 0));
    const scope = this.scope();
    const existing = [...scope.keys()].filter((n) => !this.frozen.has(n));
    const name = existing.length && r.chance(0.3) && !this.inLoop
      ? r.pick(existing)
      : this.fresh(this.inFunc ? "l" : "v");
    this.emit(`${name} = ${this.expr(ty)}`);
    if (!this.inLoop) scope.set(name, ty);
    else this.frozen.add(name);
  }

  augStmt(): void {
    const r = this.rng;
    const scope = this.scope();
    const names = [...scope.keys()].filter((n) =>
      ["int", "str", "list", "float", "set"].includes(scope.get(n)!) && !this.frozen.has(n)
    );
    if (names.length === 0) return this.assignStmt();
    const name = r.pick(names);
    const ty = scope.get(name)!;
    // In a loop the right-hand side is a literal, so the value grows at most linearly.
    const rhs = this.inLoop ? this.leafNoVar(ty) : this.expr(r.chance(0.8) ? ty : "int");
    const ops: Record<string, string[]> = {
      int: ["+=", "-=", "*=", "//=", "%=", "&=", "|=", "^=", ">>="],
      float: ["+=", "-=", "*=", "/=", "//=", "%="],
      str: ["+=", "*="],
      list: ["+=", "*="],
      set: ["|=", "&=", "-=", "^="],
    };
    const op = r.pick(ops[ty].filter((o) => !(this.inLoop && o === "*=")));
    this.guarded(() =>
      this.emit(
        `${name} ${op} ${
          op === "*=" && ty !== "int" && ty !== "float" ? String(r.int(0, 3)) : rhs
        }`,
      )
    );
  }

  leafNoVar(ty: Ty): string {
    const v = this.vars;
    const l = this.locals;
    this.vars = new Map();
    this.locals = null;
    const s = this.leaf(ty);
    this.vars = v;
    this.locals = l;
    return s;
  }

  ifStmt(): void {
    this.block(`if ${this.expr("bool")}:`, () => this.stmts(1, 3));
    while (this.rng.chance(0.3)) this.block(`elif ${this.expr("bool")}:`, () => this.stmts(1, 2));
    if (this.rng.chance(0.5)) this.block("else:", () => this.stmts(1, 2));
  }

  forStmt(): void {
    if (this.inLoop >= 2) return this.printStmt();
    const r = this.rng;
    const v = this.fresh("i");
    const it = r.pick([
      `range(${r.int(0, 6)})`,
      `range(${r.int(-3, 3)}, ${r.int(0, 8)}, ${r.pick(["1", "2", "-1"])})`,
      `${this.expr("list", 2)}[:6]`,
      `${this.expr("str", 2)}[:6]`,
      `enumerate(${this.expr("str", 2)}[:4])`,
      `zip(range(3), ${this.expr("list", 2)})`,
      `reversed(${this.expr("list", 2)}[:5])`,
      `sorted(${this.expr("set", 2)})[:5]`,
    ]);
    this.inLoop++;
    this.block(`for ${v} in ${it}:`, () => {
      this.scope().set(v, it.startsWith("enumerate") || it.startsWith("zip") ? "tuple" : "int");
      this.stmts(1, 3);
      if (r.chance(0.2)) {
        this.block(`if ${this.expr("bool", 2)}:`, () => this.emit(r.pick(["break", "continue"])));
      }
    });
    if (r.chance(0.3)) {
      this.block("else:", () => this.emit(`print('for-else', ${this.expr("int", 2)})`));
    }
    this.inLoop--;
  }

  /**
   * A loop over a list of ints, floats or bools (`--stress` makes it native
   * at once) that stores into it, appends, pops and switches its strategy
   * (a str, a big int, a float into an int list) as it goes; it ends by
   * construction: the counter breaks out of a list that keeps growing.
   */
  listLoopStmt(): void {
    if (this.inLoop >= 1 || this.inFunc) return this.printStmt();
    const r = this.rng;
    const a = this.fresh("nl"), s = this.fresh("ns"), i = this.fresh("ni"), x = this.fresh("nx");
    const kind = r.pick(["int", "float", "bool"] as const);
    const item = (k: string) =>
      kind === "int"
        ? `(${k} * ${r.int(-7, 7)}) % ${r.int(1, 50)}`
        : kind === "float"
        ? `${k} * ${r.pick(["0.5", "-1.25", "1e300", "3.0"])}`
        : `${k} % ${r.int(2, 4)} == 0`;
    this.emit(`${a} = [${item("q_")} for q_ in range(${r.int(0, 12)})]`);
    this.emit(`${s} = ${kind === "float" ? "0.0" : "0"}`);
    const header = r.pick([
      `for ${i}, ${x} in enumerate(${a}${r.chance(0.3) ? `, ${r.int(-3, 3)}` : ""}):`,
      `for ${x} in ${a}:`,
      `for ${i} in range(len(${a})):`,
    ]);
    const counter = header.includes(`${i},`) || header.includes(`for ${i} in`);
    if (!counter) this.emit(`${i} = 0`);
    const body = [
      () => `${a}.append(${item(i)})`,
      () => `${s} += ${a}[${i} % len(${a})]`,
      () => `${a}[-1] = ${item(i)}`,
      () => `${a}[${i} % len(${a})] += ${kind === "bool" ? "1" : item(i)}`,
      () => `if ${a}: ${s} += ${a}.pop()`,
      () => `${s} += len(${a}) * ${i}`,
      () =>
        `if ${i} == ${r.int(1, 9)}: ${a}.append(${
          r.pick(["'z'", "2**70", "1.5", "None", "True"])
        })`,
      () => `if ${i} == ${r.int(1, 9)}: ${a}[0] = ${r.pick(["'z'", "2**70", "1.5", "[1]"])}`,
      () => `${s} += ${a}[${r.int(-15, 15)}]`,
    ];
    this.inLoop++;
    this.block(header, () => {
      if (header.includes(`for ${x} in`)) this.emit(`${s} += ${x}`);
      const k = r.int(1, 4);
      for (let j = 0; j < k; j++) this.guarded(() => this.emit(r.pick(body)()));
      if (!counter) this.emit(`${i} += 1`);
      this.emit(`if ${i} > ${r.int(5, 60)}: break`);
    });
    this.inLoop--;
    this.guarded(() => this.emit(`print(${s}, len(${a}), ${a}[-3:])`));
  }

  whileStmt(): void {
    if (this.inLoop >= 2) return this.printStmt();
    const r = this.rng;
    const k = this.fresh("k");
    this.emit(`${k} = 0`);
    this.inLoop++;
    this.frozen.add(k);
    // The counter moves first, so `continue` in the body cannot skip it.
    this.block(`while ${k} < ${r.int(0, 5)}:`, () => {
      this.emit(`${k} += 1`);
      this.stmts(1, 3);
      if (r.chance(0.3)) {
        this.block(`if ${k} == ${r.int(1, 3)}:`, () => this.emit(r.pick(["break", "continue"])));
      }
    });
    if (r.chance(0.3)) this.block("else:", () => this.emit(`print('while-else', ${k})`));
    this.inLoop--;
    this.scope().set(k, "int");
  }

  tryStmt(): void {
    const r = this.rng;
    this.block("try:", () => {
      this.stmts(0, 2);
      if (r.chance(0.7)) this.emit(this.raiser());
      this.stmts(0, 1);
    });
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) {
      const types = r.chance(0.3)
        ? `(${r.pick(EXC_TYPES.concat(this.excs))}, ${r.pick(EXC_TYPES.concat(this.excs))})`
        : r.pick(EXC_TYPES.concat(this.excs, this.excs));
      const e = this.fresh("e");
      this.block(`except ${types} as ${e}:`, () => {
        this.emit(r.pick([
          `print('caught', type(${e}).__name__, ${e})`,
          `print('caught', repr(${e}), ${e}.args)`,
          `print('caught', type(${e}.__cause__).__name__, type(${e}.__context__).__name__)`,
          `print('caught', str(${e}), isinstance(${e}, LookupError))`,
        ]));
        if (r.chance(0.2)) this.stmts(1, 1);
      });
    }
    if (r.chance(0.15)) this.block("except:", () => this.emit("print('bare except')"));
    if (r.chance(0.3)) this.block("else:", () => this.emit("print('else')"));
    if (r.chance(0.4) || n === 0) {
      this.block("finally:", () => this.emit(`print('finally', ${this.expr("int", 2)})`));
    }
  }

  raiser(): string {
    const r = this.rng;
    const exc = r.pick(EXC_TYPES.concat(this.excs, this.excs));
    return r.pick([
      `raise ${exc}(${this.expr(r.pick(["str", "int"]), 2)})`,
      `raise ${exc}`,
      `raise ${exc}(${this.expr("str", 2)}) from ${
        r.pick(["None", "ValueError('cause')", "KeyError(1)"])
      }`,
      `x_ = ${r.pick(FAILING)}`,
      `x_ = ${r.pick(FAILING)}`,
      `assert ${this.expr("bool", 2)}, ${this.expr("str", 2)}`,
    ]);
  }

  defStmt(): void {
    if (this.inFunc || this.inLoop) return this.printStmt();
    const r = this.rng;
    const name = this.fresh("f");
    const arity = r.int(0, 3);
    const defaults = r.int(0, arity);
    const star = r.chance(0.3);
    const params: string[] = [];
    const locals = new Map<string, Ty>();
    for (let i = 0; i < arity; i++) {
      const p = `p${i}`;
      const ty: Ty = r.pick(["int", "str", "float"]);
      locals.set(p, ty);
      params.push(i >= arity - defaults ? `${p}=${this.leaf(ty)}` : p);
    }
    if (star) {
      params.push("*args");
      locals.set("args", "tuple");
    }
    if (r.chance(0.2)) {
      params.push("**kw");
      locals.set("kw", "dict");
    }
    if (r.chance(0.2) && r.chance(0.5)) {
      this.emit(r.pick(["@functools.lru_cache(maxsize=None)", "@functools.cache"]));
    }
    this.inFunc = true;
    this.locals = locals;
    this.block(`def ${name}(${params.join(", ")}):`, () => {
      this.stmts(0, 3);
      if (r.chance(0.15)) {
        this.block("try:", () => this.emit(`return ${this.expr(r.pick(["int", "str"]))}`));
        this.block(
          "finally:",
          () => this.emit(r.chance(0.5) ? `print('fin ${name}')` : "return 'from finally'"),
        );
      }
      this.emit(`return ${this.expr(r.pick(["int", "str", "list", "float"]))}`);
    });
    this.inFunc = false;
    this.locals = null;
    this.funcs.push({ name, arity, defaults, star });
    this.guarded(() => this.emit(`print(${this.callFunc()})`));
  }

  recursionStmt(): void {
    if (this.inFunc || this.inLoop) return this.printStmt();
    const r = this.rng;
    const name = this.fresh("rec");
    const base = r.pick(["0", "1", "''", "[]", "()"]);
    const step = base === "0" || base === "1"
      ? r.pick([
        `${name}(n - 1) + n`,
        `${name}(n - 1) * 2 % 1000003`,
        `${name}(n - 2) + ${name}(n - 1) if n > 2 else 1`,
        `max(${name}(n - 1), n % 7)`,
      ])
      : r.pick([
        `${name}(n - 1) + ${base === "''" ? "str(n % 10)" : base === "[]" ? "[n]" : "(n,)"}`,
      ]);
    this.block(`def ${name}(n):`, () => {
      this.block("if n <= 1:", () => this.emit(`return ${base}`));
      this.emit(`return ${step}`);
    });
    this.emit(`print(${name}(${r.int(0, step.includes("n - 2") ? 18 : 60)}))`);
    if (r.chance(0.4)) {
      // 990 fits under the limit: fine for a linear recursion, exponential for the double one.
      const depths = step.includes("n - 2") ? ["100000", "5000"] : ["100000", "5000", "990"];
      this.block("try:", () => this.emit(`${name}(${r.pick(depths)})`));
      this.block("except RecursionError:", () => this.emit(`print('RecursionError')`));
    }
    // The doubly recursive one is exponential: not for `callFunc` with arbitrary arguments.
    if (!step.includes("n - 2")) this.funcs.push({ name, arity: 1, defaults: 0, star: false });
  }

  classStmt(): void {
    if (this.inFunc || this.inLoop) return this.printStmt();
    const r = this.rng;
    const name = this.fresh("C");
    const fieldTy: Ty = r.pick(["int", "str", "list", "int"]);
    const base = this.classes.length && r.chance(0.3) ? r.pick(this.classes) : null;
    const dunders = new Set<string>();
    const all = [
      "__eq__",
      "__hash__",
      "__lt__",
      "__add__",
      "__radd__",
      "__len__",
      "__getitem__",
      "__iter__",
      "__contains__",
      "__bool__",
      "__call__",
      "__str__",
      "__neg__",
      "__index__",
      "__getattr__",
      "__iadd__",
      "__le__",
      "__mul__",
      "__setitem__",
      "__delitem__",
    ];
    for (const d of all) if (r.chance(0.3)) dunders.add(d);
    this.block(`class ${name}${base ? `(${base.name})` : ""}:`, () => {
      this.emit(`kind = ${r.pick(["'plain'", "0", "[]"])}`);
      if (r.chance(0.3)) this.emit(`__slots__ = ('v', 'w')`);
      this.block("def __init__(self, v):", () => {
        if (base) this.emit("super().__init__(v)");
        this.emit("self.v = v");
        if (r.chance(0.4)) this.emit(`self.w = ${this.leafNoVar(r.pick(["int", "str"]))}`);
      });
      // Always: the default repr shows an address, which differs from run to run.
      this.block("def __repr__(self):", () => this.emit(`return f'${name}({self.v!r})'`));
      const other = `(other.v if isinstance(other, ${name}) else other)`;
      const bodies: Record<string, [string, string]> = {
        __eq__: ["self, other", `return isinstance(other, ${name}) and self.v == other.v`],
        __hash__: [
          "self",
          r.pick(["return hash(self.v)", "return 7", "return 'x'", "return 2**70"]),
        ],
        __lt__: ["self, other", `return self.v < ${other}`],
        __le__: ["self, other", r.pick([`return self.v <= ${other}`, "return NotImplemented"])],
        __add__: [
          "self, other",
          r.pick([`return ${name}(self.v + ${other})`, "return NotImplemented"]),
        ],
        __radd__: ["self, other", `return ${name}(other + self.v)`],
        __iadd__: ["self, other", "self.v = self.v + other\n        return self"],
        __mul__: ["self, other", `return ${name}(self.v * other)`],
        __len__: [
          "self",
          r.pick(["return len(self.v)", "return -1", "return 'x'", "return 2**64", "return True"]),
        ],
        __getitem__: [
          "self, i",
          // Ends with IndexError: without `__iter__`, `list(o)` and `in` iterate until then.
          r.pick(["return self.v[i]", "return i * 2 if i < 4 else [][i]", "raise IndexError(i)"]),
        ],
        __setitem__: ["self, i, x", "self.v = x"],
        __delitem__: ["self, i", "print('delitem', i)"],
        __iter__: ["self", r.pick(["yield from range(3)", "return iter(self.v)", "return 5"])],
        __contains__: ["self, x", r.pick(["return x == self.v", "return 1", "return []"])],
        __bool__: ["self", r.pick(["return bool(self.v)", "return 1", "return False"])],
        __call__: ["self, *a, **k", "return (self.v, a, sorted(k))"],
        __str__: ["self", r.pick(["return 'str:' + str(self.v)", "return 5"])],
        __neg__: ["self", `return ${name}(-self.v)`],
        __index__: ["self", r.pick(["return 3", "return int(self.v)", "return 'x'"])],
        __getattr__: ["self, name", r.pick(["return name.upper()", "raise AttributeError(name)"])],
      };
      for (const d of dunders) {
        const [params, body] = bodies[d];
        this.block(`def ${d}(${params}):`, () => {
          for (const line of body.split("\n")) this.emit(line.trim());
        });
      }
      if (r.chance(0.4)) {
        this.emit("@property");
        this.block("def double(self):", () => this.emit("return self.v * 2"));
      }
      if (r.chance(0.3)) {
        this.emit("@classmethod");
        this.block("def make(cls, v):", () => this.emit("return cls(v)"));
      }
      if (r.chance(0.3)) {
        this.emit("@staticmethod");
        this.block("def twice(x):", () => this.emit("return x + x"));
      }
    });
    this.classes.push({ name, fieldTy, dunders });
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) {
      const v = this.fresh("o");
      this.guarded(() => this.emit(`${v} = ${name}(${this.expr(fieldTy, 2)})`));
      this.emit(`${v} = globals().get('${v}', None)`);
      this.vars.set(v, "obj");
    }
    const o = () => this.objExpr();
    const uses = [
      () => `print(${o()} + ${this.expr("int", 2)})`,
      () => `print(${this.expr("int", 2)} + ${o()})`,
      () => `print(${o()} == ${o()}, ${o()} != ${o()})`,
      () => `print(${o()} < ${o()})`,
      () => `print(sorted([${o()}, ${o()}]))`,
      () => `print(len(${o()}))`,
      () => `print(${o()}[${r.int(-1, 2)}])`,
      () => `print(list(${o()}))`,
      () => `print(${this.expr("int", 2)} in ${o()})`,
      () => `print(bool(${o()}), not ${o()})`,
      () => `print(${o()}(1, k=2))`,
      () => `print(str(${o()}), repr(${o()}), f'{${o()}}')`,
      () => `print(-${o()})`,
      () => `print(type(hash(${o()})).__name__)`,
      () => `print({${o()}: 1})`,
      () => `print([10, 20, 30, 40][${o()}])`,
      () => `print(${o()}.v, ${o()}.kind)`,
      () => `print(${o()}.missing)`,
      () => `print(getattr(${o()}, 'nope', 'default'))`,
      () => `print(${o()}.double)`,
      () => `print(${name}.make(${this.leaf(fieldTy)}))`,
      () => `print(${name}.twice(${this.leaf("int")}))`,
      () => `${o()}.v = ${this.expr(fieldTy, 2)}`,
      () => `${o()}.extra = 1`,
      () => `del ${o()}.v`,
      () => `print(type(${o()}).__name__, isinstance(${o()}, ${name}), ${name}.__mro__[-1])`,
      () => `print(vars(${o()}))`,
      () => `x_ = ${o()}\nx_ += ${this.leaf(fieldTy)}\nprint(x_)`,
      () => `${o()}[0] = 1`,
      () => `del ${o()}[0]`,
      () => `print(${o()} * 2)`,
      () => `print(bin(${o()}))`,
      () => `print(max(${o()}, ${o()}))`,
      () => `print(${o()} <= ${o()})`,
      () => `print(sum([${o()}, ${o()}], ${o()}))`,
    ];
    const k = r.int(2, 6);
    for (let i = 0; i < k; i++) {
      const lines = r.pick(uses)().split("\n");
      this.guarded(() => lines.forEach((l) => this.emit(l)));
    }
  }

  generatorStmt(): void {
    if (this.inFunc || this.inLoop) return this.printStmt();
    const r = this.rng;
    const name = this.fresh("gen");
    if (r.chance(0.6)) {
      this.block(`def ${name}(n):`, () => {
        this.block("for i in range(n):", () => {
          if (r.chance(0.3)) {
            this.block(
              "if i == 2:",
              () => this.emit(r.pick(["return 'early'", "raise ValueError('in gen')", "continue"])),
            );
          }
          this.emit(`yield ${r.pick(["i * i", "str(i)", "(i, -i)", "[i]"])}`);
        });
        if (r.chance(0.3)) {
          this.emit(`yield from ${r.pick(["'ab'", "range(2)", "[]", "iter([9])"])}`);
        }
        this.emit("return 'done'");
      });
      const uses = [
        `print(list(${name}(${r.int(0, 5)})))`,
        `print(sum(1 for _ in ${name}(${r.int(0, 5)})))`,
        `g_ = ${name}(3)\nprint(next(g_), next(g_, 'dflt'))`,
        `g_ = ${name}(1)\nnext(g_)\nnext(g_)`,
        `g_ = ${name}(3)\nprint(next(g_))\nprint(g_.throw(KeyError('t')))`,
        `g_ = ${name}(3)\nnext(g_)\ng_.close()\nprint(list(g_))`,
        `print([x for x in ${name}(4) if x])`,
        `print(dict(zip('abc', ${name}(5))))`,
        `def d_():\n    r_ = yield from ${name}(2)\n    print('returned', r_)\nprint(list(d_()))`,
      ];
      const k = r.int(1, 3);
      for (let i = 0; i < k; i++) {
        const lines = r.pick(uses).split("\n");
        this.guarded(() => lines.forEach((l) => this.emit(l)));
      }
    } else {
      // The accumulator loops forever by design, but is only ever driven by a bounded number of sends.
      this.block(`def ${name}():`, () => {
        this.emit("total = 0");
        this.block("while True:", () => {
          this.emit("x = yield total");
          this.block("if x is None:", () => this.emit(r.pick(["continue", "return total"])));
          this.emit(`total ${r.pick(["+=", "-=", "*="])} x`);
        });
      });
      const a = this.fresh("acc");
      this.guarded(() => {
        this.emit(`${a} = ${name}()`);
        this.emit(`print(next(${a}))`);
        const n = r.int(1, 4);
        for (let i = 0; i < n; i++) {
          this.emit(`print(${a}.send(${this.leaf(r.pick(["int", "int", "float", "str"]))}))`);
        }
        if (r.chance(0.5)) this.emit(`print(${a}.send(None))`);
        if (r.chance(0.3)) this.emit(`${a}.throw(ValueError('stop'))`);
        this.emit(`${a}.close()`);
      });
    }
  }

  excClassStmt(): void {
    if (this.inFunc || this.inLoop) return this.printStmt();
    const r = this.rng;
    const name = this.fresh("E");
    const base = r.pick([
      "Exception",
      "ValueError",
      "KeyError",
      "LookupError",
      "ArithmeticError",
      ...this.excs,
    ]);
    if (r.chance(0.5)) this.emit(`class ${name}(${base}): pass`);
    else {
      this.block(`class ${name}(${base}):`, () => {
        this.block("def __init__(self, *args):", () => {
          this.emit("super().__init__(*args)");
          this.emit(`self.code = ${r.int(0, 99)}`);
        });
        if (r.chance(0.5)) {
          this.block(
            "def __str__(self):",
            () => this.emit(`return 'E:' + ${r.pick(["repr(self.args)", "str(self.code)"])}`),
          );
        }
      });
    }
    this.excs.push(name);
  }

  withStmt(): void {
    if (this.inFunc || this.inLoop) return this.printStmt();
    const r = this.rng;
    const name = this.fresh("CM");
    this.block(`class ${name}:`, () => {
      this.block("def __enter__(self):", () => {
        this.emit("print('enter')");
        this.emit(r.pick(["return self", "return 42", "return None"]));
      });
      this.block("def __exit__(self, t, v, tb):", () => {
        this.emit("print('exit', t.__name__ if t else None, v)");
        this.emit(`return ${r.pick(["True", "False", "None", "1"])}`);
      });
    });
    this.guarded(() => {
      this.block(`with ${name}() as c_${r.chance(0.3) ? `, ${name}() as d_` : ""}:`, () => {
        this.emit("print('body', c_ if not isinstance(c_, " + name + ") else 'cm')");
        if (r.chance(0.6)) this.emit(this.raiser());
      });
      this.emit("print('after with')");
    });
  }

  closureStmt(): void {
    if (this.inFunc || this.inLoop) return this.printStmt();
    const r = this.rng;
    const name = this.fresh("mk");
    this.block(`def ${name}(start):`, () => {
      this.emit("n = start");
      this.block("def step(d=1):", () => {
        this.emit("nonlocal n");
        this.emit(`n ${r.pick(["+=", "-=", "*="])} d`);
        this.emit("return n");
      });
      this.emit("return step");
    });
    const s = this.fresh("st");
    this.emit(`${s} = ${name}(${this.leaf(r.pick(["int", "str", "list"]))})`);
    this.guarded(() =>
      this.emit(`print(${s}(), ${s}(${this.leaf(r.pick(["int", "str", "list"]))}), ${s}.__name__)`)
    );
  }

  globalStmt(): void {
    if (this.inFunc || this.inLoop) return this.printStmt();
    const g = this.fresh("G");
    const f = this.fresh("bump");
    this.emit(`${g} = ${this.rng.int(0, 9)}`);
    this.block(`def ${f}():`, () => {
      if (this.rng.chance(0.8)) this.emit(`global ${g}`);
      this.emit(`${g} += 1`);
      this.emit(`return ${g}`);
    });
    this.guarded(() => this.emit(`print(${f}(), ${f}(), ${g})`));
  }

  mutateStmt(): void {
    const r = this.rng;
    const l = this.varOf("list");
    const d = this.varOf("dict");
    const s = this.varOf("set");
    const choices: string[] = [];
    if (l !== null && !this.frozen.has(l)) {
      choices.push(
        `${l}.append(${this.expr(r.pick(TYPES), 2)})`,
        `${l}.sort()`,
        `${l}.reverse()`,
        `${l}.insert(${r.int(-3, 5)}, ${this.leaf("int")})`,
        `${l}.extend(${this.expr(r.pick(["list", "str"]), 2)}[:3])`,
        `print(${l}.pop())`,
        `${l}.remove(${this.leaf("int")})`,
        `${l}[${r.int(-3, 3)}] = ${this.leaf("int")}`,
        `${l}[${this.sliceText()}] = ${this.inLoop ? "[0, 1]" : this.expr("list", 2)}`,
        `del ${l}[${this.sliceText()}]`,
        `${l}.sort(key=${this.keyFunc()}, reverse=${r.pick(["True", "False"])})`,
        `print(${l}.pop(${r.int(-2, 2)}))`,
        `${l}.clear()`,
        `a_, *b_ = ${l}\nprint(a_, b_)`,
        `a_, b_ = ${l}\nprint(a_, b_)`,
        `[*a_, b_] = ${l}\nprint(a_, b_)`,
        `${l}[:] = ${l}[::-1]`,
        `print(${l}.copy() is ${l}, ${l} is ${l})`,
      );
    }
    if (d !== null && !this.frozen.has(d)) {
      choices.push(
        `${d}[${this.leaf("str")}] = ${this.expr(r.pick(TYPES), 2)}`,
        `del ${d}[${this.leaf("str")}]`,
        `print(${d}.pop(${this.leaf("str")}, 'gone'))`,
        `print(${d}.setdefault(${this.leaf("int")}, []))`,
        `${d}.update(${this.inLoop ? "{'u': 1}" : this.expr("dict", 2)})`,
        `print(${d}.get(${this.leaf("int")}))`,
        `print(sorted(${d}.items(), key=str))`,
        `print(${d}.popitem())`,
        `print(list(${d}), len(${d}))`,
        `${d} |= {'z': 0}`,
        `for k_ in list(${d}):\n    del ${d}[k_]`,
        `for k_ in ${d}:\n    ${d}['new'] = 1`,
      );
    }
    if (s !== null && !this.frozen.has(s)) {
      choices.push(
        `${s}.add(${this.leaf("int")})`,
        `${s}.discard(${this.leaf("int")})`,
        `${s}.remove(${this.leaf("int")})`,
        `print(sorted(${s}))`,
        `print(${s}.pop())`,
      );
    }
    if (choices.length === 0) return this.printStmt();
    const lines = r.pick(choices).split("\n");
    this.guarded(() => lines.forEach((x) => this.emit(x)));
  }

  delStmt(): void {
    const scope = this.scope();
    const names = [...scope.keys()].filter((n) => !this.frozen.has(n));
    if (names.length === 0 || this.inLoop) return this.printStmt();
    const n = this.rng.pick(names);
    this.guarded(() => this.emit(`del ${n}`));
    // Sometimes left in the pool: the next use is a NameError, compared with CPython's message.
    if (this.rng.chance(0.7)) scope.delete(n);
  }

  lambdaStmt(): void {
    const r = this.rng;
    this.guarded(() =>
      this.emit(r.pick([
        `print((lambda a, b=${this.leaf("int")}, *c, **d: (a, b, c, d))(${this.leaf("int")}, ${
          this.leaf("str")
        }, 3, k=4))`,
        `print(sorted(${this.expr("list", 1)}, key=${this.keyFunc()}))`,
        `print(list(map(lambda x, y: x ${r.pick(["+", "*", "-"])} y, ${this.expr("list", 1)}, ${
          this.expr("list", 1)
        })))`,
        `print(functools.partial(${r.pick(["int", "max", "pow"])}, ${this.leaf("int")})(${
          this.leaf("int")
        }))`,
        `print(functools.reduce(lambda a, b: a ${r.pick(["+", "*", "-"])} b, ${
          this.expr("list", 1)
        }${r.chance(0.5) ? ", 0" : ""}))`,
        `print(operator.${r.pick(["add", "mul", "sub", "truediv", "mod", "getitem", "contains"])}(${
          this.expr(r.pick(TYPES), 1)
        }, ${this.expr(r.pick(TYPES), 1)}))`,
        `print(sorted(${
          this.expr("list", 1)
        }, key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b))))`,
      ]))
    );
  }

  unpackStmt(): void {
    const r = this.rng;
    if (this.inLoop) return this.printStmt();
    const a = this.fresh("u");
    const b = this.fresh("u");
    this.guarded(() => {
      this.emit(r.pick([
        `${a}, ${b} = ${this.expr(r.pick(["list", "tuple", "str", "dict"]), 1)}`,
        `${a}, *${b} = ${this.expr(r.pick(["list", "tuple", "str"]), 1)}`,
        `(${a}, ${b}), c_ = ${this.expr("list", 1)}, 1`,
        `${a} = ${b} = ${this.expr("int", 1)}`,
        `${a}, ${b} = ${b}, ${a} = 1, 2`,
      ]));
      this.emit(`print(${a}, ${b})`);
    });
  }

  stmt(): void {
    const r = this.rng;
    if (this.budget-- <= 0) return this.printStmt();
    const which = r.weighted<() => void>([
      [12, () => this.printStmt()],
      [7, () => this.assignStmt()],
      [4, () => this.augStmt()],
      [3, () => this.ifStmt()],
      [3, () => this.forStmt()],
      [2, () => this.whileStmt()],
      [2, () => this.listLoopStmt()],
      [3, () => this.tryStmt()],
      [3, () => this.defStmt()],
      [2, () => this.recursionStmt()],
      [3, () => this.classStmt()],
      [2, () => this.generatorStmt()],
      [1, () => this.excClassStmt()],
      [1, () => this.withStmt()],
      [1, () => this.closureStmt()],
      [1, () => this.globalStmt()],
      [4, () => this.mutateStmt()],
      [1, () => this.delStmt()],
      [2, () => this.lambdaStmt()],
      [2, () => this.unpackStmt()],
    ]);
    which();
  }

  stmts(lo: number, hi: number): void {
    const n = this.rng.int(lo, hi);
    for (let i = 0; i < n; i++) this.stmt();
  }
}

/** One random program of 8 to 30 top-level statements. */
export function grammarProgram(rng: Rng): string {
  const g = new Gen(rng);
  g.emit("import math, itertools, functools, collections, operator, heapq");
  g.budget = rng.int(10, 45);
  const n = rng.int(8, 30);
  for (let i = 0; i < n; i++) g.stmt();
  // Sometimes the program ends in an uncaught exception, so the traceback's last line is compared too.
  if (rng.chance(0.15)) g.emit(g.raiser());
  if (rng.chance(0.05)) {
    g.emit(`import sys; sys.exit(${rng.pick(["0", "3", "'bye'", "None", "True"])})`);
  }
  return g.out.join("\n") + "\n";
}

/**
 * Program generators for the robustness fuzzer (`fuzz.ts`): token soup,
 * truncations and mutations of the conformance corpus, and (in
 * `fuzz_grammar.ts`) small well-formed programs. Every program is a pure
 * function of `(seed, index)` and the corpus, so a reported failure can be
 * regenerated exactly.
 *
 * @module
 */
import { grammarProgram } from "./fuzz_grammar.ts";

/** A seeded PRNG (mulberry32): fast, and identical on every platform. */
export class Rng {
  #s: number;
  constructor(seed: number) {
    this.#s = seed >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    let t = (this.#s = (this.#s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** One of `choices`, each as likely as its weight. */
  weighted<T>(choices: readonly (readonly [number, T])[]): T {
    let total = 0;
    for (const [w] of choices) total += w;
    let r = this.next() * total;
    for (const [w, v] of choices) {
      r -= w;
      if (r < 0) return v;
    }
    return choices[choices.length - 1][1];
  }
}

/** Mixes integers into one 32-bit seed (splitmix32 finalizer), so program `i` has its own stream. */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h = (h ^ (p >>> 0)) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
  }
  return h;
}

/** A source file the mutating generators start from. */
export interface CorpusFile {
  path: string;
  text: string;
  /** The modules beside it that it may import (`_name.py`), by file name. */
  helpers?: Record<string, string>;
}

export type Kind = "soup" | "truncate" | "mutate" | "grammar";
export const KINDS: readonly Kind[] = ["soup", "truncate", "mutate", "grammar"];

/** One generated program and how it was made. */
export interface Program {
  index: number;
  kind: Kind;
  /** The corpus file it was derived from, if any. */
  origin?: string;
  /** What was done to the origin (mutations, truncation offset). */
  note: string;
  source: string;
  /** Modules beside the program (`_name.py`), by file name. */
  files?: Record<string, string>;
}

// Weighted so that the runtime (grammar, mutations) gets most of the budget
// while the parser still sees plenty of garbage.
const KIND_WEIGHTS: readonly (readonly [number, Kind])[] = [
  [25, "soup"],
  [20, "truncate"],
  [30, "mutate"],
  [25, "grammar"],
];

/** Program `index` of the run seeded `seed`, of one of `kinds` (all by default). */
export function generate(
  seed: number,
  index: number,
  corpus: readonly CorpusFile[],
  kinds: readonly Kind[] = KINDS,
): Program {
  const rng = new Rng(mixSeed(seed, index));
  const kind = rng.weighted(KIND_WEIGHTS.filter(([, k]) => kinds.includes(k)));
  switch (kind) {
    case "soup":
      return { index, kind, note: "", source: tokenSoup(rng) };
    case "truncate":
    case "mutate": {
      const file = rng.pick(corpus);
      const helpers = Object.keys(file.helpers ?? {});
      // Now and then the damage goes to a module the program imports instead.
      const target = helpers.length > 0 && rng.chance(0.3) ? rng.pick(helpers) : null;
      const text = target === null ? file.text : file.helpers![target];
      let out: string;
      let note: string;
      if (kind === "truncate") ({ source: out, note } = truncate(rng, text));
      else {
        const m = mutate(rng, text);
        out = m.source;
        note = m.notes.join("; ");
      }
      const program: Program = { index, kind, origin: file.path, note, source: out };
      if (helpers.length > 0) {
        program.files = { ...file.helpers };
        if (target !== null) {
          program.files[target] = out;
          program.source = file.text;
          program.note = `in ${target}: ${note}`;
        }
      }
      return program;
    }
    case "grammar":
      return { index, kind, note: "", source: grammarProgram(rng) };
  }
}

// -- Token soup ------------------------------------------------------------------------

const KEYWORDS = [
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
  "match",
  "case",
  "type",
  "_",
  "print",
  "super",
  "self",
];
const OPERATORS = [
  "+",
  "-",
  "*",
  "/",
  "//",
  "%",
  "**",
  "<<",
  ">>",
  "&",
  "|",
  "^",
  "~",
  "<",
  ">",
  "<=",
  ">=",
  "==",
  "!=",
  "=",
  "+=",
  "-=",
  "*=",
  "/=",
  "//=",
  "%=",
  "**=",
  "<<=",
  ">>=",
  "&=",
  "|=",
  "^=",
  "@",
  "@=",
  ":=",
  "->",
  ".",
  ",",
  ":",
  ";",
  "...",
  "!",
  "$",
  "?",
  "`",
  "<>",
  "=>",
  "*",
  "**",
  ",",
  ",",
];
const BRACKETS = ["(", ")", "[", "]", "{", "}", "(", ")", "[", "]"];
const LITERALS = [
  "0",
  "1",
  "42",
  "-7",
  "0x1F",
  "0o17",
  "0b101",
  "1_000",
  "007",
  "0_",
  "1__0",
  "0b2",
  "0xg",
  "1e",
  "1.5",
  ".5",
  "5.",
  "1e10",
  "1.e-3",
  "1_0.0_1",
  "1j",
  "2.5J",
  "9".repeat(40),
  "1e309",
  "0e0",
  "'a'",
  '"b"',
  "''",
  "'''x'''",
  '"""doc"""',
  "r'\\d'",
  "b'xy'",
  "f'{x}'",
  "f'{x!r:>4}'",
  "f'{'",
  "f'}'",
  "'unterminated",
  '"unterminated',
  "'''unterminated",
  '"\\N{BULLET}"',
  '"\\N{NOPE}"',
  "'\\x4'",
  "'\\u12'",
  "rb'..'",
  "u'x'",
  "br'x'",
  "f'{x=}'",
  "'é😀'",
  "b'é'",
  "f'{x:{y}}'",
  "f'{{}}'",
  "f'{1+}'",
  "'\\",
  "f'{lambda: 1}'",
  "f'{x!z}'",
  "'a' 'b'",
  "b'a' 'b'",
];
const NAMES = [
  "x",
  "y",
  "z",
  "f",
  "g",
  "i",
  "n",
  "L",
  "d",
  "s",
  "self",
  "cls",
  "len",
  "range",
  "print",
  "__init__",
  "__name__",
  "é",
  "π",
  "x1",
  "_x",
  "Ab",
  "int",
  "str",
  "object",
  "Exception",
];
const ODD = [
  "\\\n",
  "#c",
  "\t",
  "\f",
  "\r",
  "\r\n",
  "\u00a0",
  "\u200b",
  "\ufeff",
  "\0",
  "\\",
  "\u0660",
];
const STATEMENT_SHAPES = [
  "if $:",
  "elif $:",
  "else:",
  "while $:",
  "for x in $:",
  "def f($):",
  "class C($):",
  "x = $",
  "return $",
  "print($)",
  "try:",
  "except $:",
  "finally:",
  "with $ as w:",
  "lambda $: $",
  "del $",
  "import $",
  "from $ import $",
  "global $",
  "nonlocal $",
  "assert $, $",
  "raise $ from $",
  "yield $",
  "@$",
  "async def f():",
  "await $",
  "match $:",
  "case $:",
  "x: $ = $",
  "$[$] = $",
  "$($)",
  "[$ for $ in $]",
  "{$: $ for $ in $ if $}",
];

function soupToken(rng: Rng): string {
  return rng.weighted<() => string>([
    [4, () => rng.pick(KEYWORDS)],
    [5, () => rng.pick(OPERATORS)],
    [5, () => rng.pick(BRACKETS)],
    [5, () => rng.pick(LITERALS)],
    [6, () => rng.pick(NAMES)],
    [1, () => rng.pick(ODD)],
    [1, () => "\n"],
  ])();
}

function soupRun(rng: Rng, n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(soupToken(rng));
  return parts.join(rng.chance(0.7) ? " " : "");
}

const INDENTS = [
  "",
  "",
  "",
  "    ",
  "    ",
  "        ",
  "  ",
  "\t",
  " \t",
  "\t    ",
  "            ",
];

/** Random lines of keywords, operators, brackets, literals and names, some shaped like statements. */
export function tokenSoup(rng: Rng): string {
  const lines: string[] = [];
  const count = rng.int(1, 14);
  for (let i = 0; i < count; i++) {
    const indent = rng.pick(INDENTS);
    let line: string;
    if (rng.chance(0.4)) {
      line = rng.pick(STATEMENT_SHAPES).replace(/\$/g, () => soupRun(rng, rng.int(0, 4)));
    } else {
      line = soupRun(rng, rng.int(1, 12));
    }
    if (rng.chance(0.03)) line += " " + deepNesting(rng, "x");
    lines.push(indent + line);
  }
  const end = rng.pick(["\n", "\n", "\n", "", "\r\n", "\n\n", "\\"]);
  return lines.join(rng.chance(0.9) ? "\n" : rng.pick(["\r\n", "\r", ";"])) + end;
}

// -- Truncation ------------------------------------------------------------------------

const encoder = new TextEncoder();
// Not fatal: a cut through a multi-byte character decodes to U+FFFD, as
// the Deno host's `readTextFileSync` would.
const decoder = new TextDecoder();

/** A prefix (or, sometimes, a suffix) of `text` cut at a random byte offset. */
export function truncate(rng: Rng, text: string): { source: string; note: string } {
  const bytes = encoder.encode(text);
  const at = rng.int(0, bytes.length);
  if (rng.chance(0.2)) {
    return { source: decoder.decode(bytes.subarray(at)), note: `bytes ${at}.. of ${bytes.length}` };
  }
  return {
    source: decoder.decode(bytes.subarray(0, at)),
    note: `bytes ..${at} of ${bytes.length}`,
  };
}

// -- Mutation --------------------------------------------------------------------------

const PY_KEYWORDS = new Set(KEYWORDS.concat(["print", "super", "self"]));

function identifiers(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/\b[A-Za-z_][A-Za-z0-9_]*\b/g)) {
    if (!PY_KEYWORDS.has(m[0])) names.add(m[0]);
  }
  return [...names];
}

// Operators that swap for one another; the regexes are crude (strings and
// comments get hit too), which only makes the result more varied.
const OPERATOR_GROUPS: readonly string[][] = [
  ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"],
  ["<", ">", "<=", ">=", "==", "!=", " is ", " is not ", " in ", " not in "],
  ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>=", "="],
  [" and ", " or "],
];
const OPERATOR_RE =
  /\*\*=|\/\/=|<<=|>>=|[-+*\/%&|^@]=|\*\*|\/\/|<<|>>|<=|>=|==|!=| is not | not in | is | in | and | or |[-+*\/%<>&|^@]/g;

const OTHER_LITERALS = [
  "0",
  "-1",
  "1",
  "2**64",
  "10**20",
  "'s'",
  "''",
  "'é😀'",
  "None",
  "1.5",
  "-0.0",
  "float('nan')",
  "float('inf')",
  "[]",
  "[1, 2]",
  "{}",
  "{'k': 1}",
  "()",
  "(1,)",
  "True",
  "False",
  "b'b'",
  "...",
  "set()",
  "range(3)",
  "object()",
  "len",
  "int",
  "lambda *a: a",
  "1e308",
  "0.1",
];
const LITERAL_RE =
  /\b\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?\b|'[^'\\\n]*'|"[^"\\\n]*"|\bNone\b|\bTrue\b|\bFalse\b|\[\]|\{\}/g;

const DEEP_DEPTHS = [
  10,
  50,
  99,
  100,
  101,
  150,
  199,
  200,
  201,
  255,
  256,
  500,
  1000,
  3000,
  10000,
  50000,
];

/** `inner` wrapped `n` times in one of the constructs a recursive-descent front end recurses on. */
export function deepNesting(rng: Rng, inner: string): string {
  const n = rng.pick(DEEP_DEPTHS);
  return rng.pick<() => string>([
    () => "(".repeat(n) + inner + ")".repeat(n),
    () => "[".repeat(n) + inner + "]".repeat(n),
    () => "{".repeat(n) + inner + "}".repeat(n),
    () => "-".repeat(n) + inner,
    () => "not ".repeat(n) + inner,
    () => "~".repeat(n) + inner,
    () => "await ".repeat(n) + inner,
    () => inner + "[0]".repeat(n),
    () => inner + "()".repeat(n),
    () => inner + ".a".repeat(n),
    () => inner + " + 1".repeat(n),
    () => inner + " ** 1".repeat(n),
    () => inner + " if 1 else 0".repeat(n),
    () => "lambda: ".repeat(n) + inner,
    () => "f'{".repeat(Math.min(n, 50)) + inner + "}'".repeat(Math.min(n, 50)),
    () => "[".repeat(n) + inner + ", ".repeat(3) + "]".repeat(n),
    () => "(" + (inner + ", ").repeat(n) + ")",
    () => "f(" + "*x, ".repeat(n) + ")",
    () => "x" + " < x".repeat(n),
    () => "(x, (".repeat(n) + inner + ")".repeat(n) + ")".repeat(n),
  ])();
}

const HUGE_INTS = [
  "10**100000",
  "2**(2**20)",
  "-(2**1000)",
  "1 << 100000",
  "int('7' * 4300)",
  "int('7' * 4301)",
  "10**4300",
  "str(10**5000)",
  "9".repeat(4300),
  "9".repeat(4301),
  "9".repeat(20000),
  "0x" + "f".repeat(5000),
  "2**63",
  "-2**63 - 1",
  "2**64 - 1",
  "(1 << 200) // 3",
  "pow(2, 10**5, 10**9)",
  "(-1) ** (10**20)",
  "(10**30) >> 100",
  "1 << -1",
  "1 << 2**64",
  "2 ** -2000",
  "10**400 / 7",
  "float(10**400)",
  "(2**1024) // 1.0",
  "divmod(-10**50, 7)",
  "hash(2**100)",
  "round(10**30, -15)",
];
const LONG_STRINGS = [
  "'a' * 10**7",
  "'é😀' * 10**5",
  "'x' * 2**40",
  "'x' * 2**62",
  "'x' * 2**63",
  "[0] * 2**40",
  "[None] * 10**6",
  "'%s' * 10**4 % tuple(range(10**4))",
  "'ab' * -5",
  "b'x' * 2**40",
  "'-'.join(['ab'] * 10**5)",
  "'a' * 2**31",
  "('ab' * 10**6).upper()",
  "repr('\\x00' * 10**5)",
  "(1,) * 2**40",
  "str(list(range(10**5)))",
  "'{:>1000000}'.format(1)",
  "f'{1:>{10**6}}'",
  "'{:>100000000000}'.format(1)",
  "'%*d' % (10**10, 1)",
  "'x'.center(2**40)",
  "'x'.zfill(2**62)",
];
const LONG_LITERAL_SIZES = [1000, 100000, 1000000];

const INSERTS = [
  "del $N",
  "del $N, $N",
  "raise",
  "raise $N",
  "raise ValueError('fuzz')",
  "raise $N from $N",
  "return",
  "return $N",
  "yield",
  "yield $N",
  "yield from $N",
  "break",
  "continue",
  "global $N",
  "nonlocal $N",
  "$N = None",
  "$N = $N",
  "pass",
  "import sys; sys.setrecursionlimit(50)",
  "import sys; sys.setrecursionlimit(10**6)",
  "import sys; sys.setrecursionlimit(10**9)",
  "assert False, $N",
  "$N()",
  "$N.$N = 1",
  "del $N.$N",
  "del $N[0]",
  "$N[0] = $N",
  "$N += $N",
  "$N, *$N = $N",
  "print($N)",
  "raise SystemExit(3)",
  "import sys; sys.exit(0)",
  "for $N in $N: pass",
  "while $N: break",
  "class $N: pass",
  "def $N(): return $N",
  "lambda: $N",
  "with $N: pass",
  "try: $N\nexcept: pass",
  "import $N",
  "from $N import *",
  "$N = $N[::-1]",
  "exit()",
  "__import__('sys')",
  "locals()[$N] = 1",
  "globals().clear()",
  "vars()",
  "del __builtins__",
  "print = None",
  "object.__setattr__($N, 'x', 1)",
  "type($N).x = 1",
];

function insertStatement(rng: Rng, lines: string[], names: string[]): string {
  const i = rng.int(0, lines.length);
  const ref = lines[i] ?? lines[i - 1] ?? "";
  let indent = /^[ \t]*/.exec(ref)![0];
  // After a block opener the new line starts its body.
  if (i > 0 && /:\s*(#.*)?$/.test(lines[i - 1] ?? "")) {
    indent = /^[ \t]*/.exec(lines[i - 1])![0] + "    ";
  }
  const name = () => (names.length ? rng.pick(names) : "x");
  const stmt = rng.pick(INSERTS).replace(/\$N/g, name);
  lines.splice(i, 0, ...stmt.split("\n").map((l) => indent + l));
  return `insert '${stmt.split("\n")[0]}' at line ${i + 1}`;
}

function replaceAt(
  line: string,
  re: RegExp,
  rng: Rng,
  replacement: (m: string) => string,
): string | null {
  const matches = [...line.matchAll(re)];
  if (matches.length === 0) return null;
  const m = rng.pick(matches);
  return line.slice(0, m.index!) + replacement(m[0]) + line.slice(m.index! + m[0].length);
}

/** Picks a line index whose text matches `re`, or -1. */
function lineMatching(rng: Rng, lines: string[], re: RegExp): number {
  const candidates: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (new RegExp(re.source).test(lines[i])) candidates.push(i);
  }
  return candidates.length ? rng.pick(candidates) : -1;
}

/** One mutation applied in place; returns its description. */
function mutateOnce(rng: Rng, lines: string[], names: string[]): string {
  if (lines.length === 0) lines.push("");
  const op = rng.weighted<string>([
    [3, "delete"],
    [2, "duplicate"],
    [2, "swap"],
    [4, "operator"],
    [4, "literal"],
    [5, "insert"],
    [2, "nest"],
    [2, "hugeint"],
    [2, "longstr"],
    [3, "indent"],
    [2, "name"],
  ]);
  const i = rng.int(0, lines.length - 1);
  switch (op) {
    case "delete":
      lines.splice(i, rng.chance(0.8) ? 1 : rng.int(2, 5));
      return `delete line ${i + 1}`;
    case "duplicate":
      lines.splice(i, 0, lines[i]);
      return `duplicate line ${i + 1}`;
    case "swap": {
      const j = rng.chance(0.5) ? Math.min(lines.length - 1, i + 1) : rng.int(0, lines.length - 1);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return `swap lines ${i + 1} and ${j + 1}`;
    }
    case "operator": {
      const k = lineMatching(rng, lines, OPERATOR_RE);
      if (k < 0) return mutateOnce(rng, lines, names);
      const out = replaceAt(lines[k], OPERATOR_RE, rng, (m) => {
        const group = OPERATOR_GROUPS.find((g) => g.includes(m)) ?? OPERATOR_GROUPS[0];
        return rng.pick(group);
      })!;
      lines[k] = out;
      return `flip an operator on line ${k + 1}`;
    }
    case "literal": {
      const k = lineMatching(rng, lines, LITERAL_RE);
      if (k < 0) return mutateOnce(rng, lines, names);
      const lit = rng.pick(OTHER_LITERALS);
      lines[k] = replaceAt(lines[k], LITERAL_RE, rng, () => lit)!;
      return `literal -> ${lit} on line ${k + 1}`;
    }
    case "insert":
      return insertStatement(rng, lines, names);
    case "nest": {
      const k = lineMatching(rng, lines, LITERAL_RE);
      if (k < 0 || rng.chance(0.3)) {
        // Deeply nested blocks rather than expressions.
        const n = rng.pick([20, 99, 100, 101, 200, 1000]);
        const block: string[] = [];
        for (let d = 0; d < n; d++) {
          block.push(
            " ".repeat(d) +
              rng.pick([
                "if 1:",
                "for _ in '1':",
                "while 0:",
                "try:",
                "def f():",
                "class C:",
                "with x:",
              ]),
          );
        }
        block.push(" ".repeat(n) + "pass");
        lines.splice(i, 0, ...block);
        return `${n} nested blocks at line ${i + 1}`;
      }
      let how = "";
      lines[k] = replaceAt(lines[k], LITERAL_RE, rng, (m) => {
        const s = deepNesting(rng, m);
        how = s.slice(0, 12);
        return s;
      })!;
      return `deep nesting '${how}...' on line ${k + 1}`;
    }
    case "hugeint":
    case "longstr": {
      let value: string;
      if (op === "hugeint") value = rng.pick(HUGE_INTS);
      else if (rng.chance(0.3)) {
        const n = rng.pick(LONG_LITERAL_SIZES);
        value = rng.pick(["'", '"', "'''", "b'", "r'", "f'"]);
        value = value + "ab".repeat(n / 2) + value.replace(/^[a-z]/, "");
      } else value = rng.pick(LONG_STRINGS);
      const k = lineMatching(rng, lines, LITERAL_RE);
      const short = value.length > 30 ? value.slice(0, 30) + "..." : value;
      if (k >= 0 && rng.chance(0.7)) {
        lines[k] = replaceAt(lines[k], LITERAL_RE, rng, () => value)!;
        return `literal -> ${short} on line ${k + 1}`;
      }
      const indent = /^[ \t]*/.exec(lines[i])![0];
      lines.splice(i, 0, `${indent}print(len(str(${value})))`);
      return `insert ${short} at line ${i + 1}`;
    }
    case "indent": {
      const line = lines[i];
      const body = line.replace(/^[ \t]*/, "");
      const indent = line.slice(0, line.length - body.length);
      const variants = [
        indent + " " + body,
        indent.slice(1) + body,
        indent.replace(/ {4}/, "\t") + body,
        indent + "\t" + body,
        "    " + indent + body,
        indent.slice(0, Math.floor(indent.length / 2)) + body,
        " \t" + indent + body,
        "\f" + indent + body,
        body,
      ];
      lines[i] = rng.pick(variants);
      return `reindent line ${i + 1}`;
    }
    case "name": {
      if (names.length < 2) return mutateOnce(rng, lines, names);
      const from = rng.pick(names);
      const to = rng.pick(names);
      const re = new RegExp(`\\b${from}\\b`, "g");
      const k = lineMatching(rng, lines, re);
      if (k < 0) return mutateOnce(rng, lines, names);
      lines[k] = lines[k].replace(re, to);
      return `rename ${from} -> ${to} on line ${k + 1}`;
    }
  }
  throw new Error(`unknown mutation ${op}`);
}

/** `text` with one to three random mutations. */
export function mutate(rng: Rng, text: string): { source: string; notes: string[] } {
  const lines = text.replace(/\n$/, "").split("\n");
  const names = identifiers(text);
  const notes: string[] = [];
  const n = rng.weighted([[6, 1], [3, 2], [1, 3]] as const);
  for (let k = 0; k < n; k++) notes.push(mutateOnce(rng, lines, names));
  return { source: lines.join("\n") + "\n", notes };
}

/**
 * Tests of the pure parts of the program benchmarks: statistics, the output
 * check, the table and the chart. No test here times anything.
 */
import assert from "node:assert/strict";
import {
  type Cell,
  checkOutputs,
  checksumLabel,
  checksumLine,
  columnGeomean,
  formatRatio,
  formatTable,
  geomean,
  logTicks,
  median,
  type ProgramResult,
  ratio,
  ratioColumns,
  renderSvg,
  spread,
  xmlEscape,
} from "./bench_report.ts";
import { BenchUsageError, selectModes } from "./bench_programs.ts";

const ok = (...times: number[]): Cell => ({ status: "ok", times });

Deno.test("median: odd, even, unsorted, single, empty", () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([5]), 5);
  assert.equal(median([10, 1, 1, 1, 10]), 1);
  assert.ok(Number.isNaN(median([])));
  const xs = [3, 1, 2];
  median(xs);
  assert.deepEqual(xs, [3, 1, 2], "the input is not sorted in place");
});

Deno.test("geomean: of ratios, symmetric under inversion", () => {
  assert.ok(Math.abs(geomean([2, 8]) - 4) < 1e-12);
  assert.ok(Math.abs(geomean([0.5, 2]) - 1) < 1e-12);
  assert.ok(Math.abs(geomean([3]) - 3) < 1e-12);
  const xs = [0.3, 1.7, 4.2, 0.9];
  assert.ok(Math.abs(geomean(xs) * geomean(xs.map((x) => 1 / x)) - 1) < 1e-12);
  assert.ok(Number.isNaN(geomean([])));
  assert.ok(Number.isNaN(geomean([1, 0])));
});

Deno.test("spread: range over median", () => {
  assert.equal(spread([1, 2, 3]), 1);
  assert.equal(spread([4, 4, 4]), 0);
  assert.equal(spread([7]), 0);
});

Deno.test("checksumLabel: the last line's label from a committed .out", () => {
  assert.equal(checksumLabel("a: 1\nfib checksum: 4180\n"), "fib checksum:");
  assert.equal(checksumLabel("vBv = 1.0\nspectral norm: 1.273839841\n"), "spectral norm:");
  assert.equal(
    checksumLabel("x\n\nenergy after:  -0.1\nnbody checksum: -11.172647\n\n"),
    "nbody checksum:",
  );
  assert.equal(checksumLabel("42\n"), "");
  assert.equal(checksumLabel(""), "");
});

Deno.test("checksumLine: only the last line, and only with the label", () => {
  assert.equal(checksumLine("chain: 1\nx checksum: 5\n", "x checksum:"), "x checksum: 5");
  assert.equal(checksumLine("x checksum: 5\ntrailing\n", "x checksum:"), null);
  assert.equal(checksumLine("", "x checksum:"), null);
  assert.equal(checksumLine("x checksum: 5  \n\n", "x checksum:"), "x checksum: 5");
  assert.equal(checksumLine("anything\n", ""), "anything");
});

Deno.test("checkOutputs: CPython is the reference; a different checksum is wrong", () => {
  const outs = new Map([
    ["interp", "a\nfib checksum: 5702886\n"],
    ["python3", "a\nfib checksum: 5702886\n"],
    ["jit", "a\nfib checksum: 5702887\n"],
    ["pypy3", "a\nfib checksum: 5702886\n"],
  ]);
  const check = checkOutputs("fib checksum:", outs, ["python3", "pypy3", "interp", "jit"]);
  assert.equal(check.reference, "python3");
  assert.equal(check.referenceLine, "fib checksum: 5702886");
  assert.equal(check.verdicts.get("interp")!.ok, true);
  assert.equal(check.verdicts.get("pypy3")!.ok, true);
  const jit = check.verdicts.get("jit")!;
  assert.equal(jit.ok, false);
  assert.match(jit.reason!, /5702887.*python3.*5702886/);
});

Deno.test("checkOutputs: a missing checksum line is wrong, and never the reference", () => {
  const outs = new Map([
    ["python3", "Traceback...\n"],
    ["interp", "x checksum: 7\n"],
    ["specialized", "x checksum: 8\n"],
  ]);
  const check = checkOutputs("x checksum:", outs, ["python3", "interp", "specialized"]);
  assert.equal(check.reference, "interp", "the first implementation that printed a checksum");
  assert.equal(check.verdicts.get("python3")!.ok, false);
  assert.match(check.verdicts.get("python3")!.reason!, /ends with 'Traceback\.\.\.'/);
  assert.equal(check.verdicts.get("specialized")!.ok, false);
  assert.equal(check.verdicts.get("interp")!.ok, true);
});

Deno.test("checkOutputs: empty output is reported as such", () => {
  const check = checkOutputs("x checksum:", new Map([["interp", ""]]), []);
  assert.equal(check.reference, null);
  assert.match(check.verdicts.get("interp")!.reason!, /no output/);
});

Deno.test("ratioColumns: modes against interp, then everything against python3", () => {
  const cols = ratioColumns(["interp", "specialized", "jit"], ["python3", "pypy3"]);
  assert.deepEqual(cols.map((c) => `${c.subject}/${c.base}`), [
    "specialized/interp",
    "jit/interp",
    "interp/python3",
    "specialized/python3",
    "jit/python3",
    "pypy3/python3",
  ]);
  assert.deepEqual(ratioColumns(["interp"], []), []);
  assert.deepEqual(ratioColumns(["jit"], ["python3"]).map((c) => c.subject), ["jit"]);
});

const RESULTS: ProgramResult[] = [
  { name: "fib", cells: { interp: ok(4, 5, 6), jit: ok(1, 1, 1), python3: ok(2, 2, 2) } },
  { name: "nbody", cells: { interp: ok(9), jit: { status: "wrong", times: [] }, python3: ok(3) } },
  {
    name: "sieve",
    cells: { interp: ok(1), jit: ok(0.25), python3: { status: "failed", times: [] } },
  },
];

Deno.test("ratio and columnGeomean: speedups over the programs where both sides ran", () => {
  assert.equal(ratio(RESULTS[0], { subject: "jit", base: "interp" }), 5);
  assert.equal(ratio(RESULTS[0], { subject: "interp", base: "python3" }), 0.4);
  assert.equal(ratio(RESULTS[1], { subject: "jit", base: "interp" }), null);
  assert.equal(ratio(RESULTS[2], { subject: "jit", base: "python3" }), null);
  const g = columnGeomean(RESULTS, { subject: "jit", base: "interp" });
  assert.equal(g.count, 2);
  assert.ok(Math.abs(g.value! - Math.sqrt(5 * 4)) < 1e-12);
  assert.deepEqual(columnGeomean(RESULTS, { subject: "pypy3", base: "python3" }), {
    value: null,
    count: 0,
  });
});

Deno.test("formatRatio: two decimals below 10", () => {
  assert.equal(formatRatio(0.4), "0.40x");
  assert.equal(formatRatio(1.015), "1.01x");
  assert.equal(formatRatio(12.34), "12.3x");
  assert.equal(formatRatio(250), "250x");
});

Deno.test("formatTable: medians, markers, ratios and the geometric-mean row", () => {
  const cols = ratioColumns(["interp", "jit"], ["python3"]);
  const table = formatTable(RESULTS, ["interp", "jit", "python3"], cols);
  const rows = table.split("\n").map((l) => l.split("|").slice(1, -1).map((c) => c.trim()));
  assert.deepEqual(rows[0], [
    "program",
    "interp s",
    "jit s",
    "python3 s",
    "jit vs interp",
    "interp vs python3",
    "jit vs python3",
  ]);
  assert.ok(rows[1].every((c) => /^-+:?$/.test(c)), "the alignment row");
  assert.ok(rows[1].slice(1).every((c) => c.endsWith(":")), "numbers are right-aligned");
  assert.deepEqual(rows[2], ["fib", "5.000", "1.000", "2.000", "5.00x", "0.40x", "2.00x"]);
  assert.deepEqual(rows[3], ["nbody", "9.000", "WRONG", "3.000", "-", "0.33x", "-"]);
  assert.deepEqual(rows[4], ["sieve", "1.000", "0.250", "FAILED", "4.00x", "-", "-"]);
  assert.equal(rows[5][0], "geometric mean");
  assert.equal(rows[5][4], "4.47x (2/3)", "a mean over fewer programs says so");
  assert.equal(rows[5][5], `${formatRatio(Math.sqrt(0.4 / 3))} (2/3)`);
  assert.equal(rows[5][6], "2.00x (1/3)");
  const widths = table.split("\n").map((l) => l.length);
  assert.ok(widths.every((w) => w === widths[0]), "every line padded to the same width");
});

Deno.test("formatTable: one program has no mean row", () => {
  const table = formatTable(
    [RESULTS[0]],
    ["interp", "python3"],
    ratioColumns(["interp"], ["python3"]),
  );
  assert.equal(table.split("\n").length, 3);
});

Deno.test("selectModes: default, order, unknown and unimplemented modes", () => {
  assert.deepEqual(selectModes(undefined, ["interp"]), ["interp"]);
  assert.deepEqual(selectModes(["all"], ["interp", "jit"]), ["interp", "jit"]);
  assert.throws(() => selectModes([], ["interp"]), /names no mode/);
  assert.deepEqual(selectModes(["jit", "interp"], ["interp", "specialized", "jit"]), [
    "interp",
    "jit",
  ]);
  assert.throws(
    () => selectModes(["jit"], ["interp"]),
    (e: Error) => e instanceof BenchUsageError && /'jit' is not implemented/.test(e.message),
  );
  assert.throws(() => selectModes(["fast"], ["interp"]), /unknown mode 'fast'/);
});

Deno.test("logTicks: the 1-2-5 values in range", () => {
  assert.deepEqual(logTicks(0.2, 5), [0.2, 0.5, 1, 2, 5]);
  assert.deepEqual(logTicks(0.15, 12), [0.2, 0.5, 1, 2, 5, 10]);
});

Deno.test("xmlEscape", () => {
  assert.equal(xmlEscape(`a<b & "c" 'd'>`), "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
});

/**
 * A strict check of well-formed XML, enough for what the chart contains
 * (elements, attributes, text, character references, comments, an XML
 * declaration): it throws at the first fault and returns the root element.
 */
function parseXml(text: string): { name: string; attrs: Map<string, string>; children: unknown[] } {
  type El = { name: string; attrs: Map<string, string>; children: unknown[] };
  const NAME = /^[A-Za-z_:][-A-Za-z0-9_.:]*/;
  const checkText = (t: string, where: number) => {
    const bad = t.match(/&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)|</);
    if (bad) throw new Error(`bad '${bad[0]}' in text near offset ${where}`);
  };
  let i = 0;
  const stack: El[] = [];
  let root: El | null = null;
  if (text.startsWith("<?xml")) i = text.indexOf("?>") + 2;
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    const chunk = text.slice(i, lt < 0 ? text.length : lt);
    if (stack.length === 0 && chunk.trim() !== "") throw new Error(`text outside the root at ${i}`);
    checkText(chunk, i);
    if (stack.length > 0 && chunk !== "") stack[stack.length - 1].children.push(chunk);
    if (lt < 0) break;
    i = lt;
    if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i);
      if (end < 0) throw new Error("unclosed comment");
      i = end + 3;
    } else if (text.startsWith("</", i)) {
      const name = text.slice(i + 2).match(NAME)?.[0];
      const open = stack.pop();
      if (!name || !open || open.name !== name) {
        throw new Error(`</${name}> closes <${open?.name}> at ${i}`);
      }
      i += 2 + name.length;
      while (/\s/.test(text[i])) i++;
      if (text[i] !== ">") throw new Error(`bad end tag at ${i}`);
      i++;
    } else {
      const name = text.slice(i + 1).match(NAME)?.[0];
      if (!name) throw new Error(`bad tag name at ${i}`);
      if (stack.length === 0 && root !== null) throw new Error("a second root element");
      i += 1 + name.length;
      const el: El = { name, attrs: new Map(), children: [] };
      for (;;) {
        const ws = text.slice(i).match(/^\s*/)![0].length;
        i += ws;
        if (text.startsWith("/>", i) || text[i] === ">") break;
        if (ws === 0) throw new Error(`no space before an attribute at ${i}`);
        const attr = text.slice(i).match(
          /^([A-Za-z_:][-A-Za-z0-9_.:]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/,
        );
        if (!attr) throw new Error(`bad attribute at ${i}: ${text.slice(i, i + 30)}`);
        if (el.attrs.has(attr[1])) throw new Error(`attribute ${attr[1]} twice at ${i}`);
        const value = attr[3] ?? attr[4];
        checkText(value, i);
        el.attrs.set(attr[1], value);
        i += attr[0].length;
      }
      if (stack.length > 0) stack[stack.length - 1].children.push(el);
      else root = el;
      if (text.startsWith("/>", i)) i += 2;
      else {
        i++;
        stack.push(el);
      }
    }
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  if (root === null) throw new Error("no root element");
  return root;
}

Deno.test("parseXml rejects what is not well formed", () => {
  assert.throws(() => parseXml("<a><b></a></b>"));
  assert.throws(() => parseXml("<a>x & y</a>"));
  assert.throws(() => parseXml(`<a x="1" x="2"/>`));
  assert.throws(() => parseXml(`<a x=1/>`));
  assert.throws(() => parseXml("<a></a><b/>"));
  assert.throws(() => parseXml("<a>"));
  assert.equal(parseXml(`<a x="1"><b/>t &amp; &#8594;</a>`).name, "a");
});

function elements(
  el: { name: string; children: unknown[] },
  name: string,
): { attrs: Map<string, string> }[] {
  const out: { attrs: Map<string, string> }[] = [];
  const walk = (e: { name: string; attrs: Map<string, string>; children: unknown[] }) => {
    if (e.name === name) out.push(e);
    for (const c of e.children) if (typeof c !== "string") walk(c as typeof e);
  };
  walk(el as { name: string; attrs: Map<string, string>; children: unknown[] });
  return out;
}

function textOf(svg: string): string {
  return svg.replace(/<[^>]*>/g, " ");
}

Deno.test("renderSvg: well formed, one bar per shown ratio, markers for bad cells", () => {
  const results: ProgramResult[] = [
    ...RESULTS,
    { name: `a<b>&"c"`, cells: { interp: ok(1), jit: ok(1), python3: ok(1) } },
  ];
  const svg = renderSvg(results, {
    impls: ["interp", "jit", "python3"],
    baseline: "python3",
    title: "speed & more",
    subtitle: "AMD <EPYC>",
  });
  const root = parseXml(svg);
  assert.equal(root.name, "svg");
  assert.equal(root.attrs.get("xmlns"), "http://www.w3.org/2000/svg");
  assert.ok(Number(root.attrs.get("height")) > 0);
  const bars = elements(root, "rect").filter((r) => r.attrs.get("class") === "bar");
  // fib: interp, jit; nbody: interp; a<b>: interp, jit; geometric mean: interp, jit.
  assert.equal(bars.length, 7);
  for (const b of bars) {
    assert.ok(Number(b.attrs.get("width")) > 0);
    assert.ok(Number.isFinite(Number(b.attrs.get("x"))));
  }
  const text = textOf(svg);
  assert.match(text, /jit: WRONG/);
  assert.match(text, /jit: no python3 time/);
  assert.match(text, /0\.40x/);
  assert.match(text, /2\.00x/);
  assert.match(text, /python3 = 1x/);
  assert.match(text, /geometric mean/);
  assert.ok(!/NaN|undefined|Infinity/.test(svg));
});

Deno.test("renderSvg: all faster or all slower still shows 1x", () => {
  for (const t of [0.01, 100]) {
    const svg = renderSvg([{ name: "p", cells: { interp: ok(t), python3: ok(1) } }], {
      impls: ["interp", "python3"],
      baseline: "python3",
      title: "t",
      subtitle: "s",
    });
    parseXml(svg);
    assert.match(textOf(svg), /\b1x\b/);
    assert.ok(!/NaN|undefined|Infinity/.test(svg));
  }
});

Deno.test("renderSvg: nothing to draw says why", () => {
  const none = renderSvg([], { impls: ["interp"], baseline: "python3", title: "t", subtitle: "s" });
  parseXml(none);
  assert.match(textOf(none), /no program ran/);
  const alone = renderSvg([RESULTS[0]], {
    impls: ["interp"],
    baseline: "interp",
    title: "t",
    subtitle: "s",
  });
  parseXml(alone);
  assert.match(textOf(alone), /only interp ran/);
});

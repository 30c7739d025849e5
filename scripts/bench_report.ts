/**
 * The pure half of the program benchmarks: statistics, the output check,
 * the Markdown table and the SVG chart. Nothing here runs a process or reads
 * a clock, so all of it is unit-tested (`scripts/bench_test.ts`).
 *
 * @module
 */

/** The median; the mean of the two middle values for an even count. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * The geometric mean, the only mean of ratios that does not depend on which
 * side of the ratio is the numerator (SPEC and pyperformance use it too).
 */
export function geomean(xs: readonly number[]): number {
  if (xs.length === 0 || xs.some((x) => !(x > 0))) return NaN;
  return Math.exp(xs.reduce((sum, x) => sum + Math.log(x), 0) / xs.length);
}

/**
 * How far apart the runs of a cell are: (max - min) / median. A large
 * spread says the machine was busy, and the median of that cell is worth
 * less than its neighbours'.
 */
export function spread(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  return (Math.max(...xs) - Math.min(...xs)) / median(xs);
}

// ---------------------------------------------------------------------------
// The output check

function nonEmptyLines(text: string): string[] {
  return text.split("\n").map((l) => l.trimEnd()).filter((l) => l !== "");
}

/**
 * The label of the checksum line of a committed expectation
 * (`conformance/cases/bench/NAME.out`): its last line up to and including the
 * last `:` followed by a space (`fib checksum:`, `spectral norm:`). The value
 * after it depends on SIZE, so only the label can be compared with a
 * bench-size run; "" when the line has no such label.
 */
export function checksumLabel(expected: string): string {
  const lines = nonEmptyLines(expected);
  const last = lines[lines.length - 1] ?? "";
  const colon = last.lastIndexOf(": ");
  return colon < 0 ? "" : last.slice(0, colon + 1);
}

/**
 * The checksum line of a run's stdout: its last line, which must carry the
 * committed label, since every program ends by printing its checksum. Null
 * when the output does not end that way.
 */
export function checksumLine(stdout: string, label: string): string | null {
  const lines = nonEmptyLines(stdout);
  const last = lines[lines.length - 1];
  if (last === undefined) return null;
  return last.startsWith(label) ? last : null;
}

/** The verdict on one implementation's output. */
export interface OutputVerdict {
  ok: boolean;
  /** Its checksum line, or null when it has none. */
  line: string | null;
  /** Why it is wrong, for the report. */
  reason?: string;
}

/** The verdicts on all outputs of one program. */
export interface OutputCheck {
  /** The implementation whose checksum line the others must match, if any. */
  reference: string | null;
  referenceLine: string | null;
  verdicts: Map<string, OutputVerdict>;
}

/**
 * Compares the checksum lines of the runs of one program. `preferred` lists
 * the possible references in order (`python3` first): the first one whose
 * output has a checksum line is the reference. Without any, every output is
 * judged on its shape alone.
 */
export function checkOutputs(
  label: string,
  outputs: ReadonlyMap<string, string>,
  preferred: readonly string[],
): OutputCheck {
  const lines = new Map<string, string | null>();
  for (const [impl, stdout] of outputs) lines.set(impl, checksumLine(stdout, label));
  const reference = preferred.find((impl) => (lines.get(impl) ?? null) !== null) ?? null;
  const referenceLine = reference === null ? null : lines.get(reference)!;
  const verdicts = new Map<string, OutputVerdict>();
  const shown = label === "" ? "a checksum line" : `a '${label} ...' line`;
  for (const [impl, line] of lines) {
    if (line === null) {
      const last = nonEmptyLines(outputs.get(impl)!).pop();
      const got = last === undefined ? "no output" : `'${clip(last, 60)}'`;
      verdicts.set(impl, { ok: false, line, reason: `output ends with ${got}, expected ${shown}` });
    } else if (referenceLine !== null && line !== referenceLine) {
      verdicts.set(impl, {
        ok: false,
        line,
        reason: `'${line}' but ${reference} prints '${referenceLine}'`,
      });
    } else {
      verdicts.set(impl, { ok: true, line });
    }
  }
  return { reference, referenceLine, verdicts };
}

function clip(text: string, n: number): string {
  return text.length <= n ? text : `${text.slice(0, n - 3)}...`;
}

// ---------------------------------------------------------------------------
// Results and ratios

/** What one implementation did on one program. */
export interface Cell {
  /** `wrong`: a checksum that differs; `failed`: a crash, an error exit or a time-out. */
  status: "ok" | "wrong" | "failed";
  /** Wall seconds of the timed runs, in round order. */
  times: number[];
  /** Wall seconds of the untimed checking run. */
  checkSeconds?: number;
  checksum?: string | null;
  /** Why it is wrong or failed. */
  error?: string;
}

/** One program's row. */
export interface ProgramResult {
  name: string;
  cells: Record<string, Cell>;
}

/** A ratio column: the speedup of `subject` over `base`, `t(base) / t(subject)`. */
export interface RatioColumn {
  subject: string;
  base: string;
}

/**
 * The ratio columns: every patchpy mode against `interp`, then every patchpy
 * mode (and PyPy, for scale) against `python3`, each when both sides ran.
 */
export function ratioColumns(modes: readonly string[], others: readonly string[]): RatioColumn[] {
  const cols: RatioColumn[] = [];
  if (modes.includes("interp")) {
    for (const m of modes) if (m !== "interp") cols.push({ subject: m, base: "interp" });
  }
  if (others.includes("python3")) {
    for (const m of modes) cols.push({ subject: m, base: "python3" });
    for (const o of others) if (o !== "python3") cols.push({ subject: o, base: "python3" });
  }
  return cols;
}

/** The median time of a cell, or null when it has none to show. */
export function cellMedian(cell: Cell | undefined): number | null {
  if (cell === undefined || cell.status !== "ok" || cell.times.length === 0) return null;
  return median(cell.times);
}

/** The speedup of a column on one program, or null when a side is missing. */
export function ratio(result: ProgramResult, col: RatioColumn): number | null {
  const subject = cellMedian(result.cells[col.subject]);
  const base = cellMedian(result.cells[col.base]);
  return subject === null || base === null ? null : base / subject;
}

/** The geometric mean of a column over the programs where it exists, and how many those are. */
export function columnGeomean(
  results: readonly ProgramResult[],
  col: RatioColumn,
): { value: number | null; count: number } {
  const xs = results.map((r) => ratio(r, col)).filter((x): x is number => x !== null);
  return { value: xs.length === 0 ? null : geomean(xs), count: xs.length };
}

// ---------------------------------------------------------------------------
// The Markdown table

function formatSeconds(s: number): string {
  return s >= 100 ? s.toFixed(1) : s.toFixed(3);
}

/** A ratio as `0.42x`, with enough digits to tell 1.02 from 0.98. */
export function formatRatio(r: number): string {
  return r >= 100 ? `${r.toFixed(0)}x` : r >= 10 ? `${r.toFixed(1)}x` : `${r.toFixed(2)}x`;
}

function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return "-";
  if (cell.status === "wrong") return "WRONG";
  if (cell.status === "failed") return "FAILED";
  const m = cellMedian(cell);
  return m === null ? "-" : formatSeconds(m);
}

/**
 * The results as a Markdown table: the median seconds of each
 * implementation, then the ratio columns, then a row of geometric means. The
 * cells are padded so the table also reads well as plain text.
 */
export function formatTable(
  results: readonly ProgramResult[],
  impls: readonly string[],
  cols: readonly RatioColumn[],
): string {
  const header = [
    "program",
    ...impls.map((i) => `${i} s`),
    ...cols.map((c) => `${c.subject} vs ${c.base}`),
  ];
  const rows = results.map((r) => [
    r.name,
    ...impls.map((i) => cellText(r.cells[i])),
    ...cols.map((c) => {
      const x = ratio(r, c);
      return x === null ? "-" : formatRatio(x);
    }),
  ]);
  if (cols.length > 0 && results.length > 1) {
    rows.push([
      "geometric mean",
      ...impls.map(() => ""),
      ...cols.map((c) => {
        const { value, count } = columnGeomean(results, c);
        if (value === null) return "-";
        // A mean over fewer programs than the others is not comparable: say so.
        return count === results.length
          ? formatRatio(value)
          : `${formatRatio(value)} (${count}/${results.length})`;
      }),
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, 3, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    `| ${
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")
    } |`;
  const rule = `|${
    widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")
  }|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

// ---------------------------------------------------------------------------
// The SVG chart

/** What the chart needs beyond the results. */
export interface ChartOptions {
  /** The bars of each group, in order; the baseline is not drawn as a bar. */
  impls: readonly string[];
  /** The implementation every bar is relative to (`python3`). */
  baseline: string;
  title: string;
  subtitle: string;
}

/** Colours that stay apart for the colour-blind (Tableau 10), one per implementation. */
const COLORS: Record<string, string> = {
  interp: "#4e79a7",
  specialized: "#f28e2b",
  uops: "#b07aa1",
  jit: "#e15759",
  pypy3: "#59a14f",
  python3: "#9c755f",
};
const SPARE_COLORS = ["#76b7b2", "#edc948", "#ff9da7", "#bab0ac"];

/** Escapes text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[c]};`,
  );
}

/** The 1-2-5 values between lo and hi: the ticks a reader finds natural on a log axis. */
export function logTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)) - 1; e <= Math.ceil(Math.log10(hi)) + 1; e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) out.push(Number(v.toPrecision(6)));
    }
  }
  return out;
}

function tickLabel(v: number): string {
  return `${v >= 1 ? v.toFixed(0) : String(v)}x`;
}

/**
 * A horizontal grouped bar chart of speed relative to the baseline, one group
 * per program plus one for the geometric mean. The axis is logarithmic and
 * the bars grow from the 1x line, so twice as fast and twice as slow are bars
 * of the same length on opposite sides.
 */
export function renderSvg(results: readonly ProgramResult[], options: ChartOptions): string {
  const impls = options.impls.filter((i) => i !== options.baseline);
  if (impls.length === 0 || results.length === 0) {
    // A chart with no bars would be a blank page; say why it is empty.
    const why = results.length === 0
      ? "no program ran"
      : `only ${options.baseline} ran: nothing to compare it with`;
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="110" viewBox="0 0 640 110" ` +
      `font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="13">`,
      `<rect width="640" height="110" fill="#ffffff"/>`,
      `<text x="20" y="32" font-size="17" font-weight="bold" fill="#222">${
        xmlEscape(options.title)
      }</text>`,
      `<text x="20" y="56" fill="#555">${xmlEscape(options.subtitle)}</text>`,
      `<text x="20" y="86" fill="#222">${xmlEscape(why)}</text>`,
      `</svg>`,
    ].join("\n") + "\n";
  }
  const color = (impl: string) =>
    COLORS[impl] ?? SPARE_COLORS[impls.indexOf(impl) % SPARE_COLORS.length];
  type Bar = { impl: string; value: number | null; note?: string };
  const groups: { name: string; bars: Bar[]; mean?: boolean }[] = results.map((r) => ({
    name: r.name,
    bars: impls.map((impl) => {
      const cell = r.cells[impl];
      const value = ratio(r, { subject: impl, base: options.baseline });
      if (cell?.status === "wrong") return { impl, value: null, note: "WRONG" };
      if (cell?.status === "failed") return { impl, value: null, note: "FAILED" };
      if (value === null) {
        const base = r.cells[options.baseline];
        return {
          impl,
          value,
          note: base && base.status !== "ok" ? `no ${options.baseline} time` : "no time",
        };
      }
      return { impl, value };
    }),
  }));
  if (results.length > 1) {
    groups.push({
      name: "geometric mean",
      mean: true,
      bars: impls.map((impl) => ({
        impl,
        value: columnGeomean(results, { subject: impl, base: options.baseline }).value,
        note: "no time",
      })),
    });
  }

  const values = groups.flatMap((g) => g.bars.map((b) => b.value)).filter((v): v is number =>
    v !== null && v > 0
  );
  // The 1x line is always in view with room on both sides, and the axis
  // spans at least one tick either side of it so a reader has a scale.
  let lo = Math.min(0.7, ...values.map((v) => v / 1.08));
  let hi = Math.max(1.4, ...values.map((v) => v * 1.08));
  if (hi / lo < 4) [lo, hi] = [Math.min(lo, 0.45), Math.max(hi, 2.2)];

  const W = 960;
  const nameW = 150;
  const pad = 60; // room for a ratio label past the longest bar
  const plotL = nameW + pad;
  const plotR = W - pad;
  const barH = 15;
  const barGap = 3;
  const groupGap = 16;
  const legendY = 74;
  const top = 130;
  const groupH = (g: { bars: Bar[] }) => g.bars.length * (barH + barGap) - barGap;
  const totalH = groups.reduce((h, g) => h + groupH(g) + groupGap, 0);
  const bottom = top + totalH;
  const H = bottom + 62;
  const x = (v: number) =>
    plotL + ((Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))) * (plotR - plotL);
  const x1 = x(1);
  const font = `font-family="DejaVu Sans, Helvetica, Arial, sans-serif"`;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" ${font} font-size="12">`,
    `<title>${xmlEscape(options.title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="20" y="30" font-size="19" font-weight="bold" fill="#222">${
      xmlEscape(options.title)
    }</text>`,
    `<text x="20" y="52" font-size="12" fill="#555">${xmlEscape(options.subtitle)}</text>`,
  );

  // The legend, one swatch per implementation, then the baseline's line.
  let lx = 20;
  for (const impl of impls) {
    out.push(
      `<rect x="${lx}" y="${legendY - 10}" width="14" height="14" rx="2" fill="${color(impl)}"/>`,
      `<text x="${lx + 20}" y="${legendY + 1}" fill="#222">${xmlEscape(impl)}</text>`,
    );
    lx += 20 + impl.length * 7.5 + 22;
  }
  out.push(
    `<line x1="${lx}" y1="${legendY - 11}" x2="${lx}" y2="${
      legendY + 5
    }" stroke="#222" stroke-width="2"/>`,
    `<text x="${lx + 8}" y="${legendY + 1}" fill="#222">${xmlEscape(options.baseline)} = 1x</text>`,
    `<text x="${W - 20}" y="${legendY + 1}" text-anchor="end" fill="#555">bars: ${
      xmlEscape(options.baseline)
    } time ÷ its time, log scale</text>`,
  );

  // Zebra bands behind the groups, so a bar is easy to tie to its name.
  let y = top;
  groups.forEach((g, i) => {
    const h = groupH(g) + groupGap;
    if (g.mean) {
      out.push(
        `<rect x="10" y="${y - groupGap / 2}" width="${W - 20}" height="${h}" fill="#fff4e0"/>`,
      );
    } else if (i % 2 === 0) {
      out.push(
        `<rect x="10" y="${y - groupGap / 2}" width="${W - 20}" height="${h}" fill="#f4f6f8"/>`,
      );
    }
    y += h;
  });

  // Gridlines and tick labels, above and below the bars.
  const axisTop = top - groupGap / 2;
  const axisBottom = bottom - groupGap / 2;
  for (const t of logTicks(lo, hi)) {
    const tx = x(t).toFixed(1);
    out.push(
      `<line x1="${tx}" y1="${axisTop}" x2="${tx}" y2="${axisBottom}" stroke="#d5d9de" stroke-width="1"/>`,
      `<text x="${tx}" y="${axisTop - 6}" text-anchor="middle" fill="#666" font-size="11">${
        tickLabel(t)
      }</text>`,
      `<text x="${tx}" y="${axisBottom + 16}" text-anchor="middle" fill="#666" font-size="11">${
        tickLabel(t)
      }</text>`,
    );
  }
  out.push(
    `<text x="${(x1 - 10).toFixed(1)}" y="${axisBottom + 36}" text-anchor="end" fill="#555">` +
      `&#8592; slower than ${xmlEscape(options.baseline)}</text>`,
    `<text x="${(x1 + 10).toFixed(1)}" y="${axisBottom + 36}" fill="#555">faster than ${
      xmlEscape(options.baseline)
    } &#8594;</text>`,
  );

  // The bars, each from the 1x line to its ratio, labelled at its end.
  y = top;
  for (const g of groups) {
    const gh = groupH(g);
    out.push(
      `<text x="${nameW}" y="${(y + gh / 2 + 4).toFixed(1)}" text-anchor="end" fill="#222"${
        g.mean ? ` font-weight="bold"` : ""
      }>${xmlEscape(g.name)}</text>`,
    );
    for (const b of g.bars) {
      const mid = (y + barH / 2 + 4).toFixed(1);
      if (b.value === null || !(b.value > 0)) {
        const bad = b.note === "WRONG" || b.note === "FAILED";
        out.push(
          `<text x="${(x1 + 6).toFixed(1)}" y="${mid}" fill="${bad ? "#c62828" : "#888"}"${
            bad ? ` font-weight="bold"` : ""
          }>${xmlEscape(`${b.impl}: ${b.note ?? "no time"}`)}</text>`,
        );
      } else {
        const bx = x(b.value);
        const left = Math.min(bx, x1);
        const width = Math.max(Math.abs(bx - x1), 1.5);
        const label = formatRatio(b.value);
        out.push(
          `<rect class="bar" x="${left.toFixed(1)}" y="${y}" width="${
            width.toFixed(1)
          }" height="${barH}" rx="2" fill="${color(b.impl)}"><title>${
            xmlEscape(`${g.name}, ${b.impl}: ${label} ${options.baseline}'s speed`)
          }</title></rect>`,
          b.value >= 1
            ? `<text x="${
              (bx + 5).toFixed(1)
            }" y="${mid}" fill="#222" font-size="11">${label}</text>`
            : `<text x="${
              (bx - 5).toFixed(1)
            }" y="${mid}" text-anchor="end" fill="#222" font-size="11">${label}</text>`,
        );
      }
      y += barH + barGap;
    }
    y += groupGap - barGap;
  }
  // The 1x line goes last so no bar hides it.
  out.push(
    `<line x1="${x1.toFixed(1)}" y1="${axisTop}" x2="${
      x1.toFixed(1)
    }" y2="${axisBottom}" stroke="#222" stroke-width="2"/>`,
    `</svg>`,
  );
  return out.join("\n") + "\n";
}

/**
 * The VM's standard streams: `sys.stdout`, `sys.stderr` and `sys.stdin`
 * as `_io.TextIOWrapper`-like objects writing through the `Host`
 * (`vm/host.ts`), and the line reader behind `input()`.
 *
 * @module
 */
import { PyHeap, type PyObject, type PyType, raise, T } from "./object.ts";
import { None } from "./types.ts";
import { builtinType } from "./types.ts";
import { strOf, typeName } from "./core.ts";
import { defGetSet, defMethod, defMethodNoArgs, defMethodO, defSlot } from "./descriptors.ts";
import { positional } from "./args.ts";
import type { Host } from "./host.ts";
import { codePointLength } from "./str_type.ts";

let host: Host | null = null;

/** Installs the host every stream writes to (the interpreter does this at start-up). */
export function setHost(h: Host): void {
  host = h;
  stdinLines = null;
}

/** The installed host ("no host" is a wiring error, not a Python one). */
export function getHost(): Host {
  if (host === null) {
    throw new Error("Cannot write output: no Host is installed (call setHost from vm/builtins.ts)");
  }
  return host;
}

const TEXTIO = builtinType("TextIOWrapper", T.object, { final: true, module: "_io" });

/** A text stream: `kind` says where writes go. */
export class PyTextIO extends PyHeap {
  cls: PyType = TEXTIO;
  readonly kind: "stdout" | "stderr" | "stdin";
  constructor(kind: "stdout" | "stderr" | "stdin") {
    super();
    this.kind = kind;
  }
  /** Writes text to the host stream. */
  write(text: string): void {
    const h = getHost();
    if (this.kind === "stdout") h.writeStdout(text);
    else if (this.kind === "stderr") h.writeStderr(text);
    else raise("OSError", "not writable");
  }
}

/** `sys.stdout`. */
export const stdout: PyTextIO = new PyTextIO("stdout");
/** `sys.stderr`. */
export const stderr: PyTextIO = new PyTextIO("stderr");
/** `sys.stdin`. */
export const stdin: PyTextIO = new PyTextIO("stdin");

let stdinLines: string[] | null = null;

/** The next line of standard input with its newline, or null at end of input. */
export function readLine(): string | null {
  if (stdinLines === null) {
    const text = getHost().readStdin();
    stdinLines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  }
  return stdinLines.length === 0 ? null : stdinLines.shift()!;
}

function self(x: PyObject): PyTextIO {
  return x as PyTextIO;
}

defSlot(TEXTIO, "__repr__", (x) => {
  const s = self(x);
  return `<_io.TextIOWrapper name='<${s.kind}>' mode='${
    s.kind === "stdin" ? "r" : "w"
  }' encoding='utf-8'>`;
}, 0);
defMethodO(TEXTIO, "write", (x, v) => {
  const s = strOf(v);
  if (s === undefined) raise("TypeError", `write() argument must be str, not ${typeName(v)}`);
  self(x).write(s);
  return codePointLength(s);
});
defMethodNoArgs(TEXTIO, "flush", () => {
  getHost().flush();
  return None;
});
defMethod(TEXTIO, "readline", (x, args, kwnames) => {
  positional("readline", args, kwnames, 0, 1);
  if (self(x).kind !== "stdin") raise("OSError", "not readable");
  return readLine() ?? "";
});
defMethodNoArgs(TEXTIO, "read", (x) => {
  if (self(x).kind !== "stdin") raise("OSError", "not readable");
  let out = "";
  for (let l = readLine(); l !== null; l = readLine()) out += l;
  return out;
});
defMethodNoArgs(TEXTIO, "isatty", () => false);
defMethodNoArgs(TEXTIO, "writable", (x) => self(x).kind !== "stdin");
defMethodNoArgs(TEXTIO, "readable", (x) => self(x).kind === "stdin");
defMethodNoArgs(TEXTIO, "fileno", (x) => ["stdin", "stdout", "stderr"].indexOf(self(x).kind));
defGetSet(TEXTIO, "name", (x) => `<${self(x).kind}>`);
defGetSet(TEXTIO, "mode", (x) => (self(x).kind === "stdin" ? "r" : "w"));
defGetSet(TEXTIO, "encoding", () => "utf-8");

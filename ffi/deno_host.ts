/**
 * The `Host` for Deno: buffered synchronous stdout, unbuffered stderr.
 *
 * @module
 */
import type { Host } from "../vm/host.ts";
import { platformLibm } from "./libm.ts";
import { nativeBackend } from "./native_backend.ts";

const OUT_BUFFER = 1 << 16;

/** Creates the host the CLI runs on under Deno. */
export function denoHost(): Host {
  const encoder = new TextEncoder();
  let pending: string[] = [];
  let pendingLength = 0;
  const writeAll = (fd: typeof Deno.stdout, bytes: Uint8Array) => {
    let off = 0;
    while (off < bytes.length) off += fd.writeSync(bytes.subarray(off));
  };
  const flush = () => {
    if (pendingLength === 0) return;
    const text = pending.join("");
    pending = [];
    pendingLength = 0;
    try {
      writeAll(Deno.stdout, encoder.encode(text));
    } catch (e) {
      // A closed pipe (`| head`) is not the program's fault: stop writing.
      if (!(e instanceof Deno.errors.BrokenPipe)) throw e;
    }
  };
  return {
    writeStdout(text) {
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength >= OUT_BUFFER) flush();
    },
    writeStderr(text) {
      flush();
      writeAll(Deno.stderr, encoder.encode(text));
    },
    flush,
    readStdin() {
      const chunks: Uint8Array[] = [];
      const buf = new Uint8Array(65536);
      for (;;) {
        const n = Deno.stdin.readSync(buf);
        if (n === null || n === 0) break;
        chunks.push(buf.slice(0, n));
      }
      const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let off = 0;
      for (const c of chunks) {
        all.set(c, off);
        off += c.length;
      }
      return new TextDecoder().decode(all);
    },
    readTextFile(path) {
      try {
        return Deno.readTextFileSync(path);
      } catch (e) {
        if (e instanceof Deno.errors.NotFound || e instanceof Deno.errors.IsADirectory) return null;
        throw e;
      }
    },
    resolvePath(path) {
      return path.startsWith("/") ? path : `${Deno.cwd()}/${path}`;
    },
    getEnv(name) {
      try {
        return Deno.env.get(name);
      } catch {
        return undefined; // no --allow-env: behave as if unset
      }
    },
    timeSeconds() {
      return Date.now() / 1000;
    },
    monotonicNs() {
      return BigInt(Math.round(performance.now() * 1e6));
    },
    libm: platformLibm,
    nativeCodeProblem: () => {
      const backend = nativeBackend();
      return backend.available ? null : backend.reason;
    },
  };
}

import assert from "node:assert/strict";
import { createNativeBackend, nativeBackend, noneBackend } from "./native_backend.ts";

const arch = Deno.build.arch;
const ffiGranted = typeof Deno.dlopen === "function" &&
  Deno.permissions.querySync({ name: "ffi" }).state === "granted";
const supported = Deno.build.os === "linux" && (arch === "x86_64" || arch === "aarch64");

function words(...instructions: number[]): Uint8Array {
  const bytes = new Uint8Array(instructions.length * 4);
  const view = new DataView(bytes.buffer);
  instructions.forEach((w, i) => view.setUint32(4 * i, w, true));
  return bytes;
}

const RETURN_42 = arch === "x86_64"
  ? new Uint8Array([0xb8, 0x2a, 0x00, 0x00, 0x00, 0xc3]) // mov eax, 42; ret
  : words(0x52800540, 0xd65f03c0); // mov w0, #42; ret
const LOAD_ARG = arch === "x86_64"
  ? new Uint8Array([0x8b, 0x07, 0xc3]) // mov eax, [rdi]; ret
  : words(0xb9400000, 0xd65f03c0); // ldr w0, [x0]; ret

Deno.test({
  name: "nativeBackend is available with --allow-ffi on Linux x86-64 and AArch64",
  ignore: !ffiGranted || !supported,
  fn() {
    const backend = nativeBackend();
    assert.equal(backend.reason, "");
    assert.equal(backend.available, true);
    assert.equal(backend.arch, arch);
    assert.ok(backend.pageSize >= 4096 && (backend.pageSize & (backend.pageSize - 1)) === 0);
    assert.equal(nativeBackend(), backend, "one backend per process");

    const constant = backend.alloc(RETURN_42.length);
    backend.write(constant, RETURN_42);
    backend.seal(constant);
    const load = backend.alloc(LOAD_ARG.length);
    backend.write(load, LOAD_ARG);
    backend.seal(load);
    const frame = new ArrayBuffer(8 * 16);
    const framePointer = backend.framePointer(frame);
    assert.equal(backend.framePointer(frame), framePointer, "frame pointers are cached");
    assert.equal(backend.enter(constant.pointer, framePointer), 42);
    new BigInt64Array(frame)[0] = 31337n;
    assert.equal(backend.enter(load.pointer, framePointer), 31337);
    assert.ok(
      backend.protections().some((r) => r.address === load.address && r.protection === "rx"),
    );
    backend.free(constant);
    backend.free(load);
  },
});

Deno.test({
  name: "framePointer refuses buffers that may move or have no memory",
  ignore: !ffiGranted || !supported,
  fn() {
    const backend = nativeBackend();
    const message = "Cannot use buffer as a native frame: it must be fixed-size and non-empty";
    assert.throws(() => backend.framePointer(new ArrayBuffer(8, { maxByteLength: 64 })), {
      name: "TypeError",
      message,
    });
    assert.throws(() => backend.framePointer(new ArrayBuffer(0)), { name: "TypeError", message });
  },
});

Deno.test({
  name: "createNativeBackend says why a trampoline does not load",
  ignore: !ffiGranted || !supported,
  fn() {
    const garbage = createNativeBackend({ trampoline: new Uint8Array([0x7f, 0x45, 0x4c, 0x46]) });
    assert.equal(garbage.available, false);
    assert.match(garbage.reason, /^Cannot load the trampoline: /);
    const missing = createNativeBackend({ trampoline: "stencils/generated/x86_64.ts is missing" });
    assert.equal(
      missing.reason,
      "Cannot load the trampoline: stencils/generated/x86_64.ts is missing",
    );
  },
});

Deno.test("the none backend refuses every use, saying why", () => {
  const backend = noneBackend("--allow-ffi is not granted");
  assert.equal(backend.available, false);
  const refusal = { message: "Cannot run native code: --allow-ffi is not granted" };
  assert.throws(() => backend.pageSize, refusal);
  assert.throws(() => backend.alloc(1), refusal);
  assert.throws(() => backend.protections(), refusal);
  assert.throws(
    () => backend.enter(Deno.UnsafePointer.create(1n)!, Deno.UnsafePointer.create(1n)!),
    refusal,
  );
  assert.throws(() => backend.framePointer(new ArrayBuffer(8)), refusal);
  if (supported) assert.equal(backend.arch, arch);
});

const PROBE = `
import { nativeBackend } from ${
  JSON.stringify(new URL("./native_backend.ts", import.meta.url).href)
};
const backend = nativeBackend();
console.log(backend.available);
console.log(backend.reason);
`;

/**
 * Runs this Deno on a script read from stdin. Under qemu-user without
 * binfmt_misc an AArch64 Deno cannot exec itself: then go through the
 * emulator (QEMU_LD_PREFIX is inherited).
 */
async function runDeno(args: string[], script: string): Promise<Deno.CommandOutput> {
  const run = async (command: string, prefix: string[]) => {
    const child = new Deno.Command(command, {
      args: [...prefix, ...args],
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    const writer = child.stdin.getWriter();
    try {
      await writer.write(new TextEncoder().encode(script));
      await writer.close();
    } catch (e) {
      // A child whose exec failed may be gone before its input is written: its exit says so.
      if (!(e instanceof Deno.errors.BrokenPipe)) throw e;
    }
    return await child.output();
  };
  let output: Deno.CommandOutput;
  try {
    output = await run(Deno.execPath(), []);
  } catch (e) {
    if (!(e instanceof Error && /Exec format error|os error 8\b/.test(e.message))) throw e;
    return await run(`qemu-${arch}`, [Deno.execPath()]);
  }
  // Under qemu-user the failed exec surfaces as the spawn helper's exit 127.
  if (output.code === 127 && output.stdout.length === 0 && output.stderr.length === 0) {
    return await run(`qemu-${arch}`, [Deno.execPath()]);
  }
  return output;
}

Deno.test({
  name: "without --allow-ffi nativeBackend is the none backend and nothing crashes",
  ignore: Deno.permissions.querySync({ name: "run" }).state !== "granted",
  async fn() {
    const output = await runDeno(["run", "--no-prompt", "--allow-read", "-"], PROBE);
    const stdout = new TextDecoder().decode(output.stdout);
    const stderr = new TextDecoder().decode(output.stderr);
    assert.equal(output.code, 0, stderr);
    assert.equal(stdout, "false\n--allow-ffi is not granted\n");
    assert.doesNotMatch(stderr, /error|\n\s+at /i);
  },
});

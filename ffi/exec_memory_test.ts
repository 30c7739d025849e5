import assert from "node:assert/strict";
import { type CodeBlock, ExecMemory, type PageRange } from "./exec_memory.ts";
import { openLibc } from "./libc.ts";
import { loadTrampoline, type Trampoline } from "./trampoline.ts";
import type { StencilTable } from "../jit/stencil_types.ts";

const arch = Deno.build.arch;
const ffiGranted = typeof Deno.dlopen === "function" &&
  Deno.permissions.querySync({ name: "ffi" }).state === "granted";
const ignore = !ffiGranted || Deno.build.os !== "linux" ||
  (arch !== "x86_64" && arch !== "aarch64");

/** Little-endian machine code returning 42, then code returning the int32 its argument points at. */
const RETURN_42 = arch === "x86_64"
  ? new Uint8Array([0xb8, 0x2a, 0x00, 0x00, 0x00, 0xc3]) // mov eax, 42; ret
  : words(0x52800540, 0xd65f03c0); // mov w0, #42; ret
const LOAD_ARG = arch === "x86_64"
  ? new Uint8Array([0x8b, 0x07, 0xc3]) // mov eax, [rdi]; ret
  : words(0xb9400000, 0xd65f03c0); // ldr w0, [x0]; ret

function words(...instructions: number[]): Uint8Array {
  const bytes = new Uint8Array(instructions.length * 4);
  const view = new DataView(bytes.buffer);
  instructions.forEach((w, i) => view.setUint32(4 * i, w, true));
  return bytes;
}

/** Returns `value` in eax/w0: mov eax, imm32 / movz w0, #imm16. */
function returnConstant(value: number): Uint8Array {
  if (arch === "x86_64") {
    return new Uint8Array([0xb8, value & 0xff, (value >> 8) & 0xff, 0, 0, 0xc3]);
  }
  return words(0x52800000 | ((value & 0xffff) << 5), 0xd65f03c0);
}

/**
 * The trampoline from the generated table; before the table exists, one
 * built here with clang-19 (needs --allow-run and --allow-write=/tmp).
 */
async function trampolineBytes(): Promise<Uint8Array> {
  try {
    const module = arch === "x86_64"
      ? await import("../stencils/generated/x86_64.ts")
      : await import("../stencils/generated/aarch64.ts");
    return (module.STENCILS as StencilTable).trampoline;
  } catch {
    const source = new URL("../stencils/trampoline.c", import.meta.url).pathname;
    const out = await Deno.makeTempFile({ prefix: "patchpy-trampoline-", suffix: ".so" });
    try {
      const { success, stderr } = await new Deno.Command("clang-19", {
        args: [
          `--target=${arch}-unknown-linux-gnu`,
          ...["-shared", "-nostdlib", "-fuse-ld=lld", "-O2", "-fPIC", "-Wl,--build-id=none"],
          source,
          "-o",
          out,
        ],
      }).output();
      assert.ok(success, new TextDecoder().decode(stderr));
      return await Deno.readFile(out);
    } finally {
      await Deno.remove(out);
    }
  }
}

let trampoline: Trampoline | undefined;
async function getTrampoline(): Promise<Trampoline> {
  trampoline ??= loadTrampoline(openLibc(), await trampolineBytes());
  return trampoline;
}

function newMemory(pages: number, flush?: Trampoline): ExecMemory {
  const libc = openLibc();
  return new ExecMemory(libc, {
    arenaSize: pages * libc.pageSize,
    flushIcache: arch === "aarch64" && flush ? flush.flushIcache : null,
  });
}

interface Mapping {
  start: bigint;
  end: bigint;
  perms: string;
}

const POSIX = {
  open: { parameters: ["buffer", "i32"], result: "i32" },
  read: { parameters: ["i32", "buffer", "usize"], result: "isize" },
  close: { parameters: ["i32"], result: "i32" },
} as const;
let posix: Deno.DynamicLibrary<typeof POSIX>["symbols"] | undefined;

/**
 * Reads /proc/self/maps through libc: Deno wants --allow-all for /proc/self,
 * and another process (`cat /proc/PID/maps`) would see qemu-user's host
 * mappings instead of the guest's.
 */
function readMaps(): Mapping[] {
  posix ??= Deno.dlopen("libc.so.6", POSIX).symbols;
  const fd = posix.open(new TextEncoder().encode("/proc/self/maps\0"), 0);
  assert.ok(fd >= 0, "cannot open /proc/self/maps");
  let bytes = new Uint8Array(1 << 16);
  let length = 0;
  for (;;) {
    if (length === bytes.length) {
      const grown = new Uint8Array(2 * bytes.length);
      grown.set(bytes);
      bytes = grown;
    }
    const n = Number(posix.read(fd, bytes.subarray(length), BigInt(bytes.length - length)));
    assert.ok(n >= 0, "cannot read /proc/self/maps");
    if (n === 0) break;
    length += n;
  }
  posix.close(fd);
  const text = new TextDecoder().decode(bytes.subarray(0, length));
  return text.trim().split("\n").map((line) => {
    const [range, perms] = line.split(/\s+/);
    const [start, end] = range.split("-").map((h) => BigInt(`0x${h}`));
    return { start, end, perms };
  });
}

const EXPECTED_PERMS = { none: "---p", rw: "rw-p", rx: "r-xp" } as const;

/**
 * Checks every page of every arena against /proc/self/maps: each range
 * `protections()` lists is covered exactly by mappings with the expected
 * permissions, the ranges tile the arenas, and nothing is rwx.
 */
function assertMapsMatch(memory: ExecMemory): void {
  const maps = readMaps();
  const ranges: PageRange[] = memory.protections();
  for (const arena of memory.arenas()) {
    const end = arena.address + BigInt(arena.size);
    const inside = ranges.filter((r) => r.address >= arena.address && r.address < end);
    assert.equal(inside.reduce((n, r) => n + r.size, 0), arena.size, "ranges must tile the arena");
    for (const m of maps) {
      if (m.end > arena.address && m.start < end) {
        assert.ok(!/w.x/.test(m.perms.slice(0, 3)), `rwx mapping at 0x${m.start.toString(16)}`);
      }
    }
  }
  for (const range of ranges) {
    let at = range.address;
    const end = range.address + BigInt(range.size);
    while (at < end) {
      const m = maps.find((m) => m.start <= at && at < m.end);
      assert.ok(m, `no mapping at 0x${at.toString(16)}`);
      assert.equal(
        m.perms,
        EXPECTED_PERMS[range.protection],
        `0x${at.toString(16)} should be ${range.protection}`,
      );
      at = m.end;
    }
  }
}

Deno.test({
  name: "ExecMemory hands out whole pages: rw after alloc, r-x after seal, none after free",
  ignore,
  fn() {
    const memory = newMemory(32);
    const page = memory.pageSize;
    try {
      assertMapsMatch(memory);
      const sizes = [1, page - 1, page, page + 1, 3 * page];
      const blocks = sizes.map((size) => memory.alloc(size));
      assert.deepEqual(blocks.map((b) => b.size), [page, page, page, 2 * page, 3 * page]);
      for (const b of blocks) assert.equal(Deno.UnsafePointer.value(b.pointer), b.address);
      assert.deepEqual(memory.protections().filter((r) => r.protection === "rw").length, 5);
      assertMapsMatch(memory);
      for (const b of blocks) {
        memory.write(b, RETURN_42);
        memory.seal(b);
        assertMapsMatch(memory);
      }
      assert.ok(memory.protections().every((r) => r.protection !== "rw"));
      memory.unseal(blocks[1]);
      assertMapsMatch(memory);
      for (const b of blocks) {
        memory.free(b);
        assertMapsMatch(memory);
      }
      assert.ok(memory.protections().every((r) => r.protection === "none"));
    } finally {
      memory.dispose();
    }
  },
});

Deno.test({
  name: "ExecMemory coalesces freed neighbours and reuses their pages first",
  ignore,
  fn() {
    const memory = newMemory(16);
    const page = memory.pageSize;
    try {
      const a = memory.alloc(page);
      const b = memory.alloc(2 * page);
      const c = memory.alloc(page);
      assert.equal(b.address, a.address + BigInt(page));
      assert.equal(c.address, a.address + BigInt(3 * page));
      memory.free(b);
      memory.free(a);
      // a and b merged into one 3-page hole before c: a 3-page block fits there.
      const d = memory.alloc(3 * page);
      assert.equal(d.address, a.address);
      memory.free(c);
      memory.free(d);
      assert.deepEqual(memory.protections(), [
        { address: a.address, size: 16 * page, protection: "none" },
      ]);
      // The middle hole merges with both sides.
      const [x, y, z] = [memory.alloc(page), memory.alloc(page), memory.alloc(page)];
      memory.free(x);
      memory.free(z);
      memory.free(y);
      assert.equal(memory.protections().length, 1);
      assertMapsMatch(memory);
    } finally {
      memory.dispose();
    }
  },
});

Deno.test({
  name: "ExecMemory reserves a new arena when one is full, and unmaps extra empty ones",
  ignore,
  fn() {
    const memory = newMemory(4);
    const page = memory.pageSize;
    try {
      const first = Array.from({ length: 4 }, () => memory.alloc(page));
      assert.equal(memory.arenas().length, 1);
      const [arena] = memory.arenas();
      const spill = memory.alloc(page);
      assert.equal(memory.arenas().length, 2);
      const outside = spill.address < arena.address ||
        spill.address >= arena.address + BigInt(arena.size);
      assert.ok(outside, "the block must come from the new arena");
      const large = memory.alloc(6 * page);
      assert.equal(memory.arenas().length, 3);
      assert.equal(memory.arenas()[2].size, 6 * page);
      assertMapsMatch(memory);
      memory.free(large);
      memory.free(spill);
      assert.equal(memory.arenas().length, 1);
      for (const b of first) memory.free(b);
      assert.equal(memory.arenas().length, 1, "the first arena stays for reuse");
      assertMapsMatch(memory);
    } finally {
      memory.dispose();
    }
  },
});

Deno.test({
  name: "ExecMemory refuses writes to sealed blocks, out-of-range writes and freed blocks",
  ignore,
  fn() {
    const memory = newMemory(4);
    try {
      const block = memory.alloc(16);
      assert.throws(() => memory.write(block, new Uint8Array(2), block.size - 1), RangeError);
      assert.throws(() => memory.write(block, new Uint8Array(1), -1), RangeError);
      assert.throws(() => memory.alloc(0), RangeError);
      memory.seal(block);
      assert.throws(() => memory.write(block, RETURN_42), {
        message: "Cannot write to code block: it is sealed",
      });
      memory.free(block);
      assert.throws(() => memory.free(block), {
        message: "Cannot free code block: it is not allocated",
      });
      assert.throws(() => memory.seal(block), /Cannot seal code block/);
    } finally {
      memory.dispose();
    }
  },
});

Deno.test({
  name: "Sealed code runs through the trampoline's jit_call",
  ignore,
  async fn() {
    const tr = await getTrampoline();
    const memory = newMemory(8, tr);
    try {
      const constant = memory.alloc(RETURN_42.length);
      memory.write(constant, RETURN_42);
      memory.seal(constant);
      assert.equal(tr.jitCall(constant.pointer, null), 42);

      const load = memory.alloc(LOAD_ARG.length);
      memory.write(load, LOAD_ARG);
      memory.seal(load);
      const frame = new ArrayBuffer(64);
      const slots = new BigInt64Array(frame);
      const framePointer = Deno.UnsafePointer.of(frame);
      for (const value of [7n, -3n, 123456789n]) {
        slots[0] = value;
        assert.equal(tr.jitCall(load.pointer, framePointer), Number(value));
      }

      // Reused pages run the new code, not stale instructions from a cache.
      const { address } = constant;
      memory.free(constant);
      let again: CodeBlock | undefined;
      for (const value of [7, 1000, 4242]) {
        again = memory.alloc(8);
        assert.equal(again.address, address);
        memory.write(again, returnConstant(value));
        memory.seal(again);
        assert.equal(tr.jitCall(again.pointer, null), value);
        memory.free(again);
      }
      assertMapsMatch(memory);
    } finally {
      memory.dispose();
    }
  },
});

/**
 * Executable memory for traces, carved out of arenas.
 *
 * Requirements (read before changing this file):
 * 1. A page is never writable and executable at once: a block is read-write
 *    while the JIT copies and patches, then read-execute; freed pages go
 *    back to no access at all.
 * 2. Blocks are whole pages, since protection is per page; the page size
 *    comes from `sysconf` (AArch64 kernels may use 16 or 64 KiB pages).
 * 3. On AArch64, sealed code is made visible to instruction fetch (the
 *    `flushIcache` option) before anything may run it.
 * 4. One `mmap` per arena, not per trace: mappings are a scarce per-process
 *    resource (`vm.max_map_count`) and each syscall costs microseconds.
 *
 * @module
 */
import {
  type Libc,
  MADV_DONTNEED,
  MAP_ANONYMOUS,
  MAP_FAILED,
  MAP_NORESERVE,
  MAP_PRIVATE,
  PROT_EXEC,
  PROT_NONE,
  PROT_READ,
  PROT_WRITE,
} from "./libc.ts";

/** A block's pages as the kernel should report them: `---p`, `rw-p` or `r-xp`. */
export type Protection = "none" | "rw" | "rx";

/** A run of pages handed out by `ExecMemory.alloc`. */
export interface CodeBlock {
  /** The first byte's address. */
  readonly address: bigint;
  /** The same address as a pointer object, made once per block. */
  readonly pointer: Deno.PointerObject;
  /** The usable size in bytes: the request rounded up to whole pages. */
  readonly size: number;
}

/** Pages of an arena and the protection they are expected to have. */
export interface PageRange {
  readonly address: bigint;
  readonly size: number;
  readonly protection: Protection;
}

/** Options for `ExecMemory`. */
export interface ExecMemoryOptions {
  /** Bytes reserved per arena, rounded up to whole pages (default 4 MiB). */
  arenaSize?: number;
  /** Makes written code visible to instruction fetch; null where caches are coherent (x86-64). */
  flushIcache?: ((start: Deno.PointerObject, length: bigint) => void) | null;
}

interface FreeRange {
  offset: number;
  size: number;
}

interface Arena {
  base: bigint;
  size: number;
  /** Sorted by offset; neighbours never touch (they are merged). */
  free: FreeRange[];
}

interface BlockState {
  arena: Arena;
  offset: number;
  protection: "rw" | "rx";
  /** A view of the block's bytes, valid only while read-write. */
  bytes: Uint8Array;
  /** One past the highest byte written: the range a seal must flush. */
  written: number;
}

const DEFAULT_ARENA_SIZE = 4 << 20;

/**
 * Arenas of executable memory: first fit over per-arena free lists, freed
 * blocks merged with free neighbours, a new arena when none fits.
 *
 * @example Run six bytes of x86-64
 * ```ts ignore
 * import { openLibc } from "./libc.ts";
 * import { ExecMemory } from "./exec_memory.ts";
 * const memory = new ExecMemory(openLibc());
 * const block = memory.alloc(6);
 * memory.write(block, new Uint8Array([0xb8, 42, 0, 0, 0, 0xc3])); // mov eax, 42; ret
 * memory.seal(block);
 * ```
 */
export class ExecMemory {
  readonly pageSize: number;
  #libc: Libc;
  #arenaSize: number;
  #flush: ((start: Deno.PointerObject, length: bigint) => void) | null;
  #arenas: Arena[] = [];
  #blocks = new Map<CodeBlock, BlockState>();

  /**
   * @param libc The opened libc.
   * @param options Arena size and the instruction-cache flush.
   */
  constructor(libc: Libc, options: ExecMemoryOptions = {}) {
    this.#libc = libc;
    this.pageSize = libc.pageSize;
    this.#arenaSize = this.#roundUp(options.arenaSize ?? DEFAULT_ARENA_SIZE);
    this.#flush = options.flushIcache ?? null;
  }

  /**
   * Hands out read-write pages for at least `size` bytes.
   *
   * @param size Bytes needed (at least 1).
   * @returns The block, its pages read-write.
   * @throws {Error} When the kernel refuses to map or protect the pages.
   */
  alloc(size: number): CodeBlock {
    if (!Number.isSafeInteger(size) || size < 1) {
      throw new RangeError(`Cannot allocate code block: size ${size} is not a positive integer`);
    }
    const bytes = this.#roundUp(size);
    const [arena, offset] = this.#take(bytes);
    const address = arena.base + BigInt(offset);
    if (!this.#protect(address, bytes, PROT_READ | PROT_WRITE)) {
      const name = this.#libc.errnoName();
      this.#giveBack(arena, offset, bytes);
      throw new Error(`Cannot map executable memory: mprotect returned ${name}`);
    }
    const pointer = Deno.UnsafePointer.create(address)!;
    const block: CodeBlock = Object.freeze({ address, pointer, size: bytes });
    // One view per block: creating a view costs as much as a small copy,
    // and blocks are written many times while a trace is emitted.
    const view = new Uint8Array(Deno.UnsafePointerView.getArrayBuffer(pointer, bytes));
    this.#blocks.set(block, { arena, offset, protection: "rw", bytes: view, written: 0 });
    return block;
  }

  /**
   * Copies `bytes` into a read-write block.
   *
   * @param block A block from `alloc`, not sealed.
   * @param bytes The bytes to copy.
   * @param offset Where in the block they go.
   * @throws {Error} When the block is sealed or freed.
   * @throws {RangeError} When the bytes do not fit.
   */
  write(block: CodeBlock, bytes: Uint8Array, offset = 0): void {
    const state = this.#state(block, "write to");
    if (state.protection !== "rw") throw new Error("Cannot write to code block: it is sealed");
    const end = offset + bytes.length;
    if (!Number.isSafeInteger(offset) || offset < 0 || end > block.size) {
      throw new RangeError(
        `Cannot write to code block: ${bytes.length} bytes at offset ${offset} exceed its ${block.size} bytes`,
      );
    }
    state.bytes.set(bytes, offset);
    if (end > state.written) state.written = end;
  }

  /**
   * Makes a block read-execute, then visible to instruction fetch.
   *
   * @param block A read-write block.
   * @throws {Error} When the kernel refuses execute permission (`EACCES` under some policies).
   */
  seal(block: CodeBlock): void {
    const state = this.#state(block, "seal");
    if (state.protection === "rx") return;
    if (!this.#protect(block.address, block.size, PROT_READ | PROT_EXEC)) {
      throw new Error(`Cannot map executable memory: mprotect returned ${this.#libc.errnoName()}`);
    }
    state.protection = "rx";
    if (this.#flush !== null && state.written > 0) {
      this.#flush(block.pointer, BigInt(state.written));
    }
  }

  /**
   * Makes a sealed block read-write again (and no longer executable), to
   * patch it; `seal` it before running it again.
   *
   * @param block A sealed block.
   * @throws {Error} When the kernel refuses.
   */
  unseal(block: CodeBlock): void {
    const state = this.#state(block, "unseal");
    if (state.protection === "rw") return;
    if (!this.#protect(block.address, block.size, PROT_READ | PROT_WRITE)) {
      throw new Error(`Cannot unseal code block: mprotect returned ${this.#libc.errnoName()}`);
    }
    state.protection = "rw";
  }

  /**
   * Returns a block's pages to the free list, inaccessible and emptied.
   *
   * @param block A live block; it must not be running or referenced by other code.
   * @throws {Error} When the block is not live or the kernel refuses.
   */
  free(block: CodeBlock): void {
    const state = this.#state(block, "free");
    const { address, size } = block;
    if (!this.#protect(address, size, PROT_NONE)) {
      throw new Error(`Cannot free code block: mprotect returned ${this.#libc.errnoName()}`);
    }
    // Dropping the pages returns the memory and means a later block never
    // starts with a dead trace's bytes; a failure here loses nothing.
    this.#libc.symbols.madvise(address, BigInt(size), MADV_DONTNEED);
    this.#blocks.delete(block);
    this.#giveBack(state.arena, state.offset, size);
  }

  /** The arenas reserved so far, in the order they are searched. */
  arenas(): { address: bigint; size: number }[] {
    return this.#arenas.map((a) => ({ address: a.base, size: a.size }));
  }

  /** Every page of every arena with its expected protection, by address: for tests. */
  protections(): PageRange[] {
    const ranges: PageRange[] = [];
    for (const arena of this.#arenas) {
      for (const f of arena.free) {
        ranges.push({ address: arena.base + BigInt(f.offset), size: f.size, protection: "none" });
      }
    }
    for (const [block, state] of this.#blocks) {
      ranges.push({ address: block.address, size: block.size, protection: state.protection });
    }
    return ranges.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  }

  /** Unmaps every arena; every block becomes invalid. */
  dispose(): void {
    for (const arena of this.#arenas) {
      this.#libc.symbols.munmap(arena.base, BigInt(arena.size));
    }
    this.#arenas = [];
    this.#blocks.clear();
  }

  #protect(address: bigint, size: number, protection: number): boolean {
    return this.#libc.symbols.mprotect(address, BigInt(size), protection) === 0;
  }

  #roundUp(n: number): number {
    return Math.ceil(n / this.pageSize) * this.pageSize;
  }

  #state(block: CodeBlock, action: string): BlockState {
    const state = this.#blocks.get(block);
    if (state === undefined) throw new Error(`Cannot ${action} code block: it is not allocated`);
    return state;
  }

  /** First fit over all arenas, then a fresh arena. */
  #take(bytes: number): [Arena, number] {
    for (const arena of this.#arenas) {
      for (let i = 0; i < arena.free.length; i++) {
        const f = arena.free[i];
        if (f.size < bytes) continue;
        const offset = f.offset;
        if (f.size === bytes) arena.free.splice(i, 1);
        else {
          f.offset += bytes;
          f.size -= bytes;
        }
        return [arena, offset];
      }
    }
    const arena = this.#reserve(Math.max(this.#arenaSize, bytes));
    arena.free[0].offset = bytes;
    arena.free[0].size -= bytes;
    if (arena.free[0].size === 0) arena.free.length = 0;
    return [arena, 0];
  }

  /**
   * Reserves an arena with no access: untouched pages cost neither memory
   * nor commit charge (MAP_NORESERVE), and a stray jump or write into pages
   * not handed out faults instead of running or corrupting whatever is there.
   */
  #reserve(size: number): Arena {
    const flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
    const base = BigInt(this.#libc.symbols.mmap(0n, BigInt(size), PROT_NONE, flags, -1, 0n));
    if (base === MAP_FAILED || base === 0n) {
      throw new Error(`Cannot map executable memory: mmap returned ${this.#libc.errnoName()}`);
    }
    const arena: Arena = { base, size, free: [{ offset: 0, size }] };
    this.#arenas.push(arena);
    return arena;
  }

  /** Inserts a free range, merging it with the ranges it touches. */
  #giveBack(arena: Arena, offset: number, size: number): void {
    const free = arena.free;
    let i = 0;
    while (i < free.length && free[i].offset < offset) i++;
    const before = i > 0 ? free[i - 1] : undefined;
    const after = i < free.length ? free[i] : undefined;
    if (before && before.offset + before.size === offset) {
      before.size += size;
      if (after && offset + size === after.offset) {
        before.size += after.size;
        free.splice(i, 1);
      }
    } else if (after && offset + size === after.offset) {
      after.offset = offset;
      after.size += size;
    } else {
      free.splice(i, 0, { offset, size });
    }
    // Keep the first arena for reuse; give back any other that is empty.
    if (free.length === 1 && free[0].size === arena.size && this.#arenas[0] !== arena) {
      if (this.#libc.symbols.munmap(arena.base, BigInt(arena.size)) === 0) {
        this.#arenas.splice(this.#arenas.indexOf(arena), 1);
      }
    }
  }
}

/**
 * Memory native code reads for lists and tuples (`vm/list_storage.ts`):
 * headers and small item arrays are carved from large buffers whose
 * addresses are found once, and given back when their list dies. Making an
 * ArrayBuffer costs about 0.35 µs and finding its address through FFI
 * about 0.6 µs; a list the JIT meets at every entry (a copy made each time
 * round an enclosing loop) would pay both twice per entry.
 *
 * Requirements:
 * 1. A chunk never moves: its address is what native code holds.
 * 2. A chunk goes back to its free list only when nothing can reach it: its
 *    list or tuple died (`Lease`, through a FinalizationRegistry), or the
 *    list replaced its items (grown, or given back its JS array) while no
 *    native code ran.
 * 3. Chunks above LARGEST bytes are buffers of their own, collected as any.
 *
 * @module
 */

/** A piece of native memory: `bytes` at `offset` in `buffer`, at `address`. */
export interface Chunk {
  readonly buffer: ArrayBuffer;
  readonly offset: number;
  readonly bytes: number;
  readonly address: number;
}

const SLAB_BYTES = 1 << 20;
const SMALLEST = 32;
const LARGEST = 1024;
const CLASSES = Math.log2(LARGEST / SMALLEST) + 1;

/** One run's native memory for lists (its addresses belong to that run's backend). */
export class NativeMemory {
  #slab: ArrayBuffer | null = null;
  #slabAddress = 0;
  #used = SLAB_BYTES;
  readonly #free: Chunk[][] = Array.from({ length: CLASSES }, () => []);
  /** Buffers made (slabs and large chunks): each cost an allocation and an address lookup. */
  buffers = 0;

  constructor(readonly addressOf: (buffer: ArrayBuffer) => number) {}

  /** A chunk of at least `bytes` bytes (8-byte aligned, its contents stale). */
  alloc(bytes: number): Chunk {
    if (bytes > LARGEST) {
      const buffer = new ArrayBuffer(bytes);
      this.buffers++;
      return { buffer, offset: 0, bytes, address: this.addressOf(buffer) };
    }
    const k = sizeClass(bytes);
    const reused = this.#free[k].pop();
    if (reused !== undefined) return reused;
    const size = SMALLEST << k;
    if (this.#used + size > SLAB_BYTES) {
      this.#slab = new ArrayBuffer(SLAB_BYTES);
      this.#slabAddress = this.addressOf(this.#slab);
      this.#used = 0;
      this.buffers++;
    }
    const offset = this.#used;
    this.#used += size;
    return { buffer: this.#slab!, offset, bytes: size, address: this.#slabAddress + offset };
  }

  /** Gives a chunk back (requirement 2). */
  free(chunk: Chunk): void {
    if (chunk.bytes <= LARGEST) this.#free[sizeClass(chunk.bytes)].push(chunk);
  }
}

function sizeClass(bytes: number): number {
  return bytes <= SMALLEST ? 0 : 32 - Math.clz32(bytes - 1) - 5;
}

/** The chunks one list or tuple holds, given back when it dies (requirement 2). */
export class Lease {
  header: Chunk | null = null;
  items: Chunk | null = null;
  constructor(readonly memory: NativeMemory) {}

  /** Replaces the items chunk, giving the old one back. */
  setItems(items: Chunk | null): void {
    if (this.items !== null) this.memory.free(this.items);
    this.items = items;
  }
}

const reclaim = new FinalizationRegistry<Lease>((lease) => {
  if (lease.header !== null) lease.memory.free(lease.header);
  if (lease.items !== null) lease.memory.free(lease.items);
});

/** Gives `lease`'s chunks back once `owner` is collected. */
export function leaseFor(owner: object, memory: NativeMemory): Lease {
  const lease = new Lease(memory);
  reclaim.register(owner, lease);
  return lease;
}

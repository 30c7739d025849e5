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

/** Bytes of the nursery: a 9-item copy takes 104, so one run makes about 10,000 of them. */
const NURSERY_BYTES = 1 << 20;
/** The nursery's control words: the next free address, then the end. */
const NURSERY_CONTROL = 16;
const TWO32 = 4294967296;

/**
 * Memory native code allocates from (`_COPY_LIST`): a region behind two
 * int64 words, the next free address and the end, bumped by native code.
 * Every entry into native code starts it empty again: an exit gives each
 * list made there that it rebuilds storage of its own
 * (`vm/list_storage.ts` `HeaderOwners`), and nothing else can reach one,
 * so no list outlives the run its memory belongs to.
 */
export class Nursery {
  readonly buffer = new ArrayBuffer(NURSERY_BYTES);
  /** The control words' address, which native code is given. */
  readonly address: number;
  /** The region as doubles, from the control words on. */
  readonly f64 = new Float64Array(this.buffer);
  readonly #i32 = new Int32Array(this.buffer);

  constructor(addressOf: (buffer: ArrayBuffer) => number) {
    this.address = addressOf(this.buffer);
    this.#set(1, this.address + NURSERY_BYTES);
    this.reset();
  }

  /** Empties it: nothing native code made in the last run is reachable any more. */
  reset(): void {
    this.#set(0, this.address + NURSERY_CONTROL);
  }

  /** Whether native code allocated `address` in this run. */
  holds(address: number): boolean {
    return address >= this.address + NURSERY_CONTROL && address < this.word(this.address);
  }

  /** The int64 word at `address` (8-byte aligned, in the nursery), as a safe integer. */
  word(address: number): number {
    const k = (address - this.address) / 4;
    return this.#i32[k + 1] * TWO32 + (this.#i32[k] >>> 0);
  }

  #set(word: number, x: number): void {
    this.#i32[2 * word] = x % TWO32;
    this.#i32[2 * word + 1] = Math.floor(x / TWO32);
  }
}

/*
 * The entry trampoline, built as a tiny shared object and loaded with
 * `Deno.dlopen`: a call through a dlopen'ed symbol is a fast FFI call, where
 * calling a raw code pointer (`Deno.UnsafeFnPointer`) costs about a
 * microsecond. Not a stencil: it is linked, not patched.
 */
typedef long long int64_t;
typedef unsigned long long uint64_t;
typedef unsigned long uintptr_t;

typedef int64_t shim_fn(int64_t *frame);

/* Runs the trace whose shim is `fn` on `frame`; returns the exit id. */
__attribute__((visibility("default"))) int jit_call(shim_fn *fn, int64_t *frame) {
  return (int)fn(frame);
}

/*
 * Makes freshly written code visible to instruction fetch. AArch64 has no
 * coherent instruction cache: clean each data-cache line to the point of
 * unification, then invalidate each instruction-cache line (line sizes from
 * CTR_EL0). x86-64 keeps its caches coherent: nothing to do.
 */
__attribute__((visibility("default"))) void jit_flush_icache(char *start, uint64_t length) {
#if defined(__aarch64__)
  uint64_t ctr;
  __asm__ volatile("mrs %0, ctr_el0" : "=r"(ctr));
  uint64_t dline = 4ULL << ((ctr >> 16) & 15);
  uint64_t iline = 4ULL << (ctr & 15);
  char *end = start + length;
  for (char *p = (char *)((uintptr_t)start & ~(dline - 1)); p < end; p += dline) {
    __asm__ volatile("dc cvau, %0" : : "r"(p) : "memory");
  }
  __asm__ volatile("dsb ish" : : : "memory");
  for (char *p = (char *)((uintptr_t)start & ~(iline - 1)); p < end; p += iline) {
    __asm__ volatile("ic ivau, %0" : : "r"(p) : "memory");
  }
  __asm__ volatile("dsb ish\n\tisb" : : : "memory");
#else
  (void)start;
  (void)length;
#endif
}

/*
 * Whether the CPU runs the fused multiply-adds of the stencils that compute
 * pow (float_pow.h): CPUID.1:ECX.FMA, with the OS saving AVX state (OSXSAVE,
 * and XCR0's SSE and AVX bits), since they are VEX-encoded. AArch64 always
 * has them.
 */
__attribute__((visibility("default"))) int jit_cpu_fma(void) {
#if defined(__x86_64__)
  unsigned a = 1, b, c = 0, d;
  __asm__ volatile("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
  if (!((c >> 12) & 1) || !((c >> 27) & 1)) {
    return 0;
  }
  unsigned lo, hi;
  __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
  return (lo & 6) == 6;
#else
  return 1;
#endif
}

/*
 * The header every stencil template includes: the native calling convention
 * and the holes. Freestanding: no libc header, nothing that calls out.
 *
 * ORDER ABI: `jit/stencil_types.ts` documents the same convention.
 *
 * Rules for a template (read before adding one):
 * 1. One function, named `_JIT_ENTRY`, declared with UOP(); the build names
 *    the stencil after the file (`binary_op_add_int.c` is
 *    `_BINARY_OP_ADD_INT`).
 * 2. It ends every path in CONTINUE(sp), EXIT(), or JUMP(sp): a `musttail`
 *    call, so the stitched trace never grows the native stack.
 * 3. It checks every exit condition before writing any slot: an exit hands
 *    the untouched state back to tier 1, which redoes the instruction.
 * 4. Doubles travel as their bits: use AS_DOUBLE/AS_BITS, never casts.
 * 5. No calls (not even to libm: compilers turn some builtins into calls),
 *    no writable data, no jump tables: the build fails on any relocation it
 *    does not know.
 */
#ifndef PATCHPY_JIT_H
#define PATCHPY_JIT_H

typedef long long int64_t;
typedef unsigned long long uint64_t;
typedef unsigned long uintptr_t;
_Static_assert(sizeof(int64_t) == 8 && sizeof(uintptr_t) == 8, "LP64 only");

#define UOP_ATTRS __attribute__((preserve_none))
typedef UOP_ATTRS int64_t uop_fn(int64_t *frame, int64_t *sp);

/* Holes: their addresses are the values patched in. */
extern uop_fn _JIT_CONTINUE;
extern uop_fn _JIT_EXIT;
extern uop_fn _JIT_JUMP_TARGET;
extern char _JIT_OPARG[];
extern char _JIT_OPERAND0[];
extern char _JIT_OPERAND1[];

#define OPARG ((int64_t)(uintptr_t)_JIT_OPARG)
#define OPERAND0 ((int64_t)(uintptr_t)_JIT_OPERAND0)
#define OPERAND1 ((int64_t)(uintptr_t)_JIT_OPERAND1)

#define UOP UOP_ATTRS int64_t _JIT_ENTRY(int64_t *frame, int64_t *sp)
#define CONTINUE(SP) __attribute__((musttail)) return _JIT_CONTINUE(frame, (SP))
#define EXIT() __attribute__((musttail)) return _JIT_EXIT(frame, sp)
#define JUMP(SP) __attribute__((musttail)) return _JIT_JUMP_TARGET(frame, (SP))

static inline double AS_DOUBLE(int64_t bits) {
  double d;
  __builtin_memcpy(&d, &bits, 8);
  return d;
}

static inline int64_t AS_BITS(double d) {
  int64_t bits;
  __builtin_memcpy(&bits, &d, 8);
  return bits;
}

#define INT64_MIN_ (-0x7fffffffffffffffLL - 1)
#define INT64_MAX_ 0x7fffffffffffffffLL

#endif

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
 * 2. It ends every path in CONTINUE(sp, tos), EXIT(), JUMP(sp, tos), PUSH(v)
 *    or POP(): a `musttail` call, so the stitched trace never grows the
 *    native stack.
 * 3. It checks every exit condition before writing any slot: an exit hands
 *    the untouched state back to tier 1, which redoes the instruction.
 * 4. Doubles travel as their bits: use AS_DOUBLE/AS_BITS, never casts.
 * 5. No calls (not even to libm: compilers turn some builtins into calls),
 *    no writable data, no jump tables: the build fails on any relocation it
 *    does not know.
 * 6. The top of the stack lives in a register: `tos` is the item at
 *    `sp[-1]`, whose memory is stale; everything below it (NOS is
 *    `sp[-2]`) is in memory. A uop that needs the whole stack in memory
 *    stores `tos` to `sp[-1]` first. The exit stub stores it, so tier 1 and
 *    the next trace find the stack in memory, and the shim loads it. The
 *    stack is never empty: its base is past the loop frame's locals, and a
 *    native trace's frame has at least one.
 * 7. A binary template takes its operands as LEFT and RIGHT and ends in
 *    BINARY(v) (or BRANCH_POP()/BRANCH_EXIT(b)), so that the same source
 *    builds its constant-operand variant, a `<name>_const.c` of two lines,
 *    and its local-operand variants (the right operand a local's slot,
 *    `<name>_fast.c`; both operands locals' slots, `<name>_locals.c`).
 *    A sequence load builds a `_keep.c` too (OPERANDS_KEEP: the operands
 *    stay under the value) and a store a `_rot.c` (OPERANDS_ROT: the value
 *    comes on top of them), the stack shuffles of `a[k] op= v` folded in.
 */
#ifndef PATCHPY_JIT_H
#define PATCHPY_JIT_H

typedef long long int64_t;
typedef unsigned long long uint64_t;
typedef unsigned long uintptr_t;
_Static_assert(sizeof(int64_t) == 8 && sizeof(uintptr_t) == 8, "LP64 only");

#define UOP_ATTRS __attribute__((preserve_none))
typedef UOP_ATTRS int64_t uop_fn(int64_t *frame, int64_t *sp, int64_t tos);

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

#define UOP UOP_ATTRS int64_t _JIT_ENTRY(int64_t *frame, int64_t *sp, int64_t tos)
#define CONTINUE(SP, TOS) __attribute__((musttail)) return _JIT_CONTINUE(frame, (SP), (TOS))
#define EXIT() __attribute__((musttail)) return _JIT_EXIT(frame, sp, tos)
#define JUMP(SP, TOS) __attribute__((musttail)) return _JIT_JUMP_TARGET(frame, (SP), (TOS))

/* The item below the top, in memory (rule 6). */
#define NOS (sp[-2])
/* Pushes V: the old top goes to memory. V is computed first. */
#define PUSH(V)                    \
  do {                             \
    int64_t pushed_ = (V);         \
    sp[-1] = tos;                  \
    CONTINUE(sp + 1, pushed_);     \
  } while (0)
/* Pops the top: the next item comes back from memory. */
#define POP() CONTINUE(sp - 1, sp[-2])

/*
 * Operands of a binary operation (rule 7): on the stack, or with RIGHT_CONST
 * defined (a `<name>_const.c` that includes the plain template) the left one
 * on top and the right one a constant in operand1, or with RIGHT_FAST the
 * right one in the local slot operand1. BINARY(v) replaces them
 * with v; BRANCH_POP() drops them; BRANCH_EXIT(b) leaves with the bool b in
 * their place (a compare-and-branch). A store takes a THIRD operand below
 * LEFT, and TERNARY_POP() drops all three.
 */
/* The compiler takes a hole's address for nonzero: laundered, a zero divisor is still tested. */
static inline int64_t right_const_(void) {
  int64_t v = OPERAND1;
  __asm__("" : "+r"(v));
  return v;
}
/*
 * The exit of a variant whose operands are not on the stack (`_LOCALS`,
 * `_LOCALS_STORE`, `_LOCAL_CONST_STORE`): it pushes both, so tier 1 finds
 * them as it would.
 */
#define EXIT_PUSHING_OPERANDS()                                        \
  do {                                                                 \
    int64_t left_ = LEFT, right_ = RIGHT;                              \
    sp[-1] = tos;                                                      \
    sp[0] = left_;                                                     \
    __attribute__((musttail)) return _JIT_EXIT(frame, sp + 2, right_); \
  } while (0)

#ifdef RIGHT_CONST
#define LEFT tos
#define RIGHT right_const_()
#define THIRD NOS
#define TERNARY_POP() CONTINUE(sp - 2, sp[-3])
#define BINARY(V) CONTINUE(sp, (V))
#define BRANCH_POP() CONTINUE(sp - 1, sp[-2])
#define BRANCH_EXIT(B) __attribute__((musttail)) return _JIT_EXIT(frame, sp, (B))
#elif defined(RIGHT_FAST)
/*
 * The right operand is local slot OPERAND1, never pushed: an exit pushes it
 * (after storing the left one), so tier 1 finds both operands as it would.
 */
#define LEFT tos
#define RIGHT (frame[OPERAND1])
#define THIRD NOS
#define TERNARY_POP() CONTINUE(sp - 2, sp[-3])
#define BINARY(V) CONTINUE(sp, (V))
#define BRANCH_POP() CONTINUE(sp - 1, sp[-2])
#define BRANCH_EXIT(B) __attribute__((musttail)) return _JIT_EXIT(frame, sp, (B))
#undef EXIT
#define EXIT()                                                         \
  do {                                                                 \
    int64_t right_ = RIGHT;                                            \
    sp[-1] = tos;                                                      \
    __attribute__((musttail)) return _JIT_EXIT(frame, sp + 1, right_); \
  } while (0)
#elif defined(OPERANDS_LOCALS)
/*
 * Both operands are local slots, packed in OPERAND1 (the left one's in its
 * high half), never pushed: an exit pushes both, so tier 1 finds them as it
 * would; a branch's exit pushes its bool. A store's value is the top.
 */
#define LEFT (frame[(uint64_t)OPERAND1 >> 32])
#define RIGHT (frame[OPERAND1 & 0xffffffff])
#define THIRD tos
#define TERNARY_POP() POP()
#define BINARY(V) PUSH(V)
#define BRANCH_POP() CONTINUE(sp, tos)
#define BRANCH_EXIT(B)                                                 \
  do {                                                                 \
    sp[-1] = tos;                                                      \
    __attribute__((musttail)) return _JIT_EXIT(frame, sp + 1, (B));    \
  } while (0)
#undef EXIT
#define EXIT() EXIT_PUSHING_OPERANDS()
#elif defined(OPERANDS_LOCALS_STORE) || defined(OPERANDS_LOCAL_CONST_STORE)
/*
 * Arithmetic on locals whose result goes to a local, not the stack (the
 * `_STORE_FAST` after it folded in): the operands are two local slots
 * packed in OPERAND1 and the target slot is OPARG, or the left operand the
 * slot in OPARG's high half, the right one the constant OPERAND1 and the
 * target the slot in OPARG's low half. An exit pushes both operands. When
 * the stack is empty, `tos` is a copy of the slot below it, the last local
 * (rule 6): a store there must update it too, or the next push would write
 * the old value back.
 */
#ifdef OPERANDS_LOCALS_STORE
#define LEFT (frame[(uint64_t)OPERAND1 >> 32])
#define RIGHT (frame[OPERAND1 & 0xffffffff])
#define TARGET (frame[OPARG])
#else
#define LEFT (frame[(uint64_t)OPARG >> 32])
#define RIGHT right_const_()
#define TARGET (frame[OPARG & 0xffffffff])
#endif
#define BINARY(V)                                          \
  do {                                                     \
    int64_t result_ = (V);                                 \
    int64_t *target_ = &TARGET;                            \
    *target_ = result_;                                    \
    CONTINUE(sp, target_ == sp - 1 ? result_ : tos);       \
  } while (0)
#undef EXIT
#define EXIT() EXIT_PUSHING_OPERANDS()
#elif defined(OPERANDS_KEEP)
/*
 * A load that keeps its operands (`_COPY 2; _COPY 2` folded into it): the
 * sequence and index stay on the stack, the value goes on top. An exit
 * pushes their copies, so tier 1 finds the stack the copies made.
 */
#define LEFT NOS
#define RIGHT tos
#define BINARY(V) PUSH(V)
#undef EXIT
#define EXIT()                                                     \
  do {                                                             \
    sp[-1] = tos;                                                  \
    sp[0] = sp[-2];                                                \
    __attribute__((musttail)) return _JIT_EXIT(frame, sp + 2, tos); \
  } while (0)
#elif defined(OPERANDS_ROT)
/*
 * A store whose value is on top of the sequence and index (`_SWAP 3;
 * _SWAP 2` folded into it). An exit makes the swaps, so tier 1 finds the
 * stack they made: value, sequence, index.
 */
#define THIRD tos
#define LEFT (sp[-3])
#define RIGHT NOS
#define TERNARY_POP() CONTINUE(sp - 3, sp[-4])
#undef EXIT
#define EXIT()                                                     \
  do {                                                             \
    int64_t index_ = sp[-2];                                       \
    sp[-2] = sp[-3];                                               \
    sp[-3] = tos;                                                  \
    __attribute__((musttail)) return _JIT_EXIT(frame, sp, index_); \
  } while (0)
#else
#define LEFT NOS
#define RIGHT tos
#define THIRD (sp[-3])
#define TERNARY_POP() CONTINUE(sp - 3, sp[-4])
#define BINARY(V) CONTINUE(sp - 1, (V))
#define BRANCH_POP() CONTINUE(sp - 2, sp[-3])
#define BRANCH_EXIT(B) __attribute__((musttail)) return _JIT_EXIT(frame, sp - 1, (B))
#endif

/*
 * Lists and tuples with native storage (vm/list_storage.ts): a native slot
 * holds the address of a header, four words that never move: length,
 * strategy (TUPLE set for a tuple), the address of the items, capacity.
 * Items are 8 bytes: an int is its exact double, a float its double, a
 * bool 0.0 or 1.0, a nested list or tuple its header's address. A list
 * TypeScript gave back its JS array reads as generic and empty.
 */
#define SEQ_INT 1
#define SEQ_FLOAT 2
#define SEQ_BOOL 3
#define SEQ_NESTED 4
#define SEQ_TUPLE 8
#define SEQ_LENGTH(H) (((const int64_t *)(uintptr_t)(H))[0])
/* The strategy word, TUPLE included: list stores compare it whole. */
#define LIST_STRATEGY(H) (((const int64_t *)(uintptr_t)(H))[1])
/* The strategy of a list or a tuple alike: loads, iteration, unpacking. */
#define SEQ_STRATEGY(H) (LIST_STRATEGY(H) & ~(int64_t)SEQ_TUPLE)
#define SEQ_ITEMS(H) ((int64_t *)(uintptr_t)((const int64_t *)(uintptr_t)(H))[2])
/* How many items fit before TypeScript must give the list new items. */
#define SEQ_CAPACITY(H) (((const int64_t *)(uintptr_t)(H))[3])
/* The length word, written by a list's append and pop. */
#define SEQ_SET_LENGTH(H, N) (((int64_t *)(uintptr_t)(H))[0] = (N))

/*
 * J = Python index I into the sequence at H, normalized (a negative one
 * counts from the end); exits when it is out of range or the strategy word
 * (STRATEGY(H): SEQ_STRATEGY or LIST_STRATEGY) is not S (rule 3: before
 * anything is written).
 */
#define SEQ_INDEX(J, H, I, STRATEGY, S)                                   \
  int64_t J = (I) + (SEQ_LENGTH(H) & ((I) >> 63));                        \
  if ((uint64_t)J >= (uint64_t)SEQ_LENGTH(H) || STRATEGY(H) != (S)) {     \
    EXIT();                                                               \
  }

/* The ints a list with int storage holds: those the VM keeps as JS numbers. */
#define SAFE_INT_MAX 0x1fffffffffffffLL

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

/*
 * fmod, exact and without libm: |x| mod |y| by long division on the
 * significands, 11 bits at a time (a remainder below 2^53 shifted by 11
 * still fits in 64 bits), with the sign of x. The result is a multiple of
 * y's least significant bit below |y|, so it is exact as a double.
 */
static inline double FMOD(double x, double y) {
  uint64_t ux = (uint64_t)AS_BITS(x), uy = (uint64_t)AS_BITS(y);
  uint64_t sign = ux & 0x8000000000000000ULL;
  uint64_t ax = ux & 0x7fffffffffffffffULL, ay = uy & 0x7fffffffffffffffULL;
  const uint64_t INF = 0x7ff0000000000000ULL;
  /* x infinite or NaN, y NaN or zero: NaN (or x's NaN, propagated). */
  if (ax >= INF || ay > INF || ay == 0) {
    return (x * y) / (x * y);
  }
  if (ax < ay) {
    return x; /* includes y infinite */
  }
  if (ax == ay) {
    return AS_DOUBLE((int64_t)sign);
  }
  int64_t ex = (int64_t)(ax >> 52), ey = (int64_t)(ay >> 52);
  uint64_t mx = ax & 0x000fffffffffffffULL, my = ay & 0x000fffffffffffffULL;
  /* A subnormal has exponent field 0 but scales as field 1. */
  if (ex == 0) ex = 1; else mx |= 0x0010000000000000ULL;
  if (ey == 0) ey = 1; else my |= 0x0010000000000000ULL;
  uint64_t r = mx % my;
  for (int64_t d = ex - ey; d > 0 && r != 0;) {
    int64_t s = d < 11 ? d : 11;
    r = (r << s) % my;
    d -= s;
  }
  if (r == 0) {
    return AS_DOUBLE((int64_t)sign);
  }
  /* r * 2^(ey - 1075): normalize, or leave subnormal at ey == 1. */
  while (r < 0x0010000000000000ULL && ey > 1) {
    r <<= 1;
    ey--;
  }
  uint64_t bits = r < 0x0010000000000000ULL
    ? r
    : ((uint64_t)ey << 52) | (r & 0x000fffffffffffffULL);
  return AS_DOUBLE((int64_t)(bits | sign));
}

static inline double COPYSIGN_ZERO(double s) {
  return AS_DOUBLE(AS_BITS(s) & INT64_MIN_);
}

/* floor for any double, from the truncating conversion where that is exact. */
static inline double FLOOR(double x) {
  /* Beyond 2^52 (and NaN, infinities) every double is already whole. */
  if (!(x > -0x1p52 && x < 0x1p52)) {
    return x;
  }
  double t = (double)(int64_t)x;
  if (t > x) t -= 1.0;
  /* floor keeps the sign of a zero: floor(-0.0) is -0.0. */
  return t == 0.0 ? AS_DOUBLE(AS_BITS(x) & INT64_MIN_) : t;
}

/*
 * CPython's _float_div_mod (Objects/floatobject.c), the divisor nonzero:
 * the floor quotient and the remainder with the divisor's sign.
 */
static inline void FLOAT_DIVMOD(double vx, double wx, double *floordiv, double *mod) {
  double m = FMOD(vx, wx);
  double div = (vx - m) / wx;
  if (m != 0.0) {
    if ((wx < 0) != (m < 0)) {
      m += wx;
      div -= 1.0;
    }
  } else {
    m = COPYSIGN_ZERO(wx);
  }
  double fd;
  if (div != 0.0) {
    fd = FLOOR(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = COPYSIGN_ZERO(vx / wx);
  }
  *floordiv = fd;
  *mod = m;
}

#endif

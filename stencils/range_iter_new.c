/*
 * _RANGE_ITER_NEW: iter(range(...)) for operand1 (1 to 3) int arguments,
 * as a virtual iterator: slots oparg, oparg+1 and oparg+2 get its first
 * value, its stop and 1, which tells an exit to make the iterator object
 * (jit/exits.ts). A third argument is the step, also the constant
 * operand0. The callable's slot becomes the iterator's. A bound beyond
 * 2**52 in magnitude exits: tier 1 makes the range, whose iterator keeps
 * its values as JS numbers.
 */
#include "jit.h"

UOP {
  int64_t n = OPERAND1;
  int64_t start = n == 1 ? 0 : n == 2 ? NOS : sp[-3];
  int64_t stop = n == 1 ? tos : n == 2 ? tos : NOS;
  const int64_t limit = 1LL << 52;
  if (start < -limit || start > limit || stop < -limit || stop > limit) {
    EXIT();
  }
  int64_t *it = frame + OPARG;
  it[0] = start;
  it[1] = stop;
  it[2] = 1;
  /* Below the arguments: the NULL, then the callable's slot. */
  CONTINUE(sp - n - 1, start);
}

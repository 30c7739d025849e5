/*
 * _BINARY_OP_SUBTRACT_INT: exits when the result leaves int64 (tier 1 makes a
 * big int). The fast path sits inside the if so that clang folds the exit
 * into a conditional tail call on x86-64.
 */
#include "jit.h"

UOP {
  int64_t res;
  if (!__builtin_sub_overflow(LEFT, RIGHT, &res)) {
    BINARY(res);
  }
  EXIT();
}

/*
 * _GUARD_IS_TRUE_POP: a false flag exits with the flag still on the stack,
 * for tier 1 to branch on.
 */
#include "jit.h"

UOP {
  if (tos != 0) {
    POP();
  }
  EXIT();
}

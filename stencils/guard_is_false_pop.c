/*
 * _GUARD_IS_FALSE_POP: a true flag exits with the flag still on the stack,
 * for tier 1 to branch on.
 */
#include "jit.h"

UOP {
  if (tos == 0) {
    POP();
  }
  EXIT();
}

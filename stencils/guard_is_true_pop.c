/*
 * _GUARD_IS_TRUE_POP: a false flag exits with the flag still on the stack,
 * for tier 1 to branch on.
 */
#include "jit.h"

UOP {
  if (sp[-1] != 0) {
    CONTINUE(sp - 1);
  }
  EXIT();
}

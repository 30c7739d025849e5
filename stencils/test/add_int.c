/* Golden: an int add with an overflow exit (a conditional jump to a hole). */
#include "jit.h"

UOP {
  int64_t res;
  if (__builtin_add_overflow(NOS, tos, &res)) {
    EXIT();
  }
  CONTINUE(sp - 1, res);
}

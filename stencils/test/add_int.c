/* Golden: an int add with an overflow exit (a conditional jump to a hole). */
#include "jit.h"

UOP {
  int64_t res;
  if (__builtin_add_overflow(sp[-2], sp[-1], &res)) {
    EXIT();
  }
  sp[-2] = res;
  CONTINUE(sp - 1);
}

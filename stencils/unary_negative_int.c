/* _UNARY_NEGATIVE_INT: -INT64_MIN needs a big int, so it exits. */
#include "jit.h"

UOP {
  int64_t res;
  if (!__builtin_sub_overflow(0, tos, &res)) {
    CONTINUE(sp, res);
  }
  EXIT();
}

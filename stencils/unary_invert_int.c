/* _UNARY_INVERT_INT: ~x, which is -x - 1 and never overflows. */
#include "jit.h"

UOP {
  CONTINUE(sp, ~tos);
}

/* _UNARY_NOT: not of a bool (0 or 1); computed without wrapping UB for any slot. */
#include "jit.h"

UOP {
  CONTINUE(sp, (int64_t)(1 - (uint64_t)tos));
}

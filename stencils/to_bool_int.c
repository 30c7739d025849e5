/* _TO_BOOL_INT: an int is true unless it is zero. */
#include "jit.h"

UOP {
  CONTINUE(sp, tos != 0);
}

/* _TO_BOOL_INT: an int is true unless it is zero. */
#include "jit.h"

UOP {
  sp[-1] = sp[-1] != 0;
  CONTINUE(sp);
}

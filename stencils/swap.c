/* _SWAP: swap the top with sp[-oparg] (oparg at least 2). */
#include "jit.h"

UOP {
  int64_t top = sp[-1];
  sp[-1] = sp[-OPARG];
  sp[-OPARG] = top;
  CONTINUE(sp);
}

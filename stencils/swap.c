/* _SWAP: swap the top with sp[-oparg] (oparg at least 2). */
#include "jit.h"

UOP {
  int64_t below = sp[-OPARG];
  sp[-OPARG] = tos;
  CONTINUE(sp, below);
}

/* _LOAD_FAST: push slot oparg. */
#include "jit.h"

UOP {
  sp[0] = frame[OPARG];
  CONTINUE(sp + 1);
}

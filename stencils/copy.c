/* _COPY: push a copy of sp[-oparg] (oparg 1 is the top). */
#include "jit.h"

UOP {
  /* Flushed, the whole stack is in memory: copying the top is copying slot -1. */
  sp[-1] = tos;
  CONTINUE(sp + 1, sp[-OPARG]);
}

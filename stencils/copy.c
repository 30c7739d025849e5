/* _COPY: push a copy of sp[-oparg] (oparg 1 is the top). */
#include "jit.h"

UOP {
  sp[0] = sp[-OPARG];
  CONTINUE(sp + 1);
}

/* Golden: a load from a slot indexed by the oparg (an absolute-value hole). */
#include "jit.h"

UOP {
  sp[0] = frame[OPARG];
  CONTINUE(sp + 1);
}

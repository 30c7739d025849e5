/* _JUMP_TO_TOP: a tail call back to the trace's first stencil, so loops never grow the native stack. */
#include "jit.h"

UOP {
  JUMP(sp, tos);
}

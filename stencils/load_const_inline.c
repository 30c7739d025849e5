/* _LOAD_CONST_INLINE: push operand0's 64 bits (an int, a bool or a double's bits). */
#include "jit.h"

UOP {
  PUSH(OPERAND0);
}

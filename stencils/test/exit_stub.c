/* Golden: an exit stub returning operand0 (a 64-bit immediate hole, no continuation). */
#include "jit.h"

UOP {
  (void)frame;
  (void)sp;
  (void)tos;
  return OPERAND0;
}

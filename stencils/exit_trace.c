/*
 * _EXIT_TRACE: the exit stub. A plain return, not a tail call: it unwinds
 * to the shim, which hands the exit id (operand0) back to TypeScript.
 */
#include "jit.h"

UOP {
  (void)frame;
  (void)sp;
  return OPERAND0;
}

/*
 * _COMPARE_OP_INT_GUARD: _COMPARE_OP_INT and the branch guard after it in
 * one stencil, with no bool in between: oparg holds the outcomes that go
 * on (the comparison's mask, or its complement for a guard on false). The
 * other way exits where the guard would, with the comparison's bool
 * (operand0) on the stack in place of the operands: the comparison cannot
 * fail, so tier 1 resumes at the branch.
 */
#include "jit.h"

UOP {
  int64_t l = LEFT, r = RIGHT;
  int64_t idx = (int64_t)(l >= r) + (int64_t)(l > r);
  if ((OPARG >> idx) & 1) {
    BRANCH_POP();
  }
  BRANCH_EXIT(OPERAND0);
}

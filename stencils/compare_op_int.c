/*
 * _COMPARE_OP_INT: the comparison bit is 1 << ((l >= r) + (l > r)), that is
 * CMP_LT, CMP_EQ or CMP_GT; testing it against the mask in oparg is a shift
 * of the mask, with no branch.
 */
#include "jit.h"

UOP {
  int64_t l = sp[-2], r = sp[-1];
  int64_t idx = (int64_t)(l >= r) + (int64_t)(l > r);
  sp[-2] = (OPARG >> idx) & 1;
  CONTINUE(sp - 1);
}

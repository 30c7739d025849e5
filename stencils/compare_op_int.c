/*
 * _COMPARE_OP_INT: the comparison bit is 1 << ((l >= r) + (l > r)), that is
 * CMP_LT, CMP_EQ or CMP_GT; testing it against the mask in oparg is a shift
 * of the mask, with no branch.
 */
#include "jit.h"

UOP {
  int64_t l = LEFT, r = RIGHT;
  int64_t idx = (int64_t)(l >= r) + (int64_t)(l > r);
  BINARY((OPARG >> idx) & 1);
}

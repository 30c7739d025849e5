/*
 * _UNPACK_ITEMS_<kind>: a, b, ... = seq for a list or tuple of exactly
 * oparg items with that item strategy (items.h), pushed last first as
 * UNPACK_SEQUENCE does. Another length or strategy exits: tier 1 unpacks
 * (and raises ValueError where it must).
 */
#include "items.h"

UOP {
  int64_t seq = tos, n = OPARG;
  if (SEQ_LENGTH(seq) != n || SEQ_STRATEGY(seq) != STRATEGY) {
    EXIT();
  }
  const int64_t *items = SEQ_ITEMS(seq);
  int64_t *base = sp - 1;
  /* A few items: a plain loop, not vector code. */
#pragma clang loop vectorize(disable) interleave(disable) unroll(disable)
  for (int64_t k = 0; k < n; k++) {
    base[k] = ITEM(items, n - 1 - k);
  }
  /* n >= 1: the first item is the new top. */
  CONTINUE(base + n, base[n - 1]);
}

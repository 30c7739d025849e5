/*
 * _LOAD_ITEM_<kind>: seq[index] for a list or tuple with that item
 * strategy (items.h). An index out of range, or a sequence whose storage
 * is another (a list TypeScript gave its JS array back), exits: tier 1
 * redoes the subscript, and raises IndexError where it must. The index is
 * RIGHT (jit.h rule 7): a constant in the `_CONST` variant.
 */
#include "items.h"

UOP {
  int64_t seq = LEFT, index = RIGHT;
  SEQ_INDEX(j, seq, index, SEQ_STRATEGY, STRATEGY)
  BINARY(ITEM(SEQ_ITEMS(seq), j));
}

/*
 * _LOAD_ITEM_<kind>: seq[index] for a list or tuple with that item
 * strategy (items.h). An index out of range, or a sequence whose storage
 * is another (a list TypeScript gave its JS array back), exits: tier 1
 * redoes the subscript, and raises IndexError where it must.
 */
#include "items.h"

UOP {
  int64_t seq = NOS;
  SEQ_INDEX(j, seq, tos, SEQ_STRATEGY, STRATEGY)
  CONTINUE(sp - 1, ITEM(SEQ_ITEMS(seq), j));
}

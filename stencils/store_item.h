/*
 * _STORE_ITEM_<kind>: list[index] = value for a list with that item
 * strategy (items.h) and a value of its kind. An index out of range, a
 * list whose storage is another, a tuple, or a value the strategy cannot
 * hold (an int beyond 2**53 - 1: a big int to the VM) exits before any
 * write: tier 1 redoes the store, switching the list to generic storage
 * or raising IndexError. The index is RIGHT (jit.h rule 7): a constant or
 * a local in the variants.
 */
#include "items.h"

UOP {
  int64_t v = THIRD, list = LEFT, index = RIGHT;
  SEQ_INDEX(j, list, index, LIST_STRATEGY, STRATEGY)
  if (!STORABLE(v)) {
    EXIT();
  }
  SEQ_ITEMS(list)[j] = PUT(v);
  TERNARY_POP();
}

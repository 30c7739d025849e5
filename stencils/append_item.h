/*
 * _APPEND_ITEM_<kind>: list.append(value) for a list with that item
 * strategy (items.h) and a value of its kind, while its items have room.
 * A full list, storage of another strategy, a tuple, or a value the
 * strategy cannot hold exits before any write: tier 1 appends (moving the
 * items to a larger block, or switching the list to generic storage). The
 * result is None, a constant: its slot keeps whatever it held.
 */
#include "items.h"

UOP {
  int64_t list = NOS, v = tos, n = SEQ_LENGTH(list);
  if (LIST_STRATEGY(list) != STRATEGY || n >= SEQ_CAPACITY(list) || !STORABLE(v)) {
    EXIT();
  }
  SEQ_ITEMS(list)[n] = PUT(v);
  SEQ_SET_LENGTH(list, n + 1);
  CONTINUE(sp - 2, sp[-3]);
}

/*
 * _POP_ITEM_<kind>: list.pop() for a list with that item strategy
 * (items.h). An empty list, storage of another strategy, or a tuple exits
 * before any write: tier 1 pops (or raises IndexError). The callable below
 * the list is a constant: the item takes its slot.
 */
#include "items.h"

UOP {
  int64_t list = tos, n = SEQ_LENGTH(list);
  if (LIST_STRATEGY(list) != STRATEGY || n <= 0) {
    EXIT();
  }
  SEQ_SET_LENGTH(list, n - 1);
  CONTINUE(sp - 1, ITEM(SEQ_ITEMS(list), n - 1));
}

/*
 * _LIST_STORE_BOOL: list[index] = value for a list with bool storage and a
 * bool value. An index out of range, or a list whose storage is no longer
 * bool, exits before any write: tier 1 redoes the store (and raises
 * IndexError).
 */
#include "jit.h"

UOP {
  int64_t v = sp[-3], list = NOS;
  LIST_INDEX(j, list, tos, LIST_BOOL)
  LIST_ITEMS(list)[j] = v ? 1.0 : 0.0;
  CONTINUE(sp - 3, sp[-4]);
}

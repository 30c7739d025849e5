/*
 * _LIST_STORE_FLOAT: list[index] = value for a list with float storage and a
 * float value. An index out of range, or a list whose storage is no longer
 * float, exits before any write: tier 1 redoes the store (and raises
 * IndexError).
 */
#include "jit.h"

UOP {
  int64_t v = sp[-3], list = NOS;
  LIST_INDEX(j, list, tos, LIST_FLOAT)
  LIST_ITEMS(list)[j] = AS_DOUBLE(v);
  CONTINUE(sp - 3, sp[-4]);
}

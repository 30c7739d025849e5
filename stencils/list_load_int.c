/*
 * _LIST_LOAD_INT: list[index] for a list with int storage (jit.h, "a list
 * with native storage"). An index out of range, or a list whose storage is
 * no longer int, exits: tier 1 redoes the subscript (and raises IndexError).
 */
#include "jit.h"

UOP {
  int64_t list = NOS;
  LIST_INDEX(j, list, tos, LIST_INT)
  const double *items = LIST_ITEMS(list);
  CONTINUE(sp - 1, (int64_t)items[j]);
}

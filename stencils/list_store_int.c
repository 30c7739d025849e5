/*
 * _LIST_STORE_INT: list[index] = value for a list with int storage and an
 * int value. An index out of range, or a list whose storage is no longer
 * int, exits before any write: tier 1 redoes the store (and raises
 * IndexError). So does an int beyond 2**53 - 1 in magnitude (a big int to
 * the VM): tier 1 stores it, and the list's storage turns generic.
 */
#include "jit.h"

UOP {
  int64_t v = sp[-3], list = NOS;
  LIST_INDEX(j, list, tos, LIST_INT)
  if (v < -SAFE_INT_MAX || v > SAFE_INT_MAX) {
    EXIT();
  }
  LIST_ITEMS(list)[j] = (double)v;
  CONTINUE(sp - 3, sp[-4]);
}

/*
 * _COPY_LIST: list[:] for a list whose strategy word is OPARG (scalar
 * items), start and stop None. The copy's header and items are bumped from
 * the nursery whose control words (next free address, end) are at
 * OPERAND0: the header (length, strategy, items, capacity) with the items
 * right after it, and room for COPY_ROOM more. Storage of another
 * strategy, a tuple, or a nursery without room exits before any write;
 * tier 1 copies. Only an exit gives the copy an object (vm/list_storage.ts,
 * requirement 9).
 */
#include "jit.h"

/* Room for a few appends: a copy appended to at once would exit every time. */
#define COPY_ROOM 4

UOP {
  int64_t list = sp[-3], n = SEQ_LENGTH(list);
  int64_t *nursery = (int64_t *)(uintptr_t)OPERAND0;
  int64_t at = nursery[0], end = at + 8 * (4 + n + COPY_ROOM);
  if (LIST_STRATEGY(list) != OPARG || end > nursery[1]) {
    EXIT();
  }
  int64_t *copy = (int64_t *)(uintptr_t)at;
  const int64_t *items = SEQ_ITEMS(list);
  copy[0] = n;
  copy[1] = OPARG;
  copy[2] = at + 32;
  copy[3] = n + COPY_ROOM;
  for (int64_t j = 0; j < n; j++) {
    copy[4 + j] = items[j];
  }
  nursery[0] = end;
  CONTINUE(sp - 2, at);
}

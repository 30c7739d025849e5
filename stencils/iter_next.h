/*
 * _ITER_NEXT_<kind>: the next item of a list or tuple iterator whose
 * sequence has that item strategy (items.h). Slot oparg holds the index of
 * the next item, slot oparg+1 the sequence's header. The end of the
 * sequence, or storage of another strategy, exits before any write: tier 1
 * redoes the step (and ends the loop).
 */
#include "items.h"

UOP {
  int64_t *it = frame + OPARG;
  int64_t i = it[0], seq = it[1];
  if (i >= SEQ_LENGTH(seq) || SEQ_STRATEGY(seq) != STRATEGY) {
    EXIT();
  }
  it[0] = i + 1;
  PUSH(ITEM(SEQ_ITEMS(seq), i));
}

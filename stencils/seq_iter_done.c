/*
 * _SEQ_ITER_DONE: the list or tuple iterator whose next index and
 * sequence's header are slots oparg and oparg+1 is exhausted: pop it, as
 * FOR_ITER does leaving the loop. One with items left exits, and so does
 * one whose sequence's storage turned generic (its length is unknown).
 */
#include "jit.h"

UOP {
  const int64_t *it = frame + OPARG;
  int64_t i = it[0], seq = it[1];
  if (i < SEQ_LENGTH(seq) || SEQ_STRATEGY(seq) == 0) {
    EXIT();
  }
  POP();
}

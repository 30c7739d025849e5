/*
 * _RANGE_ITER_DONE: the range iterator whose next value and stop are slots
 * oparg and oparg+1 (operand0 its step) is exhausted: pop it, as FOR_ITER
 * does leaving the loop. One with values left exits.
 */
#include "jit.h"

UOP {
  const int64_t *it = frame + OPARG;
  int64_t cur = it[0], stop = it[1], step = OPERAND0;
  if (step > 0 ? cur < stop : cur > stop) {
    EXIT();
  }
  POP();
}

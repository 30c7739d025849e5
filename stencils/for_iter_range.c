/*
 * _FOR_ITER_RANGE: slots oparg and oparg+1 hold the range's next value and
 * its stop; operand0 is the step (never 0). Exhaustion exits before any
 * write. When advancing overflows int64 the stop is stored instead: the
 * range cannot yield anything past int64 anyway, so it is then exhausted.
 */
#include "jit.h"

UOP {
  int64_t *it = frame + OPARG;
  int64_t cur = it[0], stop = it[1], step = OPERAND0;
  /* A negative step counts down: swapping the operands turns its test into
     the same less-than. */
  int64_t lo = step > 0 ? cur : stop, hi = step > 0 ? stop : cur;
  int more = lo < hi;
  if (more) {
    int64_t next;
    if (__builtin_add_overflow(cur, step, &next)) {
      next = stop;
    }
    it[0] = next;
    PUSH(cur);
  }
  EXIT();
}

/*
 * _GET_ITER_SEQ: iter(seq) for a list or tuple with native storage, as a
 * virtual iterator: slots oparg, oparg+1 and oparg+2 get its next index
 * (0), the sequence's header and 1, which tells an exit to make the
 * iterator object (jit/exits.ts). The stack slot keeps the header.
 */
#include "jit.h"

UOP {
  int64_t *it = frame + OPARG;
  it[0] = 0;
  it[1] = tos;
  it[2] = 1;
  CONTINUE(sp, tos);
}

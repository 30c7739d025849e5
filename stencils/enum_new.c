/*
 * _ENUM_NEW: enumerate(seq) for a list or tuple with native storage, as a
 * virtual iterator (iter() of it is itself): slots oparg, oparg+1 and
 * oparg+2 get its next index (0), the sequence's header and count - index
 * (0). The enumerate's own stack slot gets 1, which tells an exit to make
 * the objects (jit/exits.ts); one tier 1 made holds 0 there.
 */
#include "jit.h"

UOP {
  int64_t *it = frame + OPARG;
  it[0] = 0;
  it[1] = tos;
  it[2] = 0;
  CONTINUE(sp - 2, 1);
}

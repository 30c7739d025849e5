/*
 * _SEQ_LEN: len(seq) for a list or tuple with native storage. One whose
 * storage turned generic exits (its header no longer counts the items).
 */
#include "jit.h"

UOP {
  if (SEQ_STRATEGY(tos) == 0) {
    EXIT();
  }
  CONTINUE(sp, SEQ_LENGTH(tos));
}

/*
 * _LIST_LEN: len(list) for a list with native storage. One whose storage
 * turned generic exits (its header no longer counts the items).
 */
#include "jit.h"

UOP {
  if (LIST_STRATEGY(tos) == 0) {
    EXIT();
  }
  CONTINUE(sp, LIST_LENGTH(tos));
}

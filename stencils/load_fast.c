/* _LOAD_FAST: push slot oparg. */
#include "jit.h"

UOP {
  PUSH(frame[OPARG]);
}

/* _STORE_FAST: pop into slot oparg. */
#include "jit.h"

UOP {
  /* Stored before the pop reloads the new top: it may be this very slot. */
  frame[OPARG] = tos;
  POP();
}

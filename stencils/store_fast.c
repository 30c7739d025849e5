/* _STORE_FAST: pop into slot oparg. */
#include "jit.h"

UOP {
  frame[OPARG] = sp[-1];
  CONTINUE(sp - 1);
}

/* _POP_TOP: slots hold no references, so dropping the top is only moving sp. */
#include "jit.h"

UOP {
  POP();
}

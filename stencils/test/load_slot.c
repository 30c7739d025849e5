/* Golden: a load from a slot indexed by the oparg (an absolute-value hole). */
#include "jit.h"

UOP {
  PUSH(frame[OPARG]);
}

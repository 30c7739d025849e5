/* Golden: a tail call to the jump target (a jump the build must keep). */
#include "jit.h"

UOP {
  JUMP(sp - 1, sp[-2]);
}

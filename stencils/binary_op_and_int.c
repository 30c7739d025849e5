/* _BINARY_OP_AND_INT: bitwise on two's complement, as Python's ints behave. */
#include "jit.h"

UOP {
  sp[-2] = sp[-2] & sp[-1];
  CONTINUE(sp - 1);
}

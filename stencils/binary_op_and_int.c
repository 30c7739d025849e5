/* _BINARY_OP_AND_INT: bitwise on two's complement, as Python's ints behave. */
#include "jit.h"

UOP {
  CONTINUE(sp - 1, NOS & tos);
}

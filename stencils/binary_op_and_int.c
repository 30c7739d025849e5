/* _BINARY_OP_AND_INT: bitwise on two's complement, as Python's ints behave. */
#include "jit.h"

UOP {
  BINARY(LEFT & RIGHT);
}

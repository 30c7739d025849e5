/* _BINARY_OP_XOR_INT: bitwise on two's complement, as Python's ints behave. */
#include "jit.h"

UOP {
  BINARY(LEFT ^ RIGHT);
}

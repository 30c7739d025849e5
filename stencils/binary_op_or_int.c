/* _BINARY_OP_OR_INT: bitwise on two's complement, as Python's ints behave. */
#include "jit.h"

UOP {
  BINARY(LEFT | RIGHT);
}

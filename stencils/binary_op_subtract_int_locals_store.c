/* _BINARY_OP_SUBTRACT_INT_LOCALS_STORE: _BINARY_OP_SUBTRACT_INT with both operands local slots, packed in operand1, and its result stored to slot oparg. */
#define OPERANDS_LOCALS_STORE
#include "binary_op_subtract_int.c"

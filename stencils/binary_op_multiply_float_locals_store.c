/* _BINARY_OP_MULTIPLY_FLOAT_LOCALS_STORE: _BINARY_OP_MULTIPLY_FLOAT with both operands local slots, packed in operand1, and its result stored to slot oparg. */
#define OPERANDS_LOCALS_STORE
#include "binary_op_multiply_float.c"

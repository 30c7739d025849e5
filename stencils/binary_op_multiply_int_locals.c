/* _BINARY_OP_MULTIPLY_INT_LOCALS: _BINARY_OP_MULTIPLY_INT with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "binary_op_multiply_int.c"

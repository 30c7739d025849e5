/* _BINARY_OP_AND_INT_LOCALS: _BINARY_OP_AND_INT with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "binary_op_and_int.c"

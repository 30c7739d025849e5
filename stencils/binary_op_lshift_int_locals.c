/* _BINARY_OP_LSHIFT_INT_LOCALS: _BINARY_OP_LSHIFT_INT with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "binary_op_lshift_int.c"

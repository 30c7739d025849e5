/* _BINARY_OP_FLOOR_DIVIDE_INT_LOCALS: _BINARY_OP_FLOOR_DIVIDE_INT with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "binary_op_floor_divide_int.c"

/* _BINARY_OP_FLOOR_DIVIDE_FLOAT_LOCALS: _BINARY_OP_FLOOR_DIVIDE_FLOAT with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "binary_op_floor_divide_float.c"

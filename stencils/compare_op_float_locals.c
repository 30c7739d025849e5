/* _COMPARE_OP_FLOAT_LOCALS: _COMPARE_OP_FLOAT with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "compare_op_float.c"

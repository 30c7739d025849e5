/* _COMPARE_OP_INT_LOCALS: _COMPARE_OP_INT with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "compare_op_int.c"

/* _COMPARE_OP_INT_GUARD_LOCALS: _COMPARE_OP_INT_GUARD with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "compare_op_int_guard.c"

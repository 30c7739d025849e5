/* _COMPARE_OP_INT_FAST: _COMPARE_OP_INT with its right operand the local slot operand1. */
#define RIGHT_FAST
#include "compare_op_int.c"

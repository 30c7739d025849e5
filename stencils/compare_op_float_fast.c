/* _COMPARE_OP_FLOAT_FAST: _COMPARE_OP_FLOAT with its right operand the local slot operand1. */
#define RIGHT_FAST
#include "compare_op_float.c"

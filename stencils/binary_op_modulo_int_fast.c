/* _BINARY_OP_MODULO_INT_FAST: _BINARY_OP_MODULO_INT with its right operand the local slot operand1. */
#define RIGHT_FAST
#include "binary_op_modulo_int.c"

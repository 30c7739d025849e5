/* _BINARY_OP_MODULO_FLOAT_FAST: _BINARY_OP_MODULO_FLOAT with its right operand the local slot operand1. */
#define RIGHT_FAST
#include "binary_op_modulo_float.c"

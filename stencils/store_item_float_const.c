/* _STORE_ITEM_FLOAT_CONST: _STORE_ITEM_FLOAT with a constant index, operand1. */
#define RIGHT_CONST
#include "store_item_float.c"

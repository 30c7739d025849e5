/* _LOAD_ITEM_FLOAT_CONST: _LOAD_ITEM_FLOAT with a constant index, operand1. */
#define RIGHT_CONST
#include "load_item_float.c"

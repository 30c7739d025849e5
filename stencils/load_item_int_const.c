/* _LOAD_ITEM_INT_CONST: _LOAD_ITEM_INT with a constant index, operand1. */
#define RIGHT_CONST
#include "load_item_int.c"

/* _STORE_ITEM_INT_CONST: _STORE_ITEM_INT with a constant index, operand1. */
#define RIGHT_CONST
#include "store_item_int.c"

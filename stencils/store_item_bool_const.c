/* _STORE_ITEM_BOOL_CONST: _STORE_ITEM_BOOL with a constant index, operand1. */
#define RIGHT_CONST
#include "store_item_bool.c"

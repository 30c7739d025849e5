/* _LOAD_ITEM_BOOL_CONST: _LOAD_ITEM_BOOL with a constant index, operand1. */
#define RIGHT_CONST
#include "load_item_bool.c"

/* _LOAD_ITEM_NESTED_CONST: _LOAD_ITEM_NESTED with a constant index, operand1. */
#define RIGHT_CONST
#include "load_item_nested.c"

/* _LOAD_ITEM_NESTED_FAST: _LOAD_ITEM_NESTED with its right operand the local slot operand1. */
#define RIGHT_FAST
#include "load_item_nested.c"

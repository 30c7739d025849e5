/* _LOAD_ITEM_INT_FAST: _LOAD_ITEM_INT with its right operand the local slot operand1. */
#define RIGHT_FAST
#include "load_item_int.c"

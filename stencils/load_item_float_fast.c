/* _LOAD_ITEM_FLOAT_FAST: _LOAD_ITEM_FLOAT with its right operand the local slot operand1. */
#define RIGHT_FAST
#include "load_item_float.c"

/* _STORE_ITEM_FLOAT_FAST: _STORE_ITEM_FLOAT with its index the local slot operand1. */
#define RIGHT_FAST
#include "store_item_float.c"

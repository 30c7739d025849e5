/* _STORE_ITEM_FLOAT_ROT: _STORE_ITEM_FLOAT with the value on top of the list and index. */
#define OPERANDS_ROT
#include "store_item_float.c"

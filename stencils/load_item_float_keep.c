/* _LOAD_ITEM_FLOAT_KEEP: _LOAD_ITEM_FLOAT keeping its operands under the item. */
#define OPERANDS_KEEP
#include "load_item_float.c"

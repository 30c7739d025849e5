/* _LOAD_ITEM_NESTED_KEEP: _LOAD_ITEM_NESTED keeping its operands under the item. */
#define OPERANDS_KEEP
#include "load_item_nested.c"

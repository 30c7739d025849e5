/* _LOAD_ITEM_NESTED: see load_item.h. */
#define KIND_NESTED
#include "load_item.h"

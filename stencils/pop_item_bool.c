/* _POP_ITEM_BOOL: see pop_item.h. */
#define KIND_BOOL
#include "pop_item.h"

/* _LOAD_ITEM_BOOL: see load_item.h. */
#define KIND_BOOL
#include "load_item.h"

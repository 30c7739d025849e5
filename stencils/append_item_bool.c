/* _APPEND_ITEM_BOOL: see append_item.h. */
#define KIND_BOOL
#include "append_item.h"

/* _UNPACK_ITEMS_BOOL: see unpack_items.h. */
#define KIND_BOOL
#include "unpack_items.h"

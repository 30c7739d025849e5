/* _UNPACK_ITEMS_NESTED: see unpack_items.h. */
#define KIND_NESTED
#include "unpack_items.h"

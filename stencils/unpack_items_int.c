/* _UNPACK_ITEMS_INT: see unpack_items.h. */
#define KIND_INT
#include "unpack_items.h"

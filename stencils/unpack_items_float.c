/* _UNPACK_ITEMS_FLOAT: see unpack_items.h. */
#define KIND_FLOAT
#include "unpack_items.h"

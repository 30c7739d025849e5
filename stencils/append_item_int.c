/* _APPEND_ITEM_INT: see append_item.h. */
#define KIND_INT
#include "append_item.h"

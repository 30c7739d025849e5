/* _ITER_NEXT_NESTED: see iter_next.h. */
#define KIND_NESTED
#include "iter_next.h"

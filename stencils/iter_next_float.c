/* _ITER_NEXT_FLOAT: see iter_next.h. */
#define KIND_FLOAT
#include "iter_next.h"

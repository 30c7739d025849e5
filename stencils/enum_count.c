/*
 * _ENUM_COUNT: the count of the item an enumerate just stepped to. Slot
 * oparg holds its list or tuple iterator's next index (the step made it one
 * more than the item's), slot oparg+2 the enumerate's count minus that
 * index, fixed while native code steps both: entry bounds it by 2**52, so
 * the sum cannot overflow.
 */
#include "jit.h"

UOP {
  const int64_t *it = frame + OPARG;
  PUSH(it[0] - 1 + it[2]);
}

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include "briefing_support.h"

void briefing_release_freed_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

// A C library header first: glibc defines __GLIBC__ in the headers it includes.
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if __has_include(<mimalloc.h>)
#include <mimalloc.h>
// Weak: a program that does not link mimalloc (the test runner, briefing-eval) has none.
#pragma weak mi_option_set
#define BRIEFING_HAS_MIMALLOC 1
#endif
#include "briefing_support.h"

void briefing_release_freed_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

void briefing_keep_freed_memory(void) {
#if BRIEFING_HAS_MIMALLOC
    if (mi_option_set) mi_option_set(mi_option_allow_decommit, 0);
#endif
}

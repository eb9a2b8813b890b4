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

int briefing_trims_glibc_arenas(void) {
#if defined(__GLIBC__)
#if BRIEFING_HAS_MIMALLOC
    // mimalloc, when linked, serves malloc, and glibc's allocator is never set up. glibc's
    // malloc_trim then sets it up on its first call without a lock, so two first calls at once
    // crash (a C program of four threads calling it at once crashed in 194 runs of 3,000), and
    // there are no arenas of glibc's to trim anyway.
    if (mi_option_set) return 0;
#endif
    return 1;
#else
    return 0;
#endif
}

void briefing_release_freed_memory(void) {
#if defined(__GLIBC__)
    if (briefing_trims_glibc_arenas()) malloc_trim(0);
#endif
}

void briefing_keep_freed_memory(void) {
#if BRIEFING_HAS_MIMALLOC
    if (mi_option_set) mi_option_set(mi_option_allow_decommit, 0);
#endif
}

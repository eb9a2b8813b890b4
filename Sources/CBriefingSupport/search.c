#define _GNU_SOURCE
#include "briefing_support.h"
#include <string.h>

int briefing_contains_bytes(const void *haystack, size_t haystack_length,
                            const void *needle, size_t needle_length) {
    return memmem(haystack, haystack_length, needle, needle_length) != NULL;
}

long briefing_find_bytes(const void *haystack, size_t haystack_length,
                         const void *needle, size_t needle_length) {
    const char *found = memmem(haystack, haystack_length, needle, needle_length);
    return found ? (long)(found - (const char *)haystack) : -1;
}

#ifndef BRIEFING_SUPPORT_H
#define BRIEFING_SUPPORT_H

#include <stddef.h>

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, or -1 with errno set (ENOSYS/EINVAL where unsupported).
int briefing_exchange_paths(const char *a, const char *b);

/// Whether `needle` occurs in `haystack` (glibc memmem, a two-way search).
int briefing_contains_bytes(const void *haystack, size_t haystack_length,
                            const void *needle, size_t needle_length);

/// The offset of the first occurrence of `needle` in `haystack` (glibc memmem), or -1.
long briefing_find_bytes(const void *haystack, size_t haystack_length,
                         const void *needle, size_t needle_length);

/// Whether `briefing_release_freed_memory` trims glibc's arenas: 1 where glibc's allocator
/// serves malloc, 0 where mimalloc does (the program links it) or the C library is not glibc.
int briefing_trims_glibc_arenas(void);

/// Returns the free pages of every malloc arena to the system (glibc malloc_trim) where glibc's
/// allocator serves malloc; elsewhere, does nothing.
void briefing_release_freed_memory(void);

/// Has mimalloc, when the program links it, keep the memory it frees for the allocations that
/// follow instead of handing it back to the system (mi_option_allow_decommit off); elsewhere,
/// does nothing.
void briefing_keep_freed_memory(void);

/// Copies the running program's GNU build ID (the linker's hash of its contents) into `out`
/// and returns its length; 0 when the program has none that fits or the platform keeps none.
size_t briefing_build_id(unsigned char *out, size_t capacity);

/// Renders `length` bytes of CommonMark to HTML with cmark and `options`, every allocation of
/// the document cut from one arena released at the end. Returns a string the caller frees
/// with free(), or NULL when cmark made none.
char *briefing_markdown_to_html(const char *text, size_t length, int options);

/// Where the first byte of a class stands in `bytes` (of `count`), from `start` on, as far as
/// whole sixteen-byte steps reach: the class is given by `nibbles`, 16 masks of buckets by low
/// nibble then 16 by high nibble, a byte being a member when its two masks share a bucket.
/// Returns the index of the first member found, or the index where fewer than sixteen bytes are
/// left for the caller to read (`start` itself where the processor has no SSSE3 or is not x86).
size_t briefing_first_in_class(const unsigned char *bytes, size_t count, size_t start, const unsigned char *nibbles);

#endif

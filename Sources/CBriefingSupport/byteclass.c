#include "briefing_support.h"
#include <stdint.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>

/// 16 bytes a step: each byte's low and high nibble pick a mask of buckets from `nibbles`
/// (PSHUFB), and the byte is a member when the two masks share a bucket.
__attribute__((target("ssse3")))
static size_t first_in_class_ssse3(const unsigned char *bytes, size_t count, size_t start, const unsigned char *nibbles) {
    const __m128i low_table = _mm_loadu_si128((const __m128i *)nibbles);
    const __m128i high_table = _mm_loadu_si128((const __m128i *)(nibbles + 16));
    const __m128i low_nibble = _mm_set1_epi8(0x0F);
    const __m128i zero = _mm_setzero_si128();
    size_t i = start;
    while (i + 16 <= count) {
        const __m128i v = _mm_loadu_si128((const __m128i *)(bytes + i));
        const __m128i low = _mm_shuffle_epi8(low_table, _mm_and_si128(v, low_nibble));
        const __m128i high = _mm_shuffle_epi8(high_table, _mm_and_si128(_mm_srli_epi16(v, 4), low_nibble));
        const unsigned members = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(low, high), zero)) ^ 0xFFFFu;
        if (members) return i + (size_t)__builtin_ctz(members);
        i += 16;
    }
    return i;
}

static int has_ssse3(void) {
    static int known = -1;
    int value = __atomic_load_n(&known, __ATOMIC_RELAXED);
    if (value < 0) {
        __builtin_cpu_init();
        value = __builtin_cpu_supports("ssse3") ? 1 : 0;
        __atomic_store_n(&known, value, __ATOMIC_RELAXED);
    }
    return value;
}
#endif

size_t briefing_first_in_class(const unsigned char *bytes, size_t count, size_t start, const unsigned char *nibbles) {
#if defined(__x86_64__) || defined(__i386__)
    if (has_ssse3()) return first_in_class_ssse3(bytes, count, start, nibbles);
#endif
    (void)bytes;
    (void)count;
    (void)nibbles;
    return start;
}

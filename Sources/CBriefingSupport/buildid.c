#define _GNU_SOURCE
#include "briefing_support.h"
#include <string.h>
#if defined(__linux__)
#include <elf.h>
#include <link.h>

struct build_id_search {
    unsigned char *out;
    size_t capacity;
    size_t length;
};

/* Looks through the notes of the first object dl_iterate_phdr reports: the program itself. */
static int find_build_id(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    struct build_id_search *search = data;
    for (ElfW(Half) i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *header = &info->dlpi_phdr[i];
        if (header->p_type != PT_NOTE) continue;
        const char *note = (const char *)(info->dlpi_addr + header->p_vaddr);
        const char *end = note + header->p_memsz;
        while (note + sizeof(ElfW(Nhdr)) <= end) {
            const ElfW(Nhdr) *nhdr = (const ElfW(Nhdr) *)note;
            const char *name = note + sizeof(ElfW(Nhdr));
            const char *desc = name + ((nhdr->n_namesz + 3) & ~3u);
            if (desc + nhdr->n_descsz > end) break;
            if (nhdr->n_type == NT_GNU_BUILD_ID && nhdr->n_namesz == 4 && memcmp(name, "GNU", 4) == 0
                && nhdr->n_descsz > 0 && nhdr->n_descsz <= search->capacity) {
                memcpy(search->out, desc, nhdr->n_descsz);
                search->length = nhdr->n_descsz;
                return 1;
            }
            note = desc + ((nhdr->n_descsz + 3) & ~3u);
        }
    }
    return 1; /* Only the program, not the libraries it loaded. */
}

size_t briefing_build_id(unsigned char *out, size_t capacity) {
    struct build_id_search search = { out, capacity, 0 };
    dl_iterate_phdr(find_build_id, &search);
    return search.length;
}
#else
size_t briefing_build_id(unsigned char *out, size_t capacity) {
    (void)out;
    (void)capacity;
    return 0;
}
#endif

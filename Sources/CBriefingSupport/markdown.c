#include <cmark.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "briefing_support.h"

// One document's cmark allocations come from a bump arena: cmark asks for many small blocks
// (a node, a buffer, a reference) and frees them all when the document goes, so blocks are cut
// from large chunks, frees do nothing, and the chunks are released together at the end. The
// arena is per thread because cmark's allocator functions take no context pointer.

enum { ALIGNMENT = 16, HEADER = 16, CHUNK = 64 * 1024 };

typedef struct chunk {
    struct chunk *next;
    size_t capacity;
    size_t used;
    _Alignas(16) unsigned char data[];
} chunk;

static _Thread_local chunk *current;

/// The bytes a block of `size` takes in a chunk: its header and its size rounded up.
static size_t span(size_t size) {
    if (size > SIZE_MAX - HEADER - ALIGNMENT) abort();
    return HEADER + ((size + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1));
}

static void *arena_allocate(size_t size) {
    size_t need = span(size);
    chunk *head = current;
    if (head == NULL || head->capacity - head->used < need) {
        size_t capacity = need > CHUNK ? need : CHUNK;
        head = malloc(sizeof(chunk) + capacity);
        if (head == NULL) abort();
        head->next = current;
        head->capacity = capacity;
        head->used = 0;
        current = head;
    }
    unsigned char *block = head->data + head->used;
    head->used += need;
    memcpy(block, &size, sizeof size);
    return block + HEADER;
}

static void *arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) abort();
    void *block = arena_allocate(count * size);
    memset(block, 0, count * size);
    return block;
}

/// Grows or shrinks the newest block in place when it ends its chunk (cmark's buffers grow
/// that way while a document is rendered); copies any other block.
static void *arena_realloc(void *pointer, size_t size) {
    if (pointer == NULL) return arena_allocate(size);
    unsigned char *block = (unsigned char *)pointer - HEADER;
    size_t old;
    memcpy(&old, block, sizeof old);
    chunk *head = current;
    int newest = block >= head->data && block < head->data + head->used &&
                 (size_t)(block - head->data) + span(old) == head->used;
    if (newest && head->capacity - (size_t)(block - head->data) >= span(size)) {
        head->used = (size_t)(block - head->data) + span(size);
        memcpy(block, &size, sizeof size);
        return pointer;
    }
    void *moved = arena_allocate(size);
    memcpy(moved, pointer, old < size ? old : size);
    return moved;
}

static void arena_free(void *pointer) { (void)pointer; }

static void arena_release(void) {
    while (current != NULL) {
        chunk *next = current->next;
        free(current);
        current = next;
    }
}

char *briefing_markdown_to_html(const char *text, size_t length, int options) {
    cmark_mem memory = {arena_calloc, arena_realloc, arena_free};
    cmark_parser *parser = cmark_parser_new_with_mem(options, &memory);
    cmark_parser_feed(parser, text, length);
    cmark_node *document = cmark_parser_finish(parser);
    char *html = document == NULL ? NULL : cmark_render_html(document, options);
    char *copy = html == NULL ? NULL : strdup(html);
    arena_release();
    return copy;
}

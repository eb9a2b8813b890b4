#ifndef BRIEFING_CLIBXML2_SHIM_H
#define BRIEFING_CLIBXML2_SHIM_H
// Debian's libxml2-dev: the HTML parser (htmlReadMemory) and the tree it builds.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#endif

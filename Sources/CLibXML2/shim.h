#ifndef BRIEFING_CLIBXML2_SHIM_H
#define BRIEFING_CLIBXML2_SHIM_H
// Debian's libxml2-dev: the HTML parser (htmlReadMemory) and the tree it builds.
// Debian builds libxml2 with ICU; its headers would then pull in the system's ICU headers,
// which clash with the ICU module Foundation ships. Briefing never uses libxml2's ICU
// encoding handlers (only pointers to them), so their declarations are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#endif

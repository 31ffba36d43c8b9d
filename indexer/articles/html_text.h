// Readable text from HTML, as libxml2's HTML parser builds it (the parser recovers from broken
// markup the way browsers do). Used by the HTML page reader and for the HTML inside feed items.
#pragma once

#include <string>
#include <string_view>

#include <libxml/tree.h>

namespace mss {

// The text under `node`: block elements (p, div, li, h1-h6, blockquote, tr, ...) become paragraph
// breaks ("\n\n"), <br> a line break, runs of white space one space; script, style, nav, header,
// footer, aside, forms, and boxes whose class or id names a cookie notice or newsletter sign-up
// are left out. Entities are already decoded by the parser. No leading or trailing white space.
std::string readable_text(const xmlNode* node);

// True for an element readable_text() leaves out (and so does the page reader's body search):
// furniture, a box whose class or id names a cookie notice or a sign-up, a hidden element.
// <html>, <body>, <main> and <article> are never boxes.
bool is_left_out(const xmlNode* node);

// True for an element that is page furniture by its name alone (navigation, header, footer,
// aside, forms, scripts, embedded objects), whatever its class.
bool is_furniture(const xmlNode* node);

// readable_text() of an HTML fragment ("<p>Officers &rsquo;landed&rsquo;</p>"), as found inside
// feed items. Plain text comes back with its white space tidied.
std::string html_fragment_text(std::string_view html);

// Initialises libxml2 once per process, as its documentation asks before it is used from more
// than one thread. Every parse in the readers calls it first; cheap after the first call.
void init_libxml2();

// The value of attribute `name` of `node`, or "".
std::string attribute(const xmlNode* node, const char* name);

// The element's name in lower case, "" for a node that is not an element.
std::string element_name(const xmlNode* node);

}  // namespace mss

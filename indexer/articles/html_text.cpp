#include "articles/html_text.h"

#include "articles/ascii_text.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

namespace mss {
namespace {

bool name_is(const std::string& name, std::initializer_list<const char*> names) {
    return std::any_of(names.begin(), names.end(), [&](const char* one) { return name == one; });
}

bool is_block(const std::string& name) {
    return name_is(name,
                   {"p",       "div",     "li",   "ul",   "ol",         "h1",      "h2",
                    "h3",      "h4",      "h5",   "h6",   "blockquote", "tr",      "table",
                    "section", "article", "main", "pre",  "figcaption", "dd",      "dt",
                    "dl",      "address", "hr",   "body", "center",     "summary", "details"});
}

// Collects text with pending breaks, so no break is doubled and none starts or ends the text.
class TextCollector {
  public:
    void text(const char* content) {
        for (const char* c = content; *c != '\0'; ++c) {
            const bool space = *c == ' ' || *c == '\t' || *c == '\n' || *c == '\r' || *c == '\f';
            if (space) {
                space_ = true;
                continue;
            }
            if (!out_.empty()) {
                if (pending_ > 0) {
                    out_.append(pending_, '\n');
                } else if (space_) {
                    out_ += ' ';
                }
            }
            pending_ = 0;
            space_ = false;
            out_ += *c;
        }
    }
    void line_break() { pending_ = std::max(pending_, 1); }
    void paragraph_break() { pending_ = 2; }
    std::string take() { return std::move(out_); }

  private:
    std::string out_;
    int pending_ = 0;  // newlines owed before the next text
    bool space_ = false;
};

void collect(const xmlNode* node, TextCollector& out) {
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            if (child->content != nullptr) {
                out.text(reinterpret_cast<const char*>(child->content));
            }
            continue;
        }
        if (child->type != XML_ELEMENT_NODE || is_left_out(child)) {
            continue;
        }
        const std::string name = element_name(child);
        if (name == "br") {
            out.line_break();
            continue;
        }
        const bool block = is_block(name);
        if (block) {
            out.paragraph_break();
        } else if (name == "td" || name == "th") {
            out.text(" ");
        }
        collect(child, out);
        if (block) {
            out.paragraph_break();
        }
    }
}

}  // namespace

std::string element_name(const xmlNode* node) {
    if (node == nullptr || node->type != XML_ELEMENT_NODE || node->name == nullptr) {
        return {};
    }
    return ascii_lower(reinterpret_cast<const char*>(node->name));
}

std::string attribute(const xmlNode* node, const char* name) {
    for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
        if (attr->name != nullptr &&
            strcasecmp(reinterpret_cast<const char*>(attr->name), name) == 0) {
            std::string value;
            for (const xmlNode* text = attr->children; text != nullptr; text = text->next) {
                if (text->content != nullptr) {
                    value += reinterpret_cast<const char*>(text->content);
                }
            }
            return value;
        }
    }
    return {};
}

bool is_furniture(const xmlNode* node) {
    return name_is(element_name(node),
                   {"script", "style", "nav", "header", "footer", "aside", "form", "noscript",
                    "template", "iframe", "svg", "button", "select", "textarea", "input", "object",
                    "embed", "canvas", "dialog"});
}

bool is_left_out(const xmlNode* node) {
    if (is_furniture(node)) {
        return true;
    }
    // Boxes a page adds around the article: consent banners and sign-up forms. The page and the
    // story are never such a box, whatever their class says (<body class="cookie-notice-shown">).
    const std::string name = element_name(node);
    if (name_is(name, {"html", "body", "main", "article"})) {
        return false;
    }
    const std::string marks = ascii_lower(attribute(node, "class") + " " + attribute(node, "id"));
    for (const char* box : {"cookie", "consent", "newsletter", "subscribe", "signup", "sign-up"}) {
        if (marks.find(box) != std::string::npos) {
            return true;
        }
    }
    return xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden")) != nullptr ||
           ascii_lower(attribute(node, "aria-hidden")) == "true";
}

std::string readable_text(const xmlNode* node) {
    TextCollector out;
    collect(node, out);
    return out.take();
}

void init_libxml2() {
    static const bool initialised = (xmlInitParser(), true);  // C++ runs this once, thread-safely
    (void)initialised;
}

std::string html_fragment_text(std::string_view html) {
    if (html.find('<') == std::string_view::npos && html.find('&') == std::string_view::npos) {
        TextCollector out;
        out.text(std::string(html).c_str());
        return out.take();
    }
    init_libxml2();
    const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> document(
        htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED),
        xmlFreeDoc);
    if (!document) {
        return {};
    }
    return readable_text(reinterpret_cast<const xmlNode*>(document.get()));
}

}  // namespace mss

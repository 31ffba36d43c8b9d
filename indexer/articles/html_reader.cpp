#include "articles/html_reader.h"

#include <algorithm>
#include <cctype>
#include <memory>

#include <libxml/HTMLparser.h>
#include <nlohmann/json.hpp>

#include "articles/ascii_text.h"
#include "articles/html_text.h"
#include "dates/iso_date.h"

namespace mss {
namespace {

using Json = nlohmann::json;

// What the page says about itself, gathered in one walk over the tree.
struct PageFacts {
    std::string og_title, og_url, og_site_name, published_time, meta_author, canonical, title;
    std::string lang;  // <html lang>, or the first <meta http-equiv="content-language">
    std::vector<Json> json_ld;
    const xmlNode* article = nullptr;
    const xmlNode* main = nullptr;
    const xmlNode* byline = nullptr;
};

std::string raw_text(const xmlNode* node) {
    std::string text;
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
        if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) &&
            child->content != nullptr) {
            text += reinterpret_cast<const char*>(child->content);
        }
    }
    return text;
}

bool is_byline(const xmlNode* node) {
    const std::string marks = ascii_lower(attribute(node, "class") + " " + attribute(node, "rel") +
                                          " " + attribute(node, "itemprop"));
    return marks.find("byline") != std::string::npos || marks.find("author") != std::string::npos;
}

// Where gather() is in the page: inside the story (an <article> or <main>), and inside page
// furniture (navigation, asides, footers, the site's header: is_furniture(); the story's own
// <header> is the story's). An <article> in a menu of teasers, or an "author" box in an aside,
// says nothing about the page's story. A class is no sign here: a wrapper whose class names a
// newsletter may hold the whole story.
struct Place {
    bool in_story = false;
    bool furniture = false;
};

void gather(const xmlNode* node, PageFacts& facts, Place place = {}) {
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
        if (child->type != XML_ELEMENT_NODE) {
            continue;
        }
        const std::string name = element_name(child);
        const Place inside = {
            place.in_story || name == "article" || name == "main",
            place.furniture || (is_furniture(child) && !(place.in_story && name == "header"))};
        if (name == "html" && facts.lang.empty()) {
            facts.lang = trim_white_space(attribute(child, "lang"));
        }
        if (name == "meta") {
            if (ascii_lower(attribute(child, "http-equiv")) == "content-language" &&
                facts.lang.empty()) {
                facts.lang = trim_white_space(attribute(child, "content"));
            }
            const std::string key =
                ascii_lower(attribute(child, "property") + attribute(child, "name"));
            const std::string content = trim_white_space(attribute(child, "content"));
            std::string* slot = key == "og:title"                 ? &facts.og_title
                                : key == "og:url"                 ? &facts.og_url
                                : key == "og:site_name"           ? &facts.og_site_name
                                : key == "article:published_time" ? &facts.published_time
                                : key == "author"                 ? &facts.meta_author
                                                                  : nullptr;
            if (slot != nullptr && slot->empty()) {
                *slot = content;
            }
        } else if (name == "link" && ascii_lower(attribute(child, "rel")) == "canonical" &&
                   facts.canonical.empty()) {
            facts.canonical = trim_white_space(attribute(child, "href"));
        } else if (name == "title" && facts.title.empty()) {
            facts.title = trim_white_space(readable_text(child));
        } else if (name == "script" &&
                   ascii_lower(attribute(child, "type")).find("ld+json") != std::string::npos) {
            const Json parsed = Json::parse(raw_text(child), nullptr, false);
            if (!parsed.is_discarded()) {
                facts.json_ld.push_back(parsed);
            }
            continue;
        }
        if (inside.furniture) {
            gather(child, facts, inside);  // <meta> and <title> may still be there
            continue;
        }
        if (name == "article" && facts.article == nullptr) {
            facts.article = child;
        } else if (name == "main" && facts.main == nullptr) {
            facts.main = child;
        }
        if (facts.byline == nullptr && name != "meta" && name != "link" && is_byline(child)) {
            facts.byline = child;
        }
        gather(child, facts, inside);
    }
}

bool is_news_type(const Json& type) {
    const auto news = [](const Json& one) {
        if (!one.is_string()) {
            return false;
        }
        const std::string name = one.get<std::string>();
        return name.size() >= 7 && name.compare(name.size() - 7, 7, "Article") == 0;
    };
    return type.is_array() ? std::any_of(type.begin(), type.end(), news) : news(type);
}

// The first NewsArticle (or any *Article) object of the JSON-LD blocks, @graph included.
const Json* news_object(const std::vector<Json>& blocks) {
    std::vector<const Json*> pending;
    for (const Json& block : blocks) {
        pending.push_back(&block);
    }
    for (std::size_t i = 0; i < pending.size(); ++i) {
        const Json& value = *pending[i];
        if (value.is_array()) {
            for (const Json& element : value) {
                pending.push_back(&element);
            }
        } else if (value.is_object()) {
            if (const auto type = value.find("@type"); type != value.end() && is_news_type(*type)) {
                return &value;
            }
            if (const auto graph = value.find("@graph"); graph != value.end()) {
                pending.push_back(&*graph);
            }
        }
    }
    return nullptr;
}

// A name from JSON-LD: "Marie Joseph", {"name": ...}, or a list of either joined by ", ".
std::string ld_name(const Json& value) {
    if (value.is_string()) {
        return trim_white_space(value.get<std::string>());
    }
    if (value.is_object()) {
        const auto name = value.find("name");
        return name != value.end() ? ld_name(*name) : std::string();
    }
    std::string names;
    if (value.is_array()) {
        for (const Json& element : value) {
            const std::string name = ld_name(element);
            if (!name.empty()) {
                names += (names.empty() ? "" : ", ") + name;
            }
        }
    }
    return names;
}

std::string ld_field(const Json* object, const char* key) {
    if (object == nullptr) {
        return {};
    }
    const auto it = object->find(key);
    return it == object->end() ? std::string() : ld_name(*it);
}

// "Kenyan officers land | Caribbean Wire" -> "Kenyan officers land"; the site's name follows
// the last separator.
// A title that is only the suffix ("| Caribbean Wire": the page left its headline out) gives "".
std::string without_site_suffix(const std::string& title) {
    const std::string padded = " " + title;  // the white space trimmed before a leading "| "
    for (const char* separator : {" | ", " - ", " \u2013 ", " \u2014 "}) {
        const std::size_t at = padded.rfind(separator);
        if (at != std::string::npos) {
            return trim_white_space(padded.substr(0, at));
        }
    }
    return title;
}

// The first `wanted` element under `node`, page furniture left out. A <header> inside an
// <article> or <main> is the story's own (headline, byline, date: HTML's sectioning rule), so
// with `own_header` it is searched; the page's header, with the site's name, never is.
const xmlNode* find_element(const xmlNode* node, const char* wanted, bool own_header) {
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
        if (child->type != XML_ELEMENT_NODE) {
            continue;
        }
        const std::string name = element_name(child);
        if (is_left_out(child) && !(own_header && name == "header")) {
            continue;
        }
        if (name == wanted) {
            return child;
        }
        if (const xmlNode* found = find_element(child, wanted, own_header)) {
            return found;
        }
    }
    return nullptr;
}

// Bytes of paragraph text directly in each element; the element with the most holds the story
// on a page with neither <article> nor <main>.
void densest_block(const xmlNode* node, const xmlNode*& best, std::size_t& best_bytes) {
    std::size_t bytes = 0;
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
        if (child->type != XML_ELEMENT_NODE || is_left_out(child)) {
            continue;
        }
        if (element_name(child) == "p") {
            bytes += readable_text(child).size();
        }
        densest_block(child, best, best_bytes);
    }
    if (bytes > best_bytes) {
        best = node;
        best_bytes = bytes;
    }
}

// True when readable_text(container) holds the text of `node`: it is inside, and under no
// element the text leaves out (an <h1> in the story's own <header> is not in its body).
bool in_text_of(const xmlNode* node, const xmlNode* container) {
    for (const xmlNode* up = node; up != nullptr; up = up->parent) {
        if (up == container) {
            return true;
        }
        if (up->type == XML_ELEMENT_NODE && is_left_out(up)) {
            return false;
        }
    }
    return false;
}

// The container's text without the headline element, which the headline already holds.
std::string body_text(const xmlNode* container, const xmlNode* headline) {
    if (headline == nullptr || !in_text_of(headline, container)) {
        return readable_text(container);
    }
    // Unlinking and relinking the headline would change the tree; its text is cut instead.
    const std::string text = readable_text(container);
    const std::string title = readable_text(headline);
    const std::size_t at = title.empty() ? std::string::npos : text.find(title);
    if (at == std::string::npos) {
        return text;
    }
    std::string rest = text.substr(0, at) + text.substr(at + title.size());
    return trim_white_space(rest);
}

// A charset other than UTF-8 declared near the start: libxml2 then reads the page's own
// declaration. Without one, the page is taken as UTF-8 (the HTML default of ISO-8859-1 would
// garble most pages written today).
bool declares_other_charset(std::string_view html) {
    const std::string head = ascii_lower(std::string(html.substr(0, 2048)));
    const std::size_t at = head.find("charset=");
    if (at == std::string::npos) {
        return false;
    }
    const std::string value = head.substr(at + 8, 8);
    return value.find("utf-8") == std::string::npos && value.find("utf8") == std::string::npos &&
           value.find("\"utf-8") == std::string::npos;
}

}  // namespace

HtmlPageParse parse_html_page(std::string_view html, const std::string& id,
                              const std::string& path) {
    HtmlPageParse parse;
    Article& article = parse.article;
    article.id = id;
    article.path = path;
    init_libxml2();
    const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> document(
        htmlReadMemory(
            html.data(), static_cast<int>(html.size()), nullptr,
            declares_other_charset(html) ? nullptr : "UTF-8",
            HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET),
        xmlFreeDoc);
    if (!document) {
        parse.warnings.push_back("no HTML content");
        return parse;
    }
    const xmlNode* root = reinterpret_cast<const xmlNode*>(document.get());
    PageFacts facts;
    gather(root, facts);
    const Json* news = news_object(facts.json_ld);

    const xmlNode* container = facts.article != nullptr ? facts.article : facts.main;
    if (container == nullptr) {
        std::size_t bytes = 0;
        densest_block(root, container, bytes);
    }
    // The story's <h1> is in its container; a page whose container has none (a block of <p>
    // beside its headline) gives the first <h1> outside the page furniture.
    const bool own_header =
        container != nullptr && (container == facts.article || container == facts.main);
    const xmlNode* h1 = container != nullptr ? find_element(container, "h1", own_header) : nullptr;
    if (h1 == nullptr) {
        h1 = find_element(root, "h1", false);
    }
    const xmlNode* time =
        container != nullptr ? find_element(container, "time", own_header) : nullptr;

    article.title = facts.og_title;
    if (article.title.empty() && h1 != nullptr) {
        article.title = trim_white_space(readable_text(h1));
    }
    if (article.title.empty()) {
        article.title = ld_field(news, "headline");
    }
    if (article.title.empty()) {
        article.title = without_site_suffix(facts.title);
    }

    const struct {
        std::string value;
        const char* origin;
    } dates[] = {
        {ld_field(news, "datePublished"), "json-ld"},
        {facts.published_time, "meta"},
        {time != nullptr ? trim_white_space(attribute(time, "datetime")) : std::string(), "time"},
    };
    for (const auto& [value, origin] : dates) {
        if (value.empty()) {
            continue;
        }
        if (const auto day = leading_iso_date(value)) {
            article.date = day;
            article.date_origin = origin;
            break;
        }
        parse.warnings.push_back(std::string("date '") + value + "' (" + origin +
                                 ") is not an ISO 8601 day; ignored");
    }

    article.url = !facts.canonical.empty() ? facts.canonical : facts.og_url;
    article.source = !facts.og_site_name.empty() ? facts.og_site_name : ld_field(news, "publisher");
    article.author = ld_field(news, "author");
    article.language = facts.lang.empty() ? ld_field(news, "inLanguage") : facts.lang;
    if (article.author.empty()) {
        article.author = facts.meta_author;
    }
    if (article.author.empty() && facts.byline != nullptr) {
        std::string byline = trim_white_space(readable_text(facts.byline));
        if (ascii_lower(byline.substr(0, 3)) == "by ") {
            byline = trim_white_space(byline.substr(3));
        }
        article.author = byline.size() <= 200 ? byline : std::string();
    }
    if (container != nullptr) {
        article.body = body_text(container, h1);
    }
    return parse;
}

}  // namespace mss

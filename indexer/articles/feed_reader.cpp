#include "articles/feed_reader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <memory>
#include <optional>
#include <regex>
#include <vector>

#include <libxml/parser.h>

#include "articles/ascii_text.h"
#include "articles/html_text.h"
#include "dates/iso_date.h"

namespace mss {
namespace {

constexpr const char* kContentNamespace = "http://purl.org/rss/1.0/modules/content/";
constexpr const char* kDublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

std::string local_name(const xmlNode* node) {
    return node->name != nullptr ? reinterpret_cast<const char*>(node->name) : "";
}

bool in_namespace(const xmlNode* node, const char* uri) {
    return node->ns != nullptr && node->ns->href != nullptr &&
           std::strcmp(reinterpret_cast<const char*>(node->ns->href), uri) == 0;
}

constexpr const char* kAtomNamespace = "http://www.w3.org/2005/Atom";

const xmlNode* first_child(const xmlNode* node, const char* name, const char* uri) {
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
        if (c->type == XML_ELEMENT_NODE && local_name(c) == name &&
            (uri != nullptr ? in_namespace(c, uri) : c->ns == nullptr)) {
            return c;
        }
    }
    return nullptr;
}

// The first child of `node` named `name` in namespace `uri`, or with no uri: the feed's own
// element, in no namespace (RSS), else in Atom's (dc:creator or content:encoded are asked for by
// their uri). An RSS item's <link> wins over an <atom:link> written before it.
const xmlNode* child(const xmlNode* node, const char* name, const char* uri = nullptr) {
    if (uri != nullptr) {
        return first_child(node, name, uri);
    }
    const xmlNode* plain = first_child(node, name, nullptr);
    return plain != nullptr ? plain : first_child(node, name, kAtomNamespace);
}

std::string text_of(const xmlNode* node) {
    if (node == nullptr) {
        return {};
    }
    const std::unique_ptr<xmlChar, decltype(xmlFree)> content(xmlNodeGetContent(node), xmlFree);
    return content ? trim_white_space(reinterpret_cast<const char*>(content.get())) : "";
}

// RSS 2.0 writes <author> as an e-mail address with the name in brackets,
// "desk@example.org (Marie Joseph)": the name is the byline.
std::string rss_author_name(const std::string& author) {
    const std::size_t open = author.find(" (");
    if (author.find('@') < open && open != std::string::npos && author.back() == ')') {
        const std::string name =
            trim_white_space(author.substr(open + 2, author.size() - open - 3));
        if (!name.empty()) {
            return name;
        }
    }
    return author;
}

bool is_feed_element(const xmlNode* node, const char* name) {
    return node->type == XML_ELEMENT_NODE && local_name(node) == name &&
           (node->ns == nullptr || in_namespace(node, kAtomNamespace));
}

// Every author of an item, joined by ", " as several authors of a page are: its dc:creator
// elements, else its RSS <author> elements; for Atom the names of its <author> elements.
std::string authors_of(const xmlNode* item, bool atom) {
    std::vector<std::string> names;
    const auto add = [&](const std::string& name) {
        if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) {
            names.push_back(name);
        }
    };
    for (const xmlNode* c = item->children; c != nullptr; c = c->next) {
        if (atom && is_feed_element(c, "author")) {
            add(text_of(child(c, "name")));
        } else if (!atom && c->type == XML_ELEMENT_NODE && local_name(c) == "creator" &&
                   in_namespace(c, kDublinCoreNamespace)) {
            add(text_of(c));
        }
    }
    for (const xmlNode* c = item->children; !atom && names.empty() && c != nullptr; c = c->next) {
        if (is_feed_element(c, "author")) {
            add(rss_author_name(text_of(c)));
        }
    }
    std::string joined;
    for (const std::string& name : names) {
        joined += (joined.empty() ? "" : ", ") + name;
    }
    return joined;
}

// Text of an element that may hold HTML: RSS escapes it inside description; Atom says so with
// type="html", or holds XHTML elements with type="xhtml".
std::string body_of(const xmlNode* node) {
    if (node == nullptr) {
        return {};
    }
    const std::string type = attribute(node, "type");
    if (type == "xhtml") {
        return readable_text(node);
    }
    if (type == "text") {
        return text_of(node);  // plain text: a '<' in it is a character, not markup
    }
    return html_fragment_text(text_of(node));
}

// A title is one line: the paragraph and line breaks HTML text may have become spaces.
std::string one_line(const std::string& text) {
    std::string line;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n';
        if (!space || (!line.empty() && line.back() != ' ')) {
            line += space ? ' ' : c;
        }
    }
    return line;
}

// Text of a title. Atom says what a title holds (type="text", the default, "html" or "xhtml").
// RSS 2.0 does not, and feeds in the wild escape HTML in titles ("&lt;b&gt;", "&amp;amp;" for an
// ampersand, "&amp;#8217;"): an RSS title holding, once the XML is decoded, a tag of the inline
// markup titles carry or an entity reference is read as HTML. Other text stays as written, so
// "the &lt;new&gt; mission" keeps its "<new>" and "AT&amp;T" its "&".
std::string title_of(const xmlNode* node, bool atom) {
    if (node == nullptr) {
        return {};
    }
    if (atom) {
        const std::string type = attribute(node, "type");
        return type == "html" || type == "xhtml" ? one_line(body_of(node)) : text_of(node);
    }
    static const std::regex kMarkup(
        "</?(a|abbr|b|br|cite|code|em|font|i|mark|q|s|small|span|strike|strong|sub|sup|u)"
        "([\\s/>]|$)|&(#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);",
        std::regex::icase);
    const std::string text = text_of(node);
    return std::regex_search(text, kMarkup) ? one_line(html_fragment_text(text)) : text;
}

// "Tue, 25 Jun 2024 14:03:00 -0400" -> "2024-06-25". The weekday and the time are not needed:
// the day is the one the feed writes, in its own offset.
std::optional<std::string> rfc822_day(const std::string& text) {
    static const std::array<const char*, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    std::string rest = text;
    if (const std::size_t comma = rest.find(','); comma != std::string::npos) {
        rest = rest.substr(comma + 1);
    }
    int day = 0, year = 0;
    char month_name[4] = {};
    if (std::sscanf(rest.c_str(), " %d %3s %d", &day, month_name, &year) != 3) {
        return std::nullopt;
    }
    const std::string month = ascii_lower(month_name);
    const auto found = std::find(kMonths.begin(), kMonths.end(), month);
    if (found == kMonths.end()) {
        return std::nullopt;
    }
    if (year < 100) {  // RFC 822 allows two digits
        year += year < 50 ? 2000 : 1900;
    }
    if (year < 1 || year > 9999 || day < 1 || day > 31) {
        return std::nullopt;
    }
    char iso[32];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year,
                  static_cast<int>(found - kMonths.begin()) + 1, day);
    if (!is_valid_iso_date(iso)) {
        return std::nullopt;
    }
    return std::string(iso);
}

std::optional<std::string> feed_day(const std::string& text) {
    if (auto iso = leading_iso_date(text)) {
        return iso;
    }
    return rfc822_day(text);
}

// The last line of anything under `node`: an item ends there.
long last_line(const xmlNode* node) {
    long line = xmlGetLineNo(node);
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
        line = std::max(line, last_line(c));
    }
    return line;
}

struct FirstError {
    long line = 0;
    std::string message;
};

void remember_first_error(void* context, xmlErrorPtr error) {
    auto* first = static_cast<FirstError*>(context);
    if (first->line == 0 && error != nullptr && error->level >= XML_ERR_ERROR) {
        first->line = error->line > 0 ? error->line : 1;
        first->message = error->message != nullptr ? error->message : "not well-formed";
        while (!first->message.empty() && first->message.back() == '\n') {
            first->message.pop_back();
        }
    }
}

class Feed {
  public:
    Feed(const std::string& path, FeedParse& parse, long error_line)
        : path_(path), parse_(parse), error_line_(error_line) {}

    void read(const xmlNode* root) {
        const std::string name = local_name(root);
        if (name == "rss") {
            const xmlNode* channel = child(root, "channel");
            if (channel == nullptr) {
                warn(xmlGetLineNo(root), "RSS feed without a <channel>", false);
                return;
            }
            source_ = title_of(child(channel, "title"), false);
            language_ = text_of(child(channel, "language"));
            for (const xmlNode* c = channel->children; c != nullptr; c = c->next) {
                if (c->type == XML_ELEMENT_NODE && local_name(c) == "item") {
                    item(c, false);
                }
            }
        } else if (name == "feed") {
            source_ = title_of(child(root, "title"), true);
            feed_author_ = authors_of(root, true);  // an entry without <author> has the feed's
            for (const xmlNode* c = root->children; c != nullptr; c = c->next) {
                if (c->type == XML_ELEMENT_NODE && local_name(c) == "entry") {
                    item(c, true);
                }
            }
        } else {
            warn(xmlGetLineNo(root), "root element <" + name + "> is neither <rss> nor <feed>",
                 false);
        }
    }

    std::size_t dropped_after_error() const { return dropped_; }

  private:
    void warn(long line, std::string message, bool lost) {
        parse_.warnings.push_back(
            {static_cast<std::size_t>(std::max(line, 0L)), std::move(message), lost});
    }

    void item(const xmlNode* node, bool atom) {
        const long line = xmlGetLineNo(node);
        if (error_line_ > 0 && last_line(node) >= error_line_) {
            ++dropped_;  // it may be cut short by the error: reported once, with the error
            return;
        }
        Article article;
        article.from_feed = true;
        article.path = path_ + ":" + std::to_string(line);
        article.source = source_;
        article.title = title_of(child(node, "title"), atom);
        if (atom) {
            for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
                if (c->type == XML_ELEMENT_NODE && local_name(c) == "link") {
                    const std::string rel = attribute(c, "rel");
                    if (rel.empty() || rel == "alternate") {
                        article.url = attribute(c, "href");
                        break;
                    }
                }
            }
            article.id = text_of(child(node, "id"));
            const xmlNode* content = child(node, "content");
            article.body = body_of(content != nullptr ? content : child(node, "summary"));
            // xml:lang on the entry, or inherited from the feed.
            const std::unique_ptr<xmlChar, decltype(xmlFree)> lang(xmlNodeGetLang(node), xmlFree);
            if (lang) {
                article.language = reinterpret_cast<const char*>(lang.get());
            }
        } else {
            article.url = text_of(child(node, "link"));
            article.id = text_of(child(node, "guid"));
            const xmlNode* content = child(node, "encoded", kContentNamespace);
            article.body = body_of(content != nullptr ? content : child(node, "description"));
            article.language = text_of(child(node, "language", kDublinCoreNamespace));
            if (article.language.empty()) {
                article.language = language_;
            }
        }
        article.author = authors_of(node, atom);
        if (article.author.empty()) {
            article.author = feed_author_;
        }
        if (article.id.empty()) {
            article.id = article.url;
        }
        if (article.id.empty()) {
            warn(line, "item without guid, id or link; skipped", true);
            return;
        }
        const char* date_fields[] = {"pubDate", "published", "updated"};
        for (const char* field : date_fields) {
            const std::string value = text_of(child(node, field));
            if (value.empty()) {
                continue;
            }
            if (auto day = feed_day(value)) {
                article.date = std::move(day);
                article.date_origin = "feed";
                break;
            }
            warn(line, std::string(field) + " '" + value + "' is not a date; item left undated",
                 false);
        }
        if (article.title.empty() && article.body.empty()) {
            warn(line, "item with no title or text; skipped", true);
            return;
        }
        parse_.items.push_back(std::move(article));
    }

    const std::string& path_;
    FeedParse& parse_;
    long error_line_;
    std::string source_;
    std::string language_;     // the RSS channel's <language>
    std::string feed_author_;  // Atom: the feed's own <author>, which its entries inherit
    std::size_t dropped_ = 0;
};

}  // namespace

FeedParse parse_feed(std::string_view xml, const std::string& path) {
    FeedParse parse;
    FirstError first;
    init_libxml2();
    // libxml2 keeps the handler per thread; this thread's earlier one comes back afterwards.
    const xmlStructuredErrorFunc previous = xmlStructuredError;
    void* previous_context = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(&first, remember_first_error);
    const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> document(
        xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                      XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_BIG_LINES |
                          XML_PARSE_NOWARNING | XML_PARSE_NOERROR),
        xmlFreeDoc);
    xmlSetStructuredErrorFunc(previous_context, previous);
    const xmlNode* root = document ? xmlDocGetRootElement(document.get()) : nullptr;
    Feed feed(path, parse, first.line);
    if (root != nullptr) {
        feed.read(root);
    }
    if (first.line > 0) {
        const std::size_t kept = parse.items.size();
        std::string message = "not well-formed XML (" + first.message + "); " +
                              std::to_string(kept) + (kept == 1 ? " item" : " items") +
                              " before it kept";
        if (feed.dropped_after_error() > 0) {
            message += ", " + std::to_string(feed.dropped_after_error()) + " from there on lost";
        }
        parse.warnings.push_back({static_cast<std::size_t>(first.line), message, true});
    } else if (root == nullptr) {
        parse.warnings.push_back({0, "no XML content", true});
    }
    return parse;
}

}  // namespace mss

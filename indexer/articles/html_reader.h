// Reads one article from one HTML page (.html, .htm) with libxml2's HTML parser, which recovers
// from broken markup as browsers do. What is taken from where is in the README ("Input
// formats"); in short:
//   headline  og:title, else the <h1> of the article or <main> (its own <header> included), else
//             the first <h1> outside the page furniture, else <title> without a " | Site" suffix
//   date      JSON-LD datePublished, else article:published_time, else <time datetime> in the
//             article (its <header> included) (Article::date_origin says which); else the text
//             rules of the indexer
//   url       <link rel=canonical>, else og:url
//   source    og:site_name, else the JSON-LD publisher
//   author    JSON-LD author, else <meta name=author>, else the byline
//   body      the paragraphs of <article>, else <main>, else the block holding the most <p> text,
//             without navigation, page furniture, cookie or newsletter boxes
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <mss/article.h>

namespace mss {

struct HtmlPageParse {
    Article article;
    std::vector<std::string> warnings;  // what was dropped (a date that does not parse)
};

// `html` is UTF-8 unless the page declares another charset. `id` and `path` as for a text file.
HtmlPageParse parse_html_page(std::string_view html, const std::string& id,
                              const std::string& path);

}  // namespace mss

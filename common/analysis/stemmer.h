// Snowball stemming: English ("deployed", "deployment" -> "deploy") and French ("policiers",
// "policier" -> "polici").
#pragma once

#include <string>
#include <string_view>

struct sb_stemmer;

namespace mss {

// Wraps one libstemmer instance, which is not thread-safe: one Stemmer per thread.
class Stemmer {
  public:
    // `algorithm` is a libstemmer algorithm name: "english", "french".
    explicit Stemmer(const char* algorithm = "english");
    ~Stemmer();
    Stemmer(const Stemmer&) = delete;
    Stemmer& operator=(const Stemmer&) = delete;

    // `folded_word` must already be folded (lower case, UTF-8).
    std::string stem(std::string_view folded_word);

  private:
    sb_stemmer* stemmer_;
};

}  // namespace mss

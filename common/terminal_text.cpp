#include <mss/terminal_text.h>

#include <cstdint>
#include <cstdio>
#include <optional>

namespace mss {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

struct Decoded {
    char32_t code_point;
    std::size_t length;
};

// The code point of the well-formed UTF-8 sequence at `at`, or nothing.
std::optional<Decoded> decode(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
    const unsigned char lead = byte(0);
    std::size_t length = 0;
    char32_t code_point = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        code_point = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        code_point = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        code_point = lead & 0x07;
    } else {
        return std::nullopt;
    }
    if (at + length > text.size()) {
        return std::nullopt;
    }
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(i) & 0xC0) != 0x80) {
            return std::nullopt;
        }
        code_point = (code_point << 6) | (byte(i) & 0x3F);
    }
    const bool overlong = (length == 3 && code_point < 0x800) ||
                          (length == 4 && (code_point < 0x10000 || code_point > 0x10FFFF));
    const bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
    if (overlong || surrogate) {
        return std::nullopt;
    }
    return Decoded{code_point, length};
}

bool is_c1(char32_t c) {
    return c >= 0x80 && c <= 0x9F;
}

bool is_bidi_control(char32_t c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

std::string terminal_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const auto byte = static_cast<unsigned char>(text[at]);
        if (byte == '\n' || byte == '\t') {
            out += ' ';
            ++at;
        } else if (byte < 0x20 || byte == 0x7F) {
            out += '^';
            out += static_cast<char>(byte == 0x7F ? '?' : byte + '@');
            ++at;
        } else if (byte < 0x80) {
            out += static_cast<char>(byte);
            ++at;
        } else if (const auto decoded = decode(text, at)) {
            if (is_c1(decoded->code_point) || is_bidi_control(decoded->code_point)) {
                out += kReplacement;
            } else {
                out += text.substr(at, decoded->length);
            }
            at += decoded->length;
        } else {
            char escaped[5];
            std::snprintf(escaped, sizeof escaped, "\\x%02X", byte);
            out += escaped;
            ++at;
        }
    }
    return out;
}

std::string escape_json_controls(std::string_view json) {
    std::string out;
    out.reserve(json.size());
    for (std::size_t at = 0; at < json.size();) {
        const auto byte = static_cast<unsigned char>(json[at]);
        const auto decoded = byte >= 0x80 ? decode(json, at) : std::nullopt;
        const std::optional<char32_t> inert =
            byte == 0x7F ? std::optional<char32_t>(0x7F)
            : decoded && (is_c1(decoded->code_point) || is_bidi_control(decoded->code_point))
                ? std::optional<char32_t>(decoded->code_point)
                : std::nullopt;
        if (inert) {
            char escaped[7];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(*inert));
            out += escaped;
            at += decoded ? decoded->length : 1;
        } else {
            const std::size_t length = decoded ? decoded->length : 1;
            out += json.substr(at, length);
            at += length;
        }
    }
    return out;
}

}  // namespace mss

#include "articles/gzip_stream.h"

#include <array>

#include <zlib.h>

namespace mss {

class GzipInputStream::Buffer : public std::streambuf {
  public:
    explicit Buffer(const std::string& path) : file_(gzopen(path.c_str(), "rb")) {}
    ~Buffer() override {
        if (file_ != nullptr) {
            gzclose(file_);
        }
    }
    Buffer(const Buffer&) = delete;
    Buffer& operator=(const Buffer&) = delete;

    bool is_open() const { return file_ != nullptr; }
    const std::string& error() const { return error_; }

  protected:
    int_type underflow() override {
        if (gptr() < egptr()) {
            return traits_type::to_int_type(*gptr());
        }
        if (file_ == nullptr || !error_.empty()) {
            return traits_type::eof();
        }
        const int read = gzread(file_, data_.data(), static_cast<unsigned>(data_.size()));
        if (read < 0 || (read == 0 && !gzeof(file_))) {
            int code = Z_OK;
            const char* message = gzerror(file_, &code);
            error_ = message != nullptr && *message != '\0' ? message : "decompression failed";
            return traits_type::eof();
        }
        if (read == 0) {
            // A stream cut short ends without an error from gzread; gzerror still says so.
            int code = Z_OK;
            const char* message = gzerror(file_, &code);
            if (code != Z_OK && message != nullptr) {
                error_ = message;
            }
            return traits_type::eof();
        }
        setg(data_.data(), data_.data(), data_.data() + read);
        return traits_type::to_int_type(*gptr());
    }

  private:
    gzFile file_;
    std::array<char, 64 * 1024> data_{};
    std::string error_;
};

GzipInputStream::GzipInputStream(const std::string& path)
    : std::istream(nullptr), buffer_(std::make_unique<Buffer>(path)) {
    rdbuf(buffer_.get());
    if (!buffer_->is_open()) {
        setstate(std::ios::failbit);
    }
}

GzipInputStream::~GzipInputStream() = default;

bool GzipInputStream::is_open() const {
    return buffer_->is_open();
}

std::string GzipInputStream::error() const {
    return buffer_->error();
}

}  // namespace mss

#include "text.hpp"

#include "boardroom/core/error.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <new>
#include <system_error>

namespace boardroom::text_detail {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

/// Length of the valid UTF-8 character starting at text[i], or 0 if none starts there.
std::size_t utf8_length_at(std::string_view text, std::size_t i) noexcept {
    const auto byte = [&text](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80;   // the range the second byte must fall in (excludes overlong forms and surrogates)
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    if (byte(i + 1) < low || byte(i + 1) > high) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    return length;
}

void append_utf8(std::string& out, std::uint32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// Windows-1252 bytes 0x80-0x9F; 0 where the code page has no character.
constexpr std::array<std::uint16_t, 32> kWindows1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::optional<std::string> from_windows_1252(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80) {
            out += c;
        } else if (byte < 0xA0) {
            const std::uint16_t code = kWindows1252High[byte - 0x80];
            if (code == 0) return std::nullopt;
            append_utf8(out, code);
        } else {
            append_utf8(out, byte);
        }
    }
    return out;
}

std::string hex_byte(unsigned char byte) {
    constexpr std::string_view digits = "0123456789ABCDEF";
    std::string out = "0x";
    out += digits[byte >> 4];
    out += digits[byte & 0xF];
    return out;
}

} // namespace

std::optional<std::size_t> invalid_utf8_at(std::string_view text) noexcept {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_length_at(text, i);
        if (length == 0) return i;
        i += length;
    }
    return std::nullopt;
}

std::string valid_utf8(std::string_view text) {
    if (!invalid_utf8_at(text)) return std::string(text);
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_length_at(text, i);
        if (length == 0) {
            out += kReplacement;
            ++i;
        } else {
            out.append(text.substr(i, length));
            i += length;
        }
    }
    return out;
}

std::string_view cut_utf8(std::string_view text, std::size_t max_bytes) noexcept {
    if (text.size() <= max_bytes) return text;
    std::size_t end = max_bytes;
    // Step back over continuation bytes to the start of the character that would be cut.
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end);
}

std::string quote_input(std::string_view text, std::size_t max_bytes) {
    const std::string valid = valid_utf8(text);
    const std::string_view cut = cut_utf8(valid, max_bytes);
    std::string out(cut);
    if (cut.size() < valid.size()) out += "...";
    return out;
}

DecodedText decode_text(std::string_view bytes, const std::string& source, std::size_t first_line) {
    const bool marked = bytes.substr(0, kByteOrderMark.size()) == kByteOrderMark;
    const std::string_view body = marked ? bytes.substr(kByteOrderMark.size()) : bytes;
    const auto bad = invalid_utf8_at(body);
    if (!bad) return {std::string(body), false};
    if (!marked)
        if (auto converted = from_windows_1252(body)) return {std::move(*converted), true};
    const std::size_t offset = *bad + (marked ? kByteOrderMark.size() : 0);
    const auto line = first_line + static_cast<std::size_t>(std::count(body.begin(), body.begin() + static_cast<std::ptrdiff_t>(*bad), '\n'));
    throw InputError({source, line, "byte offset " + std::to_string(offset), ""},
                     "the file is neither UTF-8 nor Windows-1252 text: byte " +
                         hex_byte(static_cast<unsigned char>(body[*bad])) +
                         (marked ? " is not UTF-8 (the file starts with a UTF-8 byte-order mark)"
                                 : " is not UTF-8 and has no Windows-1252 character") +
                         "; save it as UTF-8");
}

std::string read_file_bytes(const std::filesystem::path& path) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status))
        throw StorageError(path.string(), "cannot open the file for reading (no such file)");
    if (std::filesystem::is_directory(status)) throw StorageError(path.string(), "is a folder, not a file");
    // A FIFO or device would block or never end: only plain files are read.
    if (!std::filesystem::is_regular_file(status)) throw StorageError(path.string(), "is not a regular file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw StorageError(path.string(), "cannot open the file for reading");
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) throw StorageError(path.string(), "reading the file failed");
    return bytes;
}

DecodedText read_text_file(const std::filesystem::path& path) {
    return decode_text(read_file_bytes(path), path.string());
}

void rethrow_as_input_error(const std::string& source) {
    try {
        throw;
    } catch (const Error&) {
        throw;
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const std::exception& e) {
        throw InputError({source, 0, "", ""}, std::string("cannot be read: ") + e.what());
    }
}

std::string windows_1252_message() {
    return "the file is not UTF-8; it was read as Windows-1252 (as Word and Excel save text) and converted";
}

} // namespace boardroom::text_detail

// Text as it comes in from files: the one place where bytes become UTF-8, and
// the helpers that keep messages valid UTF-8 when they quote the input.
// Private to the library.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace boardroom::text_detail {

/// Byte offset of the first byte that does not start or continue a valid UTF-8
/// character (overlong forms, surrogates and code points above U+10FFFF count as
/// invalid); std::nullopt if the whole text is valid.
std::optional<std::size_t> invalid_utf8_at(std::string_view text) noexcept;

/// The text with every invalid byte replaced by U+FFFD, for messages.
std::string valid_utf8(std::string_view text);

/// At most `max_bytes` of the text, cut before a character rather than inside one.
std::string_view cut_utf8(std::string_view text, std::size_t max_bytes) noexcept;

/// A quotation of input for a message: at most `max_bytes` cut on a character
/// boundary, invalid bytes replaced, "..." appended when something was cut.
std::string quote_input(std::string_view text, std::size_t max_bytes = 60);

struct DecodedText {
    std::string text;           ///< UTF-8, without a byte-order mark
    bool windows_1252{false};   ///< the bytes were not UTF-8 and were converted from Windows-1252
};

/// Bytes as text: UTF-8 with or without a byte-order mark (the mark dropped);
/// otherwise Windows-1252 when every byte has a character there (converted to
/// UTF-8, `windows_1252` set); otherwise an InputError naming `source`, the
/// line (counting from `first_line`) and the byte offset of the first byte that
/// is not UTF-8.
DecodedText decode_text(std::string_view bytes, const std::string& source, std::size_t first_line = 1);

/// The bytes of a file, whole; StorageError naming the path if it cannot be read
/// (missing, a folder, unreadable).
std::string read_file_bytes(const std::filesystem::path& path);

/// read_file_bytes then decode_text, the file's path naming it in errors.
DecodedText read_text_file(const std::filesystem::path& path);

/// Called in a loader's `catch (...)`: lets boardroom::Error and
/// std::bad_alloc through, and turns any other std::exception (what a parser
/// library or the standard library throws: std::out_of_range, a JSON library's
/// errors) into an InputError naming `source`, so every loader throws only
/// boardroom::Error for bad input.
[[noreturn]] void rethrow_as_input_error(const std::string& source);

/// The data-quality message for a file decode_text converted from Windows-1252.
std::string windows_1252_message();

} // namespace boardroom::text_detail

// Where the source documents disagree with themselves or leave something to
// inference, the loaders keep what was printed and say so with a note, rather
// than failing (the data are still usable) or silently choosing.
#pragma once

#include <cstddef>
#include <string>

namespace boardroom::governance {

struct DataQualityNote {
    std::string file;     ///< the document, as named to the loader
    std::size_t line{0};  ///< 1-based line; 0 when the note is about the whole file
    std::string message;

    friend bool operator==(const DataQualityNote&, const DataQualityNote&) = default;
};

/// "file:line: message".
std::string to_string(const DataQualityNote& note);

} // namespace boardroom::governance

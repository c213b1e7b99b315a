// boardroom's exception hierarchy. Every error the library throws derives from
// boardroom::Error, so a caller can catch one type; the Python bindings map each
// class to a class in boardroom.errors.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace boardroom {

/// Root of every exception thrown by boardroom.
/// The message is always valid UTF-8: bytes of the input that are not (quoted
/// in a message about them) are replaced by U+FFFD, so a binding can show it.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message);
    explicit Error(const char* message);
};

/// Where in the input a problem was found. Empty strings and a zero line mean
/// "not known" (a numpy array has no file, a JSON document has no line).
struct InputLocation {
    std::string file;    ///< path of the file, or a name for in-memory input
    std::size_t line{0}; ///< 1-based line in the file; 0 when not applicable
    std::string record;  ///< record or row label ("row 3", "item 5a"); may be empty
    std::string field;   ///< column or field name; may be empty
};

/// Input that cannot be read or used as given: a malformed file, an impossible
/// value in an array. The message starts with the location, compiler-style:
/// "examples/agenda.csv:5: field 'purpose': unknown purpose 'Informaton'".
class InputError : public Error {
public:
    InputError(InputLocation where, const std::string& message);

    const std::string& file() const noexcept { return where_.file; }
    std::size_t line() const noexcept { return where_.line; }
    const std::string& record() const noexcept { return where_.record; }
    const std::string& field() const noexcept { return where_.field; }
    const InputLocation& location() const noexcept { return where_; }
    /// The message without the location prefix.
    const std::string& reason() const noexcept { return reason_; }

private:
    InputLocation where_;
    std::string reason_;
};

/// A model that is well formed but breaks a rule (a meeting without a date,
/// a reporting line that would make a cycle).
class ValidationError : public Error {
public:
    using Error::Error;
};

/// A lookup by id, name or number found nothing.
class NotFoundError : public Error {
public:
    using Error::Error;
};

/// Reading or writing a file or store failed; the model is left as it was.
class StorageError : public Error {
public:
    StorageError(const std::string& path, const std::string& message);
    const std::string& path() const noexcept { return path_; }

private:
    std::string path_;
};

/// An export would publish private data (Part II content, contact details,
/// counts below the suppression threshold), or data are not marked well enough
/// to tell. Raised instead of guessing.
class DisclosureError : public Error {
public:
    using Error::Error;
};

/// Formats a location as "file:line: record: field 'name'" (parts that are
/// unknown are left out).
std::string format_location(const InputLocation& where);

} // namespace boardroom

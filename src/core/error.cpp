#include "boardroom/core/error.hpp"

#include "text.hpp"

namespace boardroom {

std::string format_location(const InputLocation& where) {
    std::string out;
    auto append = [&out](const std::string& part) {
        if (part.empty()) return;
        if (!out.empty()) out += ": ";
        out += part;
    };
    if (!where.file.empty()) {
        out.append(where.file);
        if (where.line > 0) out.append(":").append(std::to_string(where.line));
    } else if (where.line > 0) {
        out.append("line ").append(std::to_string(where.line));
    }
    append(where.record);
    if (!where.field.empty()) {
        std::string field;
        field.append("field '").append(where.field).append("'");
        append(field);
    }
    return out;
}

namespace {
std::string located(const InputLocation& where, const std::string& message) {
    std::string prefix = format_location(where);
    return prefix.empty() ? message : prefix + ": " + message;
}

InputLocation valid(InputLocation where) {
    where.file = text_detail::valid_utf8(where.file);
    where.record = text_detail::valid_utf8(where.record);
    where.field = text_detail::valid_utf8(where.field);
    return where;
}
} // namespace

Error::Error(const std::string& message) : std::runtime_error(text_detail::valid_utf8(message)) {}

Error::Error(const char* message) : Error(std::string(message)) {}

InputError::InputError(InputLocation where, const std::string& message)
    : Error(located(where, message)), where_(valid(std::move(where))), reason_(text_detail::valid_utf8(message)) {}

StorageError::StorageError(const std::string& path, const std::string& message)
    : Error(path.empty() ? message : path + ": " + message), path_(text_detail::valid_utf8(path)) {}

} // namespace boardroom

// Reading and writing the JSON document with nlohmann-json, private to the
// library. Readers go through Object, which knows the JSON path of what it
// reads, so every error names the record ("meetings[0].agenda[2]") and the
// member ("purpose"), and which refuses members it does not know (a typo must
// not silently become a default).
#pragma once

#include "boardroom/core/date.hpp"
#include "boardroom/core/error.hpp"
#include "boardroom/governance/register.hpp"
#include "boardroom/io/store_bundle.hpp"
#include "store_codec.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::io::json_detail {

/// Members keep the order they are written in, so the text is stable.
using Json = nlohmann::ordered_json;

// ---- writing

inline Json date_json(const Date& date) { return date.ok() ? Json(to_iso_string(date)) : Json(nullptr); }
inline Json date_json(const std::optional<Date>& date) { return date ? date_json(*date) : Json(nullptr); }
inline Json time_json(const std::optional<TimeOfDay>& time) { return time ? Json(to_string(*time)) : Json(nullptr); }
template <class Tag>
Json id_json(const Id<Tag>& id) {
    return id.valid() ? Json(id.value()) : Json(nullptr);
}
template <class E>
Json enum_json(E value) {
    return Json(std::string(codec::text_of(value)));
}
inline Json part_json(const std::optional<governance::AgendaPart>& part) {
    return part ? enum_json(*part) : Json(nullptr);
}
inline Json optional_bool_json(const std::optional<bool>& value) { return value ? Json(*value) : Json(nullptr); }

template <class T, class F>
Json array_json(const std::vector<T>& values, F write) {
    Json out = Json::array();
    for (const auto& value : values) out.push_back(write(value));
    return out;
}

// ---- reading

class Object {
public:
    /// `path` is the record's JSON path ("" for the document itself).
    Object(const Json& value, std::string path, const std::string& source);

    [[noreturn]] void fail(std::string_view key, const std::string& message) const;
    const std::string& path() const noexcept { return path_; }
    const std::string& source() const noexcept { return source_; }
    /// The path of a member that is itself a record: "meetings[0].pages".
    std::string child(std::string_view key) const;
    std::string child(std::string_view key, std::size_t index) const;

    // Members that are absent take the model's default (the fallback, or
    // empty / unset); null is allowed only where the model has "none"
    // (optional values, unassigned ids, unset dates).
    std::string string(std::string_view key);
    bool boolean(std::string_view key, bool fallback = false);
    std::int64_t integer(std::string_view key, std::int64_t min, std::int64_t max, std::int64_t fallback = 0);
    int int32(std::string_view key, int fallback = 0) {
        return static_cast<int>(
            integer(key, std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), fallback));
    }
    std::size_t line(std::string_view key) {
        return static_cast<std::size_t>(integer(key, 0, std::numeric_limits<std::int64_t>::max()));
    }
    Date date(std::string_view key);                   ///< unset if absent or null
    std::optional<Date> optional_date(std::string_view key);
    std::optional<TimeOfDay> optional_time(std::string_view key);
    std::optional<bool> optional_boolean(std::string_view key);
    std::optional<std::string> optional_string(std::string_view key);  ///< null or absent: std::nullopt
    std::vector<std::string> strings(std::string_view key);

    /// A record id: a positive integer, or null / absent for "none" unless required.
    template <class IdType>
    IdType id(std::string_view key, bool required = false) {
        const Json* value = member(key);
        if (value == nullptr || value->is_null()) {
            if (required) fail(key, "a record id is required here");
            return IdType{};
        }
        if (!value->is_number_integer() || value->get<std::int64_t>() < 1)
            fail(key, "expected an id (a whole number from 1), not " + value->dump());
        return IdType{value->get<std::int64_t>()};
    }

    /// An array of record ids ("owners": [3, 7]).
    template <class IdType>
    std::vector<IdType> ids(std::string_view key) {
        std::vector<IdType> out;
        const Json* value = member(key);
        if (value == nullptr) return out;
        if (!value->is_array()) fail(key, "expected an array of ids, not " + type_name(*value));
        for (std::size_t i = 0; i < value->size(); ++i) {
            const Json& element = (*value)[i];
            if (!element.is_number_integer() || element.get<std::int64_t>() < 1)
                fail(std::string(key) + "[" + std::to_string(i) + "]",
                     "expected an id (a whole number from 1), not " + element.dump());
            out.push_back(IdType{element.get<std::int64_t>()});
        }
        return out;
    }

    template <class E>
    E enumeration(std::string_view key, E fallback) {
        const Json* value = member(key);
        if (value == nullptr) return fallback;
        if (!value->is_string()) fail(key, "expected one of " + codec::expected_texts<E>() + ", not " + value->dump());
        if (const auto found = codec::value_of<E>(value->get<std::string>())) return *found;
        fail(key, "expected one of " + codec::expected_texts<E>() + ", not " + value->dump());
    }

    /// A record's part: "I", "II", or null / absent (not established).
    std::optional<governance::AgendaPart> optional_part(std::string_view key) {
        const Json* value = member(key);
        if (value == nullptr || value->is_null()) return std::nullopt;
        if (!value->is_string()) fail(key, "expected \"I\", \"II\" or null, not " + value->dump());
        if (const auto found = codec::value_of<governance::AgendaPart>(value->get<std::string>())) return *found;
        fail(key, "expected \"I\", \"II\" or null, not " + value->dump());
    }

    /// An enumeration that must be given (no default stands in for it).
    template <class E>
    E required_enumeration(std::string_view key) {
        if (value_.find(key) == value_.end())
            fail(key, "is required: one of " + codec::expected_texts<E>());
        return enumeration<E>(key, E{});
    }

    /// An array of records; `read(Object&)` reads one and is followed by a
    /// check for members it did not read.
    template <class T, class F>
    std::vector<T> array(std::string_view key, F read) {
        std::vector<T> out;
        const Json* value = member(key);
        if (value == nullptr || (value->is_array() && value->empty())) return out;
        if (!value->is_array()) fail(key, "expected an array, not " + type_name(*value));
        out.reserve(value->size());
        for (std::size_t i = 0; i < value->size(); ++i) {
            Object record((*value)[i], child(key, i), source_);
            out.push_back(read(record));
            record.finish();
        }
        return out;
    }

    /// A nested record that may be null (std::nullopt).
    template <class T, class F>
    std::optional<T> optional_object(std::string_view key, F read) {
        const Json* value = member(key);
        if (value == nullptr || value->is_null()) return std::nullopt;
        Object record(*value, child(key), source_);
        T out = read(record);
        record.finish();
        return out;
    }

    /// A nested record; absent gives `fallback`.
    template <class T, class F>
    T object(std::string_view key, F read, T fallback) {
        auto out = optional_object<T>(key, read);
        return out ? std::move(*out) : std::move(fallback);
    }

    /// Refuses members that no reader asked for.
    void finish() const;

    static std::string type_name(const Json& value);

private:
    /// The member, or nullptr if absent; marks it as read.
    const Json* member(std::string_view key);

    const Json& value_;
    std::string path_;
    const std::string& source_;
    std::vector<std::string_view> read_;
};

// ---- writing a document

/// Writes a document's top-level object one member at a time, and an array member one
/// element at a time, straight into its text: the same text as building the whole document as
/// one Json and dumping it, without the whole document ever being held as a Json value (only
/// one record at a time is). `indent` as for Json::dump: negative for compact text.
class DocumentWriter {
public:
    /// Takes the text written so far (then cleared): a streaming writer's output.
    using Spill = std::function<void(std::string_view)>;

    /// With `spill`, the text is handed on whenever `spill_bytes` have gathered (after a whole
    /// member or array element) and at finish(), so the document is never held whole.
    DocumentWriter(std::string& out, int indent, Spill spill = {}, std::size_t spill_bytes = 0);
    void member(std::string_view key, const Json& value);
    template <class T, class F>
    void array(std::string_view key, const std::vector<T>& values, F write) {
        open_member(key);
        if (values.empty()) {
            out_ += "[]";
            return;
        }
        out_ += '[';
        bool first = true;
        for (const auto& value : values) {
            if (!first) out_ += ',';
            first = false;
            newline(2);
            append(write(value), 2);
            spill(false);
        }
        newline(1);
        out_ += ']';
    }
    /// Closes the top-level object.
    void finish();

private:
    void open_member(std::string_view key);
    void newline(int depth);
    void append(const Json& value, int depth);
    void spill(bool all);
    std::string& out_;
    int indent_;
    Spill spill_;
    std::size_t spill_bytes_;
    bool first_{true};
};

// ---- the parts of the document (json_governance.cpp, json_plans.cpp)

/// `contact_details` false leaves every person's contact details out.
void write_register(DocumentWriter& document, const governance::Register& reg, bool contact_details = true);
/// `version` is the document's format version: members added after it are
/// unknown members there.
void read_register(Object& document, governance::Register& reg, int version);

void write_plan_documents(DocumentWriter& document, const BoardBundle& bundle);
/// `version` as for read_register.
void read_plan_documents(Object& document, BoardBundle& bundle, int version);

} // namespace boardroom::io::json_detail

// The JSON document as a whole: its envelope ({"format": "boardroom",
// "version": 1, "public": ...}), the privacy rules of a public export, and
// the path-aware reader every part uses.
#include "boardroom/io/json.hpp"

#include "boardroom/report/disclose.hpp"
#include "boardroom/report/public_text.hpp"
#include "json_detail.hpp"
#include "store_validate.hpp"

#include "../core/text.hpp"

#include <algorithm>
#include <optional>
#include <ostream>
#include <string>
#include <utility>

namespace boardroom::io {

namespace json_detail {

Object::Object(const Json& value, std::string path, const std::string& source)
    : value_(value), path_(std::move(path)), source_(source) {
    if (!value_.is_object())
        throw InputError({source_, 0, path_, ""}, "expected an object, not " + type_name(value_));
}

void Object::fail(std::string_view key, const std::string& message) const {
    throw InputError({source_, 0, path_, std::string(key)}, message);
}

std::string Object::child(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

std::string Object::child(std::string_view key, std::size_t index) const {
    return child(key) + "[" + std::to_string(index) + "]";
}

const Json* Object::member(std::string_view key) {
    read_.push_back(key);
    const auto found = value_.find(key);
    return found == value_.end() ? nullptr : &*found;
}

void Object::finish() const {
    for (const auto& [key, value] : value_.items())
        if (std::find(read_.begin(), read_.end(), key) == read_.end())
            fail(key, "unknown member of this format version");
}

std::string Object::type_name(const Json& value) {
    if (value.is_null()) return "null";
    if (value.is_string()) return "a string";
    if (value.is_boolean()) return "true/false";
    if (value.is_number()) return "a number";
    if (value.is_array()) return "an array";
    return "an object";
}

std::string Object::string(std::string_view key) {
    const Json* value = member(key);
    if (value == nullptr) return {};
    if (!value->is_string()) fail(key, "expected a string, not " + type_name(*value));
    return value->get<std::string>();
}

bool Object::boolean(std::string_view key, bool fallback) {
    const Json* value = member(key);
    if (value == nullptr) return fallback;
    if (!value->is_boolean()) fail(key, "expected true or false, not " + type_name(*value));
    return value->get<bool>();
}

std::int64_t Object::integer(std::string_view key, std::int64_t min, std::int64_t max, std::int64_t fallback) {
    const Json* value = member(key);
    if (value == nullptr) return fallback;
    if (!value->is_number_integer()) fail(key, "expected a whole number, not " + value->dump());
    if (value->is_number_unsigned() && value->get<std::uint64_t>() > static_cast<std::uint64_t>(max))
        fail(key, value->dump() + " is too large");
    const auto number = value->get<std::int64_t>();
    if (number < min || number > max)
        fail(key, value->dump() + " is outside " + std::to_string(min) + " to " + std::to_string(max));
    return number;
}

std::optional<Date> Object::optional_date(std::string_view key) {
    const Json* value = member(key);
    if (value == nullptr || value->is_null()) return std::nullopt;
    if (value->is_string())
        if (const auto date = parse_iso_date(value->get<std::string>())) return date;
    fail(key, "expected a date as YYYY-MM-DD or null, not " + value->dump());
}

Date Object::date(std::string_view key) {
    const auto value = optional_date(key);
    return value ? *value : Date{};
}

std::optional<TimeOfDay> Object::optional_time(std::string_view key) {
    const Json* value = member(key);
    if (value == nullptr || value->is_null()) return std::nullopt;
    if (value->is_string())
        if (const auto time = parse_time_of_day(value->get<std::string>())) return time;
    fail(key, "expected a time as HH:MM (24-hour) or null, not " + value->dump());
}

std::optional<bool> Object::optional_boolean(std::string_view key) {
    const Json* value = member(key);
    if (value == nullptr || value->is_null()) return std::nullopt;
    if (!value->is_boolean()) fail(key, "expected true, false or null, not " + type_name(*value));
    return value->get<bool>();
}

std::optional<std::string> Object::optional_string(std::string_view key) {
    const Json* value = member(key);
    if (value == nullptr || value->is_null()) return std::nullopt;
    if (!value->is_string()) fail(key, "expected a string or null, not " + type_name(*value));
    return value->get<std::string>();
}

std::vector<std::string> Object::strings(std::string_view key) {
    std::vector<std::string> out;
    const Json* value = member(key);
    if (value == nullptr) return out;
    if (!value->is_array()) fail(key, "expected an array of strings, not " + type_name(*value));
    for (std::size_t i = 0; i < value->size(); ++i) {
        if (!(*value)[i].is_string())
            fail(std::string(key) + "[" + std::to_string(i) + "]", "expected a string, not " + type_name((*value)[i]));
        out.push_back((*value)[i].get<std::string>());
    }
    return out;
}

DocumentWriter::DocumentWriter(std::string& out, int indent, Spill spill, std::size_t spill_bytes)
    : out_(out), indent_(indent < 0 ? -1 : indent), spill_(std::move(spill)), spill_bytes_(spill_bytes) {
    out_ += '{';
}

void DocumentWriter::spill(bool all) {
    if (!spill_ || out_.empty() || (!all && out_.size() < spill_bytes_)) return;
    spill_(out_);
    out_.clear();
}

void DocumentWriter::newline(int depth) {
    if (indent_ < 0) return;
    out_ += '\n';
    out_.append(static_cast<std::size_t>(depth * indent_), ' ');
}

void DocumentWriter::open_member(std::string_view key) {
    if (!first_) out_ += ',';
    first_ = false;
    newline(1);
    out_ += Json(std::string(key)).dump();
    out_ += indent_ < 0 ? ":" : ": ";
}

void DocumentWriter::member(std::string_view key, const Json& value) {
    open_member(key);
    append(value, 1);
    spill(false);
}

void DocumentWriter::append(const Json& value, int depth) {
    std::string text;
    try {
        text = value.dump(indent_, ' ', false, Json::error_handler_t::strict);
    } catch (const Json::type_error& e) {
        throw ValidationError(std::string("cannot write JSON: some text is not valid UTF-8 (") + e.what() + ")");
    }
    if (indent_ < 0) {
        out_ += text;
        return;
    }
    // Pretty text: the value's own lines, indented to where it stands. A newline in the text
    // is always layout (one inside a string is written as \n).
    const std::string pad(static_cast<std::size_t>(depth * indent_), ' ');
    std::size_t from = 0;
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', from)) {
        out_.append(text, from, at + 1 - from);
        out_ += pad;
        from = at + 1;
    }
    out_.append(text, from, std::string::npos);
}

void DocumentWriter::finish() {
    if (!first_) newline(0);
    out_ += '}';
    spill(true);
}

} // namespace json_detail

using json_detail::Json;
using json_detail::Object;

namespace {

namespace gov = governance;

struct Disclosure {
    bool contact_details{true};
    bool exempt_content{true};
};

/// What the options allow, refusing contradictions rather than picking a side.
Disclosure disclosure_for(const JsonOptions& options) {
    if (options.public_only && options.include_contact_details.value_or(false))
        throw DisclosureError("a public export cannot include contact details: they are private data");
    if (options.public_only && options.include_exempt_content.value_or(false))
        throw DisclosureError("a public export cannot include the content of Part II (exempt) items");
    return {options.include_contact_details.value_or(!options.public_only),
            options.include_exempt_content.value_or(!options.public_only)};
}

/// The disclosure gate's bundle (report::disclose) when exempt content may not be written, so
/// no writer needs to know the rules; std::nullopt when the bundle is written as it is (a
/// private document, which may still leave out contact details: see write_document).
std::optional<BoardBundle> disclosed(const BoardBundle& bundle, const Disclosure& allowed, const JsonOptions& options) {
    if (!allowed.exempt_content) {
        BoardBundle out = report::disclose(bundle, {options.unmarked_part});
        if (allowed.contact_details) {
            out.records.people = bundle.records.people;
            out.data_quality_notes = bundle.data_quality_notes;
        }
        return out;
    }
    return std::nullopt;
}

// The document's text; with `spill`, handed on in pieces as it is written (and "" returned),
// except a public document's, which is checked whole before any of it leaves.
std::string write_document(const BoardBundle& bundle, const JsonOptions& options,
                           const json_detail::DocumentWriter::Spill& spill = {}, std::size_t spill_bytes = 0) {
    const Disclosure allowed = disclosure_for(options);
    // Only a document without Part II content needs a bundle of its own (the gate's); the
    // rest is written from `bundle` itself, one record at a time, into the text.
    const std::optional<BoardBundle> gated = disclosed(bundle, allowed, options);
    const BoardBundle& shown = gated ? *gated : bundle;
    std::string text;
    json_detail::DocumentWriter document(text, options.indent, options.public_only ? nullptr : spill, spill_bytes);
    document.member("format", "boardroom");
    document.member("version", json_format_version);
    document.member("public", options.public_only);
    json_detail::write_register(document, shown.records, gated || allowed.contact_details);
    document.array("data_quality_notes", shown.data_quality_notes, [](const auto& n) {
        return Json{{"file", n.file}, {"line", n.line}, {"message", n.message}};
    });
    json_detail::write_plan_documents(document, shown);
    document.finish();
    if (options.public_only) {
        report::check_public_text(text, bundle.records, "the public JSON document");
        if (spill) {
            spill(text);
            return {};
        }
    }
    return text;
}

/// 1-based line of byte offset `byte` (nlohmann counts bytes read, so the
/// offending byte is the last one read).
std::size_t line_of(std::string_view text, std::size_t byte) {
    const auto end = std::min(text.size(), byte == 0 ? 0 : byte - 1);
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
}

} // namespace

std::string to_json_text(const BoardBundle& bundle, const JsonOptions& options) {
    return write_document(bundle, options);
}

void write_json(std::ostream& out, const BoardBundle& bundle, const JsonOptions& options, std::size_t chunk_bytes) {
    write_document(bundle, options, [&out](std::string_view text) {
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        if (!out) throw StorageError("", "writing the JSON document failed");
    }, chunk_bytes);
}

std::string to_json_text(const governance::Register& reg, const JsonOptions& options) {
    BoardBundle bundle;
    bundle.records = reg;
    return write_document(bundle, options);
}

std::string to_json_text(const plans::Plan& plan, const JsonOptions& options) {
    BoardBundle bundle;
    bundle.plans.push_back(plan);
    return write_document(bundle, options);
}

BoardBundle bundle_from_json_text(std::string_view bytes, const std::string& source_name) try {
    const auto decoded = text_detail::decode_text(bytes, source_name);
    const std::string_view text = decoded.text;
    Json document;
    try {
        document = Json::parse(text);
    } catch (const Json::exception& e) {
        // A syntax error, or a number out of range ("1e400"): both are text that is not a document.
        std::string reason = e.what();
        if (const auto end = reason.find("] "); reason.rfind("[json.exception", 0) == 0 && end != std::string::npos)
            reason.erase(0, end + 2);
        const auto* syntax = dynamic_cast<const Json::parse_error*>(&e);
        throw InputError({source_name, syntax ? line_of(text, syntax->byte) : 0, "", ""}, "not valid JSON: " + reason);
    }

    Object top(document, "", source_name);
    if (const auto format = top.string("format"); format != "boardroom")
        top.fail("format", "expected \"boardroom\", not \"" + format + "\": this is not a boardroom document");
    const auto version = top.integer("version", std::numeric_limits<std::int64_t>::min(),
                                     std::numeric_limits<std::int64_t>::max());
    if (version < json_oldest_format_version || version > json_format_version)
        top.fail("version", "this boardroom reads versions " + std::to_string(json_oldest_format_version) + " to " +
                                std::to_string(json_format_version) + " of the format, not version " +
                                std::to_string(version) +
                                (version > json_format_version ? " (written by a newer boardroom)" : ""));
    BoardBundle bundle;
    // A public document reads like any other, but says so: its Part II records hold only their
    // numbers, and whoever imports it must not let them replace a store's.
    bundle.public_export = top.boolean("public");
    json_detail::read_register(top, bundle.records, static_cast<int>(version));
    bundle.data_quality_notes = top.array<gov::DataQualityNote>("data_quality_notes", [](Object& n) {
        return gov::DataQualityNote{n.string("file"), n.line("line"), n.string("message")};
    });
    json_detail::read_plan_documents(top, bundle, static_cast<int>(version));
    top.finish();

    try {
        store_detail::validate_bundle(bundle);
    } catch (const ValidationError& e) {
        throw InputError({source_name, 0, "", ""}, e.what());
    }
    if (decoded.windows_1252)
        bundle.data_quality_notes.push_back({source_name, 0, text_detail::windows_1252_message()});
    return bundle;
} catch (...) {
    text_detail::rethrow_as_input_error(source_name);
}

governance::Register register_from_json_text(std::string_view text, const std::string& source_name) {
    return bundle_from_json_text(text, source_name).records;
}

plans::Plan plan_from_json_text(std::string_view text, const std::string& source_name) {
    auto bundle = bundle_from_json_text(text, source_name);
    if (bundle.plans.size() != 1)
        throw InputError({source_name, 0, "", "plans"},
                         "expected exactly one plan, found " + std::to_string(bundle.plans.size()));
    return std::move(bundle.plans.front());
}

} // namespace boardroom::io

// Maps boardroom's C++ exceptions onto the classes of boardroom.errors, which
// are plain Python classes (so they pickle, and carry file/line/field).
#include "pybind11.hpp"

#include "boardroom/core/error.hpp"

#include "../../src/core/text.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace boardroom::python {

namespace {

// A message as a Python str. The library keeps its messages valid UTF-8; should
// a byte slip through, it is replaced rather than turning the error into a
// UnicodeDecodeError that names no file.
py::str text(const std::string& message) {
    const auto decoded = py::reinterpret_steal<py::object>(
        PyUnicode_DecodeUTF8(message.data(), static_cast<py::ssize_t>(message.size()), "replace"));
    if (!decoded) throw py::error_already_set();
    return py::str(decoded);
}

// Raises boardroom.errors.<name>(*args) as the current Python exception.
void raise_as(const char* name, const py::tuple& args) {
    const py::object cls = py::module_::import("boardroom.errors").attr(name);
    const py::object instance = cls(*args);
    PyErr_SetObject(cls.ptr(), instance.ptr());
}

} // namespace

void register_core(py::module_& m) {
    py::register_exception_translator([](std::exception_ptr p) {
        if (!p) return;
        try {
            std::rethrow_exception(p);
        } catch (const InputError& e) {
            raise_as("InputError", py::make_tuple(text(e.what()), text(e.file()), e.line(), text(e.field()),
                                                  text(e.record()), text(e.reason())));
        } catch (const ValidationError& e) {
            raise_as("ValidationError", py::make_tuple(text(e.what())));
        } catch (const NotFoundError& e) {
            raise_as("NotFoundError", py::make_tuple(text(e.what())));
        } catch (const StorageError& e) {
            raise_as("StorageError", py::make_tuple(text(e.what()), text(e.path())));
        } catch (const DisclosureError& e) {
            raise_as("DisclosureError", py::make_tuple(text(e.what())));
        } catch (const Error& e) {
            raise_as("BoardroomError", py::make_tuple(text(e.what())));
        }
    });

    // Raise each error from C++, so the tests can check every mapping.
    m.def(
        "_raise",
        [](const std::string& kind, const std::string& message) {
            if (kind == "input") throw InputError({"agenda.csv", 7, "item 5a", "purpose"}, message);
            if (kind == "validation") throw ValidationError(message);
            if (kind == "not_found") throw NotFoundError(message);
            if (kind == "storage") throw StorageError("/tmp/store.sqlite", message);
            if (kind == "disclosure") throw DisclosureError(message);
            throw Error(message);
        },
        py::arg("kind"), py::arg("message"));

    m.def(
        "decode_text",
        [](const py::bytes& data, const std::string& source, std::size_t first_line) {
            const auto decoded = text_detail::decode_text(std::string(data), source, first_line);
            const std::optional<std::string> note =
                decoded.windows_1252 ? std::optional<std::string>(text_detail::windows_1252_message()) : std::nullopt;
            return std::make_pair(decoded.text, note);
        },
        py::arg("data"), py::arg("source"), py::arg("first_line") = 1,
        "The bytes of a file as text, as every loader reads them: UTF-8 (a byte-order mark dropped), else "
        "Windows-1252 converted; returns (text, note), the note saying so when it was converted (else None). Raises "
        "InputError naming source, line and byte offset for bytes that are neither.");
    m.def(
        "parse_iso_date",
        [](const std::string& text) -> std::optional<Date> { return parse_iso_date(text); }, py::arg("text"),
        "Parses YYYY-MM-DD strictly; None if the text is not a valid date.");
    m.def(
        "long_date", [](const Date& date) { return to_long_string(date); }, py::arg("date"),
        "The date as agendas print it: 'Thursday 10 December 2015'.");
    m.def(
        "agenda_time", [](const TimeOfDay& time) { return to_agenda_string(time); }, py::arg("time"),
        "The time as agendas print it: '2.00 pm'.");
}

} // namespace boardroom::python

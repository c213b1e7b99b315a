// Maps boardroom's C++ exceptions onto the classes of boardroom.errors, which
// are plain Python classes (so they pickle, and carry file/line/field).
#include "pybind11.hpp"

#include "boardroom/core/error.hpp"

namespace boardroom::python {

namespace {

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
            raise_as("InputError", py::make_tuple(e.what(), e.file(), e.line(), e.field(), e.record(), e.reason()));
        } catch (const ValidationError& e) {
            raise_as("ValidationError", py::make_tuple(e.what()));
        } catch (const NotFoundError& e) {
            raise_as("NotFoundError", py::make_tuple(e.what()));
        } catch (const StorageError& e) {
            raise_as("StorageError", py::make_tuple(e.what(), e.path()));
        } catch (const DisclosureError& e) {
            raise_as("DisclosureError", py::make_tuple(e.what()));
        } catch (const Error& e) {
            raise_as("BoardroomError", py::make_tuple(e.what()));
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

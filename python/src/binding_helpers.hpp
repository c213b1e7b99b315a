// Helpers every binding file of value types uses: readable reprs, ids as plain
// ints, and members read and written as copies (so a Python list never points into
// a C++ vector that a later change reallocates).
#pragma once

#include "pybind11.hpp"

#include "boardroom/core/date.hpp"
#include "boardroom/core/id.hpp"
#include "boardroom/io/csv.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace boardroom::python::binding {

/// Rows of a spreadsheet sheet as boardroom._xlsx.read_sheet gives them:
/// (row number, cells as text).
using SheetRows = std::vector<std::pair<std::size_t, std::vector<std::string>>>;

/// A table for the C++ loaders from a sheet's rows; errors will name `source`
/// ("book.xlsx [sheet Agenda]"), the row number and the column.
inline io::CsvTable table_from_rows(const SheetRows& rows, std::string source) {
    std::vector<io::CsvRow> records;
    records.reserve(rows.size());
    for (const auto& [line, cells] : rows) records.push_back(io::CsvRow{line, cells});
    return io::CsvTable::from_rows(std::move(records), std::move(source));
}

/// Python's repr of a UTF-8 string (bad bytes replaced rather than raising in a repr).
inline std::string quoted(const std::string& text) {
    const py::object s = py::reinterpret_steal<py::object>(
        PyUnicode_DecodeUTF8(text.data(), static_cast<py::ssize_t>(text.size()), "replace"));
    if (!s) throw py::error_already_set();
    return py::repr(s).cast<std::string>();
}

/// "2015-12-10", or "None".
inline std::string iso(const std::optional<Date>& date) { return date ? to_iso_string(*date) : "None"; }

/// A strong id member seen from Python as a plain int.
template <class C, class Tag>
void id_property(py::class_<C>& cls, const char* name, Id<Tag> C::*member, const char* doc) {
    cls.def_property(
        name, [member](const C& self) { return (self.*member).value(); },
        [member](C& self, std::int64_t value) { self.*member = Id<Tag>{value}; }, doc);
}

/// A list of strong ids seen from Python as a list of ints.
template <class C, class Tag>
void id_list_property(py::class_<C>& cls, const char* name, std::vector<Id<Tag>> C::*member, const char* doc) {
    cls.def_property(
        name,
        [member](const C& self) {
            std::vector<std::int64_t> out;
            for (const auto id : self.*member) out.push_back(id.value());
            return out;
        },
        [member](C& self, const std::vector<std::int64_t>& values) {
            std::vector<Id<Tag>> ids;
            for (const auto v : values) ids.push_back(Id<Tag>{v});
            self.*member = std::move(ids);
        },
        doc);
}

/// A member read and written as a copy (lists, and optional values of bound classes).
template <class C, class T>
void copy_property(py::class_<C>& cls, const char* name, T C::*member, const char* doc) {
    cls.def_property(
        name, [member](const C& self) { return self.*member; },
        [member](C& self, T value) { self.*member = std::move(value); }, doc);
}

/// copy.copy and copy.deepcopy for a value type.
template <class C>
void copyable(py::class_<C>& cls) {
    cls.def("__copy__", [](const C& self) { return C(self); })
        .def("__deepcopy__", [](const C& self, const py::object&) { return C(self); }, py::arg("memo"));
}

} // namespace boardroom::python::binding

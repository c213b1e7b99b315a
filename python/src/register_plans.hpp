// Shared by the two files that bind boardroom._core.plans: helpers for binding
// value types, and the registration functions each file provides.
#pragma once

#include "binding_helpers.hpp"

#include "boardroom/plans/all.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace boardroom::python::plans_binding {

namespace pl = boardroom::plans;
using binding::iso;
using binding::quoted;

/// A list member read and written as a copy.
template <class C, class T>
void list_property(py::class_<C>& cls, const char* name, std::vector<T> C::*member, const char* doc) {
    binding::copy_property(cls, name, member, doc);
}


// The first `limit` bytes of `text`, cut at a character boundary, with "..." if cut.
inline std::string shortened(const std::string& text, std::size_t limit = 40) {
    const std::string first_line = text.substr(0, text.find('\n'));
    if (first_line.size() <= limit && first_line.size() == text.size()) return text;
    std::size_t end = std::min(limit, first_line.size());
    while (end > 0 && (static_cast<unsigned char>(first_line[end]) & 0xC0U) == 0x80U) --end;
    return first_line.substr(0, end) + "...";
}

inline std::string maybe(const std::optional<std::string>& text) { return text ? quoted(*text) : "None"; }


// ==, != and copy for value types with operator==. They are mutable, so hashing
// raises TypeError (a __hash__ of None, pybind11's default, does not type-check).
template <class C>
void value_semantics(py::class_<C>& cls) {
    cls.def(
           "__eq__",
           [](const C& self, const py::object& other) -> py::object {
               if (!py::isinstance<C>(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
               return py::bool_(self == other.cast<const C&>());
           },
           py::arg("other"))
        .def("__copy__", [](const C& self) { return C(self); })
        .def("__deepcopy__", [](const C& self, const py::object&) { return C(self); }, py::arg("memo"))
        .def("__hash__", [](const py::object& self) -> py::ssize_t {
            throw py::type_error("unhashable type: '" + py::type::of(self).attr("__name__").cast<std::string>() +
                                 "' (it can be changed in place)");
        });
}

void register_risks(py::module_& m);
void register_diagnostics(py::module_& m);
void register_self_assessments(py::module_& m);
void register_loaders(py::module_& m);

} // namespace boardroom::python::plans_binding

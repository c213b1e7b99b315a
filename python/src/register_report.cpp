#include "pybind11.hpp"

#include "boardroom/report/public_view.hpp"

namespace boardroom::python {

void register_report(py::module_& m) {
    m.def("public_view", &report::public_view, py::arg("meeting"),
          "The meeting as it may be published: Part II items keep only their heading.");
    m.def("exempt_notice", &report::exempt_notice, py::arg("item"),
          "The line printed under a Part II heading; empty for Part I.");
    m.def("html_escape", &report::html_escape, py::arg("text"));
}

} // namespace boardroom::python

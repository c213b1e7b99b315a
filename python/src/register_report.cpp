#include "pybind11.hpp"

#include "boardroom/governance/parts.hpp"
#include "boardroom/report/disclose.hpp"
#include "boardroom/report/public_text.hpp"
#include "boardroom/report/public_view.hpp"

namespace boardroom::python {

void register_report(py::module_& m) {
    m.def(
        "disclose",
        [](const io::BoardBundle& bundle, std::optional<governance::AgendaPart> unmarked_part) {
            return report::disclose(bundle, {unmarked_part});
        },
        py::arg("bundle"), py::kw_only(), py::arg("unmarked_part") = std::nullopt,
        "The disclosure gate: the bundle as it may be published. Part II agenda items, minutes, actions, "
        "declarations and forward-plan topics keep their number and Schedule 12A paragraph only; contact details "
        "and data-quality notes are removed. A minute, action or declaration of no established part raises "
        "DisclosureError unless unmarked_part says which part such records are in.");
    m.def(
        "disclose_register",
        [](const governance::Register& reg, std::optional<governance::AgendaPart> unmarked_part) {
            return report::disclose(reg, {unmarked_part});
        },
        py::arg("register"), py::kw_only(), py::arg("unmarked_part") = std::nullopt,
        "The register alone, as disclose() would publish it.");
    m.def(
        "check_public_text",
        [](const std::string& text, const governance::Register& reg, const std::string& where) {
            const py::gil_scoped_release release;
            report::check_public_text(text, reg, where);
        },
        py::arg("text"), py::arg("register"), py::arg("where") = "the public version",
        "Raises DisclosureError if the finished public text shows a contact detail recorded in the register, an "
        "email address or a UK telephone number; one linear pass.");
    m.def("public_view", &report::public_view, py::arg("meeting"),
          "The meeting as it may be published: Part II items keep only their number and paragraph.");
    m.def("exempt_notice", py::overload_cast<const governance::AgendaItem&>(&report::exempt_notice), py::arg("item"),
          "The line printed under a Part II heading; empty for Part I.");
    m.def("exempt_paragraph_notice", py::overload_cast<int>(&report::exempt_notice), py::arg("paragraph"),
          "The line printed under a Part II heading for a paragraph (0: not given).");
    m.def("withheld_title", []() { return std::string(report::withheld_title); },
          "The title printed in public in place of a Part II item's.");
    m.def("html_escape", &report::html_escape, py::arg("text"));
}

} // namespace boardroom::python

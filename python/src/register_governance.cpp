#include "pybind11.hpp"

#include "boardroom/governance/meeting.hpp"

namespace boardroom::python {

void register_governance(py::module_& m) {
    using namespace boardroom::governance;

    py::enum_<ItemPurpose>(m, "ItemPurpose", "What the board is asked to do with an item ('Item for').")
        .value("INFORMATION", ItemPurpose::Information)
        .value("ACTION", ItemPurpose::Action)
        .value("DISCUSS", ItemPurpose::Discuss)
        .value("DECISION", ItemPurpose::Decision)
        .def_property_readonly("label", [](ItemPurpose p) { return std::string(to_string(p)); });

    py::enum_<AgendaPart>(m, "AgendaPart", "Part I (public) or Part II (exempt under Schedule 12A).")
        .value("PUBLIC", AgendaPart::Public)
        .value("EXEMPT", AgendaPart::Exempt)
        .def_property_readonly("label", [](AgendaPart p) { return std::string(to_string(p)); });

    py::enum_<MeetingStatus>(m, "MeetingStatus")
        .value("SCHEDULED", MeetingStatus::Scheduled)
        .value("TO_BE_CONFIRMED", MeetingStatus::ToBeConfirmed)
        .value("HELD", MeetingStatus::Held)
        .value("CANCELLED", MeetingStatus::Cancelled)
        .def_property_readonly("label", [](MeetingStatus s) { return std::string(to_string(s)); });

    py::class_<PageRange>(m, "PageRange", "Pages of the agenda pack that carry an item's papers.")
        .def(py::init<int, int>(), py::arg("first"), py::arg("last"))
        .def_readonly("first", &PageRange::first)
        .def_readonly("last", &PageRange::last)
        .def("__eq__",
             [](const PageRange& a, const py::object& other) -> py::object {
                 if (!py::isinstance<PageRange>(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
                 return py::bool_(a == other.cast<const PageRange&>());
             })
        .def("__hash__", [](const PageRange& r) { return py::hash(py::make_tuple(r.first, r.last)); })
        .def("__repr__", [](const PageRange& r) {
            return "PageRange(" + std::to_string(r.first) + ", " + std::to_string(r.last) + ")";
        });

    py::class_<AgendaItem>(m, "AgendaItem", "One item of a meeting's agenda.")
        .def(py::init<>())
        .def_readwrite("number", &AgendaItem::number)
        .def_readwrite("title", &AgendaItem::title)
        .def_readwrite("purpose", &AgendaItem::purpose)
        .def_readwrite("intended_outcome", &AgendaItem::intended_outcome)
        .def_readwrite("leads", &AgendaItem::leads)
        .def_readwrite("pages", &AgendaItem::pages)
        .def_readwrite("part", &AgendaItem::part)
        .def_readwrite("exempt_paragraph", &AgendaItem::exempt_paragraph)
        .def_readwrite("standing", &AgendaItem::standing)
        .def_property_readonly("is_exempt", &AgendaItem::is_exempt)
        .def("__repr__", [](const AgendaItem& i) { return "<AgendaItem " + i.number + ": " + i.title + ">"; });

    py::class_<Meeting>(m, "Meeting", "A meeting of a board and its agenda.")
        .def(py::init<>())
        .def_readwrite("board", &Meeting::board)
        .def_readwrite("date", &Meeting::date)
        .def_readwrite("start", &Meeting::start)
        .def_readwrite("venue", &Meeting::venue)
        .def_readwrite("status", &Meeting::status)
        .def_readwrite("agenda", &Meeting::agenda)
        .def("item", &Meeting::item, py::arg("number"), py::return_value_policy::copy,
             "The item printed with this number; raises NotFoundError.")
        .def("__repr__", [](const Meeting& mt) {
            return "<Meeting " + mt.board + " " + to_iso_string(mt.date) + ", " +
                   std::to_string(mt.agenda.size()) + " items>";
        });

    m.def("validate", &validate, py::arg("meeting"),
          "Checks the agenda rules; raises ValidationError naming the item.");
    m.def(
        "exempt_paragraph_description",
        [](int paragraph) { return std::string(exempt_paragraph_description(paragraph)); }, py::arg("paragraph"),
        "What Schedule 12A paragraph 1-7 covers.");
}

} // namespace boardroom::python

// boardroom._core.governance: the text loaders for minutes, attendance lists,
// agendas, work plans and boards tables, and the imports that put what they
// read into a Register.
//
// Reading a file runs with the GIL released. An import edits a copy of the
// register and keeps it only if the import succeeds, so a document that fails
// half way (unknown initials, say) leaves the register as it was.
#include "pybind11.hpp"

#include "binding_helpers.hpp"
#include "boardroom/io/governance_contacts.hpp"
#include "boardroom/io/governance_import.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace boardroom::python {

void register_governance_io(py::module_& m);

namespace {

namespace gov = boardroom::governance;

using IdValue = std::int64_t;

// A read-only member, returned as a copy (documents are results, not models to edit).
template <class C, class T>
void field(py::class_<C>& cls, const char* name, T C::*member, const char* doc = "") {
    cls.def_property_readonly(name, [member](const C& self) { return self.*member; }, doc);
}

template <class F>
auto transaction(gov::Register& reg, F edit) {
    gov::Register copy = reg;
    auto result = edit(copy);
    reg = std::move(copy);
    return result;
}

io::AgendaOptions agenda_options(std::optional<gov::AgendaPart> unmarked_part, std::size_t first_line = 1) {
    io::AgendaOptions options;
    options.unmarked_part = unmarked_part;
    options.first_line = first_line;
    return options;
}

void register_documents(py::module_& m) {
    py::enum_<io::YearHint>(m, "YearHint", "Which year a date printed without one falls in.")
        .value("ON_OR_AFTER", io::YearHint::OnOrAfter)
        .value("ON_OR_BEFORE", io::YearHint::OnOrBefore)
        .def_property_readonly("label", [](io::YearHint h) {
            return std::string(h == io::YearHint::OnOrAfter ? "on or after" : "on or before");
        });

    py::class_<io::PrintedDate> date(m, "PrintedDate", "A date found in text, and how it was printed.");
    field(date, "date", &io::PrintedDate::date);
    field(date, "year_inferred", &io::PrintedDate::year_inferred, "The year was not printed.");
    field(date, "weekday_mismatch", &io::PrintedDate::weekday_mismatch, "The printed weekday is not the date's.");
    field(date, "begin", &io::PrintedDate::begin);
    field(date, "end", &io::PrintedDate::end);
    date.def("__repr__", [](const io::PrintedDate& d) {
        return "<PrintedDate " + to_iso_string(d.date) + (d.year_inferred ? ", year inferred" : "") + ">";
    });

    py::class_<io::MeetingLine> line(m, "MeetingLine", "A meeting as a line of text announces it.");
    field(line, "date", &io::MeetingLine::date);
    field(line, "start", &io::MeetingLine::start);
    field(line, "end", &io::MeetingLine::end);
    field(line, "venue", &io::MeetingLine::venue);
    field(line, "status", &io::MeetingLine::status);
    field(line, "before", &io::MeetingLine::before, "Text before the date.");
    line.def("__repr__", [](const io::MeetingLine& l) {
        return "<MeetingLine " + to_iso_string(l.date.date) + (l.venue.empty() ? "" : " at " + l.venue) + ">";
    });

    py::class_<io::AttendanceEntry> entry(m, "AttendanceEntry", "One name in an attendance list, as printed.");
    field(entry, "line", &io::AttendanceEntry::line);
    field(entry, "status", &io::AttendanceEntry::status);
    field(entry, "printed", &io::AttendanceEntry::printed);
    field(entry, "name", &io::AttendanceEntry::name);
    field(entry, "title", &io::AttendanceEntry::title);
    field(entry, "organisation", &io::AttendanceEntry::organisation);
    field(entry, "replaces", &io::AttendanceEntry::replaces, "Substitutes only: the member replaced.");
    field(entry, "replaces_line", &io::AttendanceEntry::replaces_line);
    field(entry, "other_forms", &io::AttendanceEntry::other_forms);
    entry.def("__repr__", [](const io::AttendanceEntry& e) {
        return "<AttendanceEntry line " + std::to_string(e.line) + ": " + e.printed + " (" +
               std::string(gov::to_string(e.status)) + ")>";
    });

    py::class_<io::AttendanceList> list(m, "AttendanceList", "An attendance block as read.");
    field(list, "source", &io::AttendanceList::source);
    field(list, "entries", &io::AttendanceList::entries);
    field(list, "notes", &io::AttendanceList::notes);
    list.def("count", &io::AttendanceList::count, py::arg("status"), "Entries with this status.")
        .def("__repr__", [](const io::AttendanceList& l) {
            return "<AttendanceList " + l.source + ": " + std::to_string(l.entries.size()) + " entries>";
        });

    py::class_<io::MinuteParagraph> paragraph(m, "MinuteParagraph");
    field(paragraph, "line", &io::MinuteParagraph::line);
    field(paragraph, "text", &io::MinuteParagraph::text);

    py::class_<io::ActionLine> action(m, "ActionLine",
                                      "An action of the minutes: owners' initials printed under a paragraph, or a "
                                      "commitment minuted without initials (unassigned).");
    field(action, "line", &io::ActionLine::line, "Line of the initials.");
    field(action, "initials", &io::ActionLine::initials, "As printed: 'SA/SM'.");
    field(action, "text_line", &io::ActionLine::text_line);
    field(action, "text", &io::ActionLine::text);
    field(action, "unassigned", &io::ActionLine::unassigned, "Minuted without initials: no owner.");
    field(action, "owner", &io::ActionLine::owner, "Unassigned only: what is printed instead of initials ('Chair').");
    action.def("__repr__", [](const io::ActionLine& a) {
        return "<ActionLine line " + std::to_string(a.line) + ": " + (a.unassigned ? "unassigned" : a.initials) + ">";
    });

    py::class_<io::ResolutionText> resolution(m, "ResolutionText");
    field(resolution, "line", &io::ResolutionText::line);
    field(resolution, "resolution", &io::ResolutionText::resolution);

    py::class_<io::MinuteItemText> item(m, "MinuteItemText", "One item of minutes as read.");
    field(item, "line", &io::MinuteItemText::line);
    field(item, "number", &io::MinuteItemText::number);
    field(item, "title", &io::MinuteItemText::title);
    field(item, "paragraphs", &io::MinuteItemText::paragraphs);
    field(item, "actions", &io::MinuteItemText::actions);
    field(item, "resolutions", &io::MinuteItemText::resolutions);
    field(item, "part", &io::MinuteItemText::part);
    field(item, "exempt_paragraph", &io::MinuteItemText::exempt_paragraph);
    item.def("__repr__", [](const io::MinuteItemText& i) { return "<MinuteItemText " + i.number + ": " + i.title + ">"; });

    py::class_<io::MinutesDocument> minutes(m, "MinutesDocument", "Minutes or notes of a meeting as read.");
    field(minutes, "source", &io::MinutesDocument::source);
    field(minutes, "heading", &io::MinutesDocument::heading);
    field(minutes, "board_name", &io::MinutesDocument::board_name);
    field(minutes, "meeting", &io::MinutesDocument::meeting);
    field(minutes, "meeting_line", &io::MinutesDocument::meeting_line);
    field(minutes, "action_column", &io::MinutesDocument::action_column);
    field(minutes, "attendance", &io::MinutesDocument::attendance);
    field(minutes, "items", &io::MinutesDocument::items);
    field(minutes, "parts_marked", &io::MinutesDocument::parts_marked, "A Part I / Part II heading was found.");
    field(minutes, "notes", &io::MinutesDocument::notes);
    minutes.def("__repr__", [](const io::MinutesDocument& d) {
        return "<MinutesDocument " + d.source + ": " + d.board_name +
               (d.meeting ? " " + to_iso_string(d.meeting->date.date) : std::string()) + ", " +
               std::to_string(d.items.size()) + " items>";
    });

    py::class_<io::AgendaDocument> agenda(m, "AgendaDocument", "An agenda as read.");
    field(agenda, "source", &io::AgendaDocument::source);
    field(agenda, "meeting", &io::AgendaDocument::meeting);
    field(agenda, "heading", &io::AgendaDocument::heading);
    field(agenda, "meeting_line", &io::AgendaDocument::meeting_line);
    field(agenda, "item_lines", &io::AgendaDocument::item_lines, "Line of each agenda item.");
    field(agenda, "notes", &io::AgendaDocument::notes);
    agenda.def("__repr__", [](const io::AgendaDocument& d) {
        return "<AgendaDocument " + d.source + ": " + d.meeting.board + " " + to_iso_string(d.meeting.date) + ", " +
               std::to_string(d.meeting.agenda.size()) + " items>";
    });

    py::class_<io::WorkPlanRow> row(m, "WorkPlanRow", "One row of a work plan (meeting_date None: not yet scheduled).");
    field(row, "line", &io::WorkPlanRow::line);
    field(row, "meeting_date", &io::WorkPlanRow::meeting_date);
    field(row, "date_carried", &io::WorkPlanRow::date_carried, "The date was carried down from the row above.");
    field(row, "topic", &io::WorkPlanRow::topic);
    field(row, "lead_officers", &io::WorkPlanRow::lead_officers);
    field(row, "notes", &io::WorkPlanRow::notes);
    row.def("__repr__", [](const io::WorkPlanRow& r) { return "<WorkPlanRow line " + std::to_string(r.line) + ": " + r.topic + ">"; });

    py::class_<io::TaskGroupText> group(m, "TaskGroupText");
    field(group, "line", &io::TaskGroupText::line);
    field(group, "name", &io::TaskGroupText::name);
    field(group, "remit", &io::TaskGroupText::remit);

    py::class_<io::WorkPlanDocument> plan(m, "WorkPlanDocument", "A forward work plan as read.");
    field(plan, "source", &io::WorkPlanDocument::source);
    field(plan, "title", &io::WorkPlanDocument::title);
    field(plan, "rows", &io::WorkPlanDocument::rows);
    field(plan, "task_groups", &io::WorkPlanDocument::task_groups);
    field(plan, "notes", &io::WorkPlanDocument::notes);
    plan.def("__repr__", [](const io::WorkPlanDocument& d) {
        return "<WorkPlanDocument " + d.source + ": " + std::to_string(d.rows.size()) + " rows>";
    });

    py::class_<io::ImportResult> result(m, "ImportResult", "The meeting an import added or updated, and its notes.");
    result.def_property_readonly("meeting", [](const io::ImportResult& r) { return r.meeting.value(); });
    field(result, "notes", &io::ImportResult::notes);
    result.def("__repr__", [](const io::ImportResult& r) {
        return "ImportResult(meeting=" + std::to_string(r.meeting.value()) + ", " + std::to_string(r.notes.size()) +
               " note(s))";
    });
}

void register_loaders(py::module_& m) {
    const auto release = py::call_guard<py::gil_scoped_release>();

    m.def("read_governance_text", &io::read_governance_text, py::arg("path"), release,
          "A text file, whole, decoded as every loader decodes (UTF-8, else Windows-1252 converted); raises StorageError naming the path, InputError naming line and byte offset for bytes in neither encoding.");
    m.def("parse_attendance_list", &io::parse_attendance_list, py::arg("text"), py::arg("source"),
          py::arg("first_line") = 1, "Parses an attendance block; raises InputError naming source, line and field.");
    m.def("read_attendance_list", &io::read_attendance_list, py::arg("path"), release);
    m.def("parse_minutes", &io::parse_minutes, py::arg("text"), py::arg("source"), py::arg("first_line") = 1,
          "Parses minutes; raises InputError naming source, line and field.");
    m.def("read_minutes", &io::read_minutes, py::arg("path"), release);
    m.def(
        "parse_agenda_table",
        [](const std::string& text, const std::string& source, std::optional<gov::AgendaPart> unmarked_part,
           std::size_t first_line) { return io::parse_agenda_table(text, source, agenda_options(unmarked_part, first_line)); },
        py::arg("text"), py::arg("source"), py::arg("unmarked_part") = py::none(), py::arg("first_line") = 1,
        "Parses an agenda pasted from a Word table. Items under no Part I/II line are an InputError unless "
        "unmarked_part says which part they are in.");
    m.def(
        "read_agenda_table",
        [](const std::filesystem::path& path, std::optional<gov::AgendaPart> unmarked_part) {
            return io::read_agenda_table(path, agenda_options(unmarked_part));
        },
        py::arg("path"), py::arg("unmarked_part") = py::none(), release);
    m.def(
        "parse_numbered_agenda",
        [](const std::string& text, const std::string& source, std::optional<gov::AgendaPart> unmarked_part,
           std::size_t first_line) {
            return io::parse_numbered_agenda(text, source, agenda_options(unmarked_part, first_line));
        },
        py::arg("text"), py::arg("source"), py::arg("unmarked_part") = py::none(), py::arg("first_line") = 1,
        "Parses a numbered-list agenda ('3. Minutes of the Meeting held on ... (Pages 1 - 8)').");
    m.def(
        "read_numbered_agenda",
        [](const std::filesystem::path& path, std::optional<gov::AgendaPart> unmarked_part) {
            return io::read_numbered_agenda(path, agenda_options(unmarked_part));
        },
        py::arg("path"), py::arg("unmarked_part") = py::none(), release);
    m.def("parse_work_plan", &io::parse_work_plan, py::arg("text"), py::arg("source"), py::arg("first_line") = 1,
          "Parses a forward work plan; raises InputError naming source, line and field.");
    m.def("read_work_plan", &io::read_work_plan, py::arg("path"), release);
    m.def("parse_meeting_line", &io::parse_meeting_line, py::arg("text"), py::arg("reference") = py::none(),
          py::arg_v("hint", io::YearHint::OnOrAfter, "YearHint.ON_OR_AFTER"), "The meeting a line announces; None if it holds no date.");
    m.def("parse_page_reference", &io::parse_page_reference, py::arg("text"), "'(Pages 3 - 10)' -> PageRange(3, 10).");
    m.def("is_procedural_item", &io::is_procedural_item, py::arg("title"));
    m.def("is_attendance_heading", &io::is_attendance_heading, py::arg("line"));
    m.def("is_substitution_sentence", &io::is_substitution_sentence, py::arg("line"));
    m.def("is_initials_line", &io::is_initials_line, py::arg("line"));
}

void register_imports(py::module_& m) {
    m.def(
        "import_minutes",
        [](gov::Register& reg, IdValue board, const io::MinutesDocument& doc, std::string default_organisation,
           gov::Due action_due, bool memberships_from_attendance, std::optional<gov::AgendaPart> unmarked_part) {
            io::ImportOptions options;
            options.default_organisation = std::move(default_organisation);
            options.action_due = action_due;
            options.memberships_from_attendance = memberships_from_attendance;
            options.unmarked_part = unmarked_part;
            return transaction(reg, [&](gov::Register& copy) { return io::import_minutes(copy, BoardId{board}, doc, options); });
        },
        py::arg("register"), py::arg("board"), py::arg("document"), py::kw_only(), py::arg("default_organisation") = "",
        py::arg("action_due") = gov::Due::next_meeting(), py::arg("memberships_from_attendance") = false,
        py::arg("unmarked_part") = std::nullopt,
        "Imports minutes of a meeting of board: attendance, chair, items (with the part their Part I / Part II "
        "headings give; unmarked_part for items under none), interests, approvals, actions with owners "
        "resolved from their initials. Raises InputError (file, line, field 'ACTION BY') for unknown or ambiguous "
        "initials; the register is unchanged if it raises.");
    m.def(
        "import_agenda",
        [](gov::Register& reg, IdValue board, const io::AgendaDocument& doc) {
            return transaction(reg, [&](gov::Register& copy) { return io::import_agenda(copy, BoardId{board}, doc); });
        },
        py::arg("register"), py::arg("board"), py::arg("document"),
        "Imports an agenda: the meeting on its date gets it (added to the diary if absent).");
    m.def(
        "import_work_plan",
        [](gov::Register& reg, IdValue board, const io::WorkPlanDocument& doc) {
            return transaction(reg, [&](gov::Register& copy) { return io::import_work_plan(copy, BoardId{board}, doc); });
        },
        py::arg("register"), py::arg("board"), py::arg("document"),
        "Imports forward-plan entries and task groups for board; returns the notes.");
    m.def(
        "import_boards_table",
        [](gov::Register& reg, const std::string& text, const std::string& source) {
            std::vector<IdValue> ids;
            for (const auto id : transaction(reg, [&](gov::Register& copy) { return io::import_boards_table(copy, text, source); }))
                ids.push_back(id.value());
            return ids;
        },
        py::arg("register"), py::arg("text"), py::arg("source"),
        "Boards and reporting lines from a tab-separated table (Board, Kind, Reports to, Also printed as, Source).");
    m.def(
        "read_boards_table",
        [](gov::Register& reg, const std::filesystem::path& path) {
            std::string text;
            {
                const py::gil_scoped_release unlocked;
                text = io::read_governance_text(path);
            }
            std::vector<IdValue> ids;
            for (const auto id :
                 transaction(reg, [&](gov::Register& copy) { return io::import_boards_table(copy, text, path.string()); }))
                ids.push_back(id.value());
            return ids;
        },
        py::arg("register"), py::arg("path"), "Reads a boards table file into the register; returns the board ids.");
    m.def(
        "import_boards_rows",
        [](gov::Register& reg, const binding::SheetRows& rows, const std::string& source) {
            const auto table = binding::table_from_rows(rows, source);
            std::vector<IdValue> ids;
            for (const auto id : transaction(reg, [&](gov::Register& copy) { return io::import_boards_table(copy, table); }))
                ids.push_back(id.value());
            return ids;
        },
        py::arg("register"), py::arg("rows"), py::arg("source"),
        "Boards and reporting lines from a sheet's rows ((row number, cells), the header first), as read from a "
        "workbook; InputError names the source, the row and the column.");
    m.def(
        "load_contacts",
        [](gov::Register& reg, const std::filesystem::path& path) {
            return transaction(reg, [&](gov::Register& copy) { return io::load_contacts(copy, path); });
        },
        py::arg("register"), py::arg("path"),
        "Attaches the contact details of a contacts table (tab-separated text, or .csv) to people of the register "
        "(private data). InputError names file, line and field for unknown people or a malformed email; the "
        "register is unchanged if it raises. Returns the data-quality notes.");
    m.def(
        "attach_contacts_rows",
        [](gov::Register& reg, const binding::SheetRows& rows, const std::string& source) {
            const auto table = binding::table_from_rows(rows, source);
            return transaction(reg, [&](gov::Register& copy) { return io::attach_contacts(copy, table); });
        },
        py::arg("register"), py::arg("rows"), py::arg("source"),
        "The same from a sheet's rows ((row number, cells), the header first), as read from a workbook.");
}

} // namespace

void register_governance_io(py::module_& m) {
    register_documents(m);
    register_loaders(m);
    register_imports(m);
}

} // namespace boardroom::python

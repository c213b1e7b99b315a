// boardroom._core.governance: memberships and attendance, declarations of
// interest, minutes and resolutions, actions with their status history, the
// forward plan and data-quality notes. Conventions as in register_governance.cpp:
// ids are plain ints, list members are copies.
#include "binding_helpers.hpp"

#include "boardroom/governance/action.hpp"
#include "boardroom/governance/data_quality.hpp"
#include "boardroom/governance/membership.hpp"
#include "boardroom/governance/minutes.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace boardroom::python {

void register_governance_records(py::module_& m);

namespace {

namespace gov = boardroom::governance;
using namespace binding;






void register_memberships(py::module_& m) {
    py::class_<gov::Membership> ms(m, "Membership", "Who sits on which board, in what role, for whom, from when to when.");
    ms.def(py::init([](std::int64_t person, std::int64_t board, gov::Role role, std::int64_t on_behalf_of,
                       std::optional<Date> start, std::optional<Date> end, std::optional<bool> voting, std::string note) {
               gov::Membership out;
               out.person = PersonId{person};
               out.board = BoardId{board};
               out.role = role;
               out.on_behalf_of = OrganisationId{on_behalf_of};
               out.start = start;
               out.end = end;
               out.voting = voting;
               out.note = std::move(note);
               return out;
           }),
           py::arg("person") = 0, py::arg("board") = 0, py::kw_only(), py::arg_v("role", gov::Role::Member, "Role.MEMBER"),
           py::arg("on_behalf_of") = 0, py::arg("start") = py::none(), py::arg("end") = py::none(),
           py::arg("voting") = py::none(), py::arg("note") = "");
    id_property(ms, "person", &gov::Membership::person, "");
    id_property(ms, "board", &gov::Membership::board, "");
    ms.def_readwrite("role", &gov::Membership::role);
    id_property(ms, "on_behalf_of", &gov::Membership::on_behalf_of, "Organisation represented; 0 if none.");
    ms.def_readwrite("start", &gov::Membership::start, "None: a member since before the records begin.")
        .def_readwrite("end", &gov::Membership::end, "None: still a member.")
        .def_readwrite("voting", &gov::Membership::voting, "Voting rights when they differ from the role's usual ones.")
        .def_readwrite("note", &gov::Membership::note)
        .def_property_readonly("is_voting", &gov::is_voting)
        .def("active_on", &gov::active_on, py::arg("date"))
        .def("__repr__", [](const gov::Membership& x) {
            return "Membership(person=" + std::to_string(x.person.value()) + ", board=" + std::to_string(x.board.value()) +
                   ", role=" + quoted(std::string(gov::to_string(x.role))) + ", start=" + iso(x.start) +
                   ", end=" + iso(x.end) + ")";
        });
    copyable(ms);

    py::class_<gov::ChairChange> change(m, "ChairChange", "A chair handing over to another (outgoing 0: records start here).");
    id_property(change, "board", &gov::ChairChange::board, "");
    change.def_readonly("date", &gov::ChairChange::date);
    id_property(change, "outgoing", &gov::ChairChange::outgoing, "");
    id_property(change, "incoming", &gov::ChairChange::incoming, "");
    change.def("__repr__", [](const gov::ChairChange& c) {
        return "ChairChange(board=" + std::to_string(c.board.value()) + ", " + to_iso_string(c.date) +
               ", outgoing=" + std::to_string(c.outgoing.value()) + ", incoming=" + std::to_string(c.incoming.value()) + ")";
    });

    py::class_<gov::Attendance> att(m, "Attendance", "One person's attendance at one meeting, as minuted.");
    att.def(py::init([](std::int64_t meeting, std::int64_t person, gov::AttendanceStatus status, std::int64_t replaces,
                        std::string capacity, std::int64_t organisation, bool chaired) {
                gov::Attendance a;
                a.meeting = MeetingId{meeting};
                a.person = PersonId{person};
                a.status = status;
                a.replaces = PersonId{replaces};
                a.capacity = std::move(capacity);
                a.organisation = OrganisationId{organisation};
                a.chaired = chaired;
                return a;
            }),
            py::arg("meeting") = 0, py::arg("person") = 0, py::arg_v("status", gov::AttendanceStatus::Present, "AttendanceStatus.PRESENT"),
            py::kw_only(), py::arg("replaces") = 0, py::arg("capacity") = "", py::arg("organisation") = 0,
            py::arg("chaired") = false);
    id_property(att, "meeting", &gov::Attendance::meeting, "");
    id_property(att, "person", &gov::Attendance::person, "");
    att.def_readwrite("status", &gov::Attendance::status);
    id_property(att, "replaces", &gov::Attendance::replaces, "Substitutes only: the member stood in for; 0 otherwise.");
    att.def_readwrite("capacity", &gov::Attendance::capacity, "Job title as printed at this meeting.");
    id_property(att, "organisation", &gov::Attendance::organisation, "Organisation represented at this meeting.");
    att.def_readwrite("chaired", &gov::Attendance::chaired)
        .def_property_readonly("in_room", &gov::Attendance::in_room)
        .def("__repr__", [](const gov::Attendance& a) {
            return "Attendance(meeting=" + std::to_string(a.meeting.value()) + ", person=" +
                   std::to_string(a.person.value()) + ", " + quoted(std::string(gov::to_string(a.status))) +
                   (a.replaces.valid() ? ", replaces=" + std::to_string(a.replaces.value()) : std::string()) + ")";
        });
    copyable(att);
}

void register_minutes(py::module_& m) {
    py::class_<gov::DeclarationOfInterest> decl(m, "DeclarationOfInterest", "An interest a member declared.");
    decl.def(py::init([](std::int64_t member, gov::InterestKind kind, std::string text, std::string item,
                         std::optional<gov::AgendaPart> part, int exempt_paragraph) {
                 return gov::DeclarationOfInterest{PersonId{member}, std::move(item), kind, std::move(text), part,
                                                   exempt_paragraph};
             }),
             py::arg("member") = 0, py::arg_v("kind", gov::InterestKind::Other, "InterestKind.OTHER"), py::arg("text") = "", py::kw_only(),
             py::arg("item") = "", py::arg("part") = std::nullopt, py::arg("exempt_paragraph") = 0);
    id_property(decl, "member", &gov::DeclarationOfInterest::member, "");
    decl.def_readwrite("item", &gov::DeclarationOfInterest::item)
        .def_readwrite("kind", &gov::DeclarationOfInterest::kind)
        .def_readwrite("text", &gov::DeclarationOfInterest::text)
        .def_readwrite("part", &gov::DeclarationOfInterest::part,
                       "Part I / Part II of its item; None when not established (see disclose).")
        .def_readwrite("exempt_paragraph", &gov::DeclarationOfInterest::exempt_paragraph, "Part II: 1-7, 0 if not given.")
        .def("__repr__", [](const gov::DeclarationOfInterest& d) {
            return "DeclarationOfInterest(member=" + std::to_string(d.member.value()) + ", " +
                   quoted(std::string(gov::to_string(d.kind))) + ", item=" + quoted(d.item) + ")";
        });
    copyable(decl);

    py::class_<gov::InterestsRecord> rec(m, "InterestsRecord",
                                         "A meeting's disclosure of interests; none_disclosed differs from not recorded.");
    rec.def(py::init([](std::int64_t meeting, bool none_disclosed, std::vector<gov::DeclarationOfInterest> declarations,
                        std::string as_minuted) {
                return gov::InterestsRecord{MeetingId{meeting}, none_disclosed, std::move(declarations), std::move(as_minuted)};
            }),
            py::arg("meeting") = 0, py::kw_only(), py::arg("none_disclosed") = false,
            py::arg("declarations") = std::vector<gov::DeclarationOfInterest>{}, py::arg("as_minuted") = "");
    id_property(rec, "meeting", &gov::InterestsRecord::meeting, "");
    rec.def_readwrite("none_disclosed", &gov::InterestsRecord::none_disclosed);
    copy_property(rec, "declarations", &gov::InterestsRecord::declarations, "Declarations (a copy).");
    rec.def_readwrite("as_minuted", &gov::InterestsRecord::as_minuted).def("__repr__", [](const gov::InterestsRecord& r) {
        return "InterestsRecord(meeting=" + std::to_string(r.meeting.value()) +
               (r.none_disclosed ? std::string(", none disclosed")
                                 : ", " + std::to_string(r.declarations.size()) + " declaration(s)") +
               ")";
    });
    copyable(rec);

    py::class_<gov::Resolution> res(m, "Resolution", "'Resolved that; (i) ... (ii) ...': the parts, without labels.");
    res.def(py::init([](std::string preamble, std::vector<std::string> parts) {
                return gov::Resolution{std::move(preamble), std::move(parts)};
            }),
            py::arg("preamble") = "", py::arg("parts") = std::vector<std::string>{})
        .def_readwrite("preamble", &gov::Resolution::preamble)
        .def_readwrite("parts", &gov::Resolution::parts)
        .def("__repr__", [](const gov::Resolution& r) {
            return "Resolution(" + quoted(r.preamble) + ", " + std::to_string(r.parts.size()) + " part(s))";
        });
    copyable(res);
    m.def("resolution_label", &gov::resolution_label, py::arg("index"), "'(i)', '(ii)', ... for a 0-based index.");
    m.def("parse_roman", &gov::parse_roman, py::arg("text"), "'iv' -> 4; 0 if not a roman numeral.");

    py::class_<gov::MinuteItem> minute(m, "MinuteItem", "The minute of one item: narrative and resolutions.");
    minute.def(py::init<>());
    id_property(minute, "meeting", &gov::MinuteItem::meeting, "");
    minute.def_readwrite("number", &gov::MinuteItem::number)
        .def_readwrite("title", &gov::MinuteItem::title)
        .def_readwrite("paragraphs", &gov::MinuteItem::paragraphs)
        .def_readwrite("part", &gov::MinuteItem::part,
                       "Part I / Part II, from the minutes' headings or the agenda; None when not established.")
        .def_readwrite("exempt_paragraph", &gov::MinuteItem::exempt_paragraph, "Part II: 1-7, 0 if not given.");
    copy_property(minute, "resolutions", &gov::MinuteItem::resolutions, "Resolutions (a copy).");
    minute.def("__repr__", [](const gov::MinuteItem& x) {
        return "<MinuteItem " + x.number + ": " + x.title + " (meeting " + std::to_string(x.meeting.value()) + ")>";
    });
    copyable(minute);

    py::class_<gov::MinutesApproval> approval(m, "MinutesApproval", "Earlier minutes agreed as a correct record.");
    approval.def(py::init<>());
    id_property(approval, "at", &gov::MinutesApproval::at, "The meeting that approved them.");
    approval.def_readwrite("item", &gov::MinutesApproval::item).def_readwrite("minutes_of", &gov::MinutesApproval::minutes_of);
    id_property(approval, "minutes_of_meeting", &gov::MinutesApproval::minutes_of_meeting, "0 if not in the register.");
    approval.def_readwrite("as_correct_record", &gov::MinutesApproval::as_correct_record)
        .def_readwrite("as_minuted", &gov::MinutesApproval::as_minuted)
        .def("__repr__", [](const gov::MinutesApproval& a) {
            return "MinutesApproval(at=" + std::to_string(a.at.value()) + ", minutes_of=" + to_iso_string(a.minutes_of) + ")";
        });
    copyable(approval);
}

void register_actions(py::module_& m) {
    py::class_<gov::StatusChange> change(m, "StatusChange", "One dated entry of an action's status history.");
    change
        .def(py::init([](Date date, gov::ActionStatus status, std::string note) {
                 return gov::StatusChange{date, status, std::move(note)};
             }),
             py::arg("date"), py::arg("status"), py::arg("note") = "")
        .def_readwrite("date", &gov::StatusChange::date)
        .def_readwrite("status", &gov::StatusChange::status)
        .def_readwrite("note", &gov::StatusChange::note)
        .def("__repr__", [](const gov::StatusChange& c) {
            return "StatusChange(" + to_iso_string(c.date) + ", " + quoted(std::string(gov::to_string(c.status))) +
                   (c.note.empty() ? std::string() : ", " + quoted(c.note)) + ")";
        });
    copyable(change);

    py::class_<gov::Due> due(m, "Due", "When an action is due: a date, the next meeting, or unspecified.");
    py::enum_<gov::Due::Kind>(due, "Kind")
        .value("UNSPECIFIED", gov::Due::Kind::Unspecified)
        .value("ON_DATE", gov::Due::Kind::OnDate)
        .value("NEXT_MEETING", gov::Due::Kind::NextMeeting)
        .def_property_readonly("label", [](gov::Due::Kind k) -> std::string {
            switch (k) {
            case gov::Due::Kind::Unspecified: return "not said";
            case gov::Due::Kind::OnDate: return "on date";
            case gov::Due::Kind::NextMeeting: return "next meeting";
            }
            return "";
        });
    due.def(py::init<>())
        .def_static("on", &gov::Due::on, py::arg("date"))
        .def_static("next_meeting", &gov::Due::next_meeting)
        .def_readwrite("kind", &gov::Due::kind)
        .def_property_readonly("date", [](const gov::Due& d) -> std::optional<Date> {
            if (d.kind == gov::Due::Kind::OnDate) return d.date;
            return std::nullopt;
        }, "The date for ON_DATE; None otherwise.")
        .def("__repr__", [](const gov::Due& d) -> std::string {
            switch (d.kind) {
            case gov::Due::Kind::OnDate: return "Due.on(" + to_iso_string(d.date) + ")";
            case gov::Due::Kind::NextMeeting: return "Due.next_meeting()";
            case gov::Due::Kind::Unspecified: break;
            }
            return "Due()";
        });
    copyable(due);

    py::class_<gov::Action> action(m, "Action", "An action from the minutes: owners, due date and status history.");
    action.def(py::init([](std::int64_t raised_at, std::string text, const std::vector<std::int64_t>& owners,
                           std::string item, gov::Due due_when, std::optional<gov::AgendaPart> part,
                           int exempt_paragraph) {
                   gov::Action a;
                   a.part = part;
                   a.exempt_paragraph = exempt_paragraph;
                   a.raised_at = MeetingId{raised_at};
                   a.text = std::move(text);
                   for (const auto o : owners) a.owners.push_back(PersonId{o});
                   a.item = std::move(item);
                   a.due = due_when;
                   return a;
               }),
               py::arg("raised_at") = 0, py::arg("text") = "", py::arg("owners") = std::vector<std::int64_t>{},
               py::kw_only(), py::arg("item") = "", py::arg("due") = gov::Due::next_meeting(),
               py::arg("part") = std::nullopt, py::arg("exempt_paragraph") = 0);
    id_property(action, "id", &gov::Action::id, "Id in a Register; 0 until added.");
    id_property(action, "raised_at", &gov::Action::raised_at, "The meeting that raised it.");
    action.def_readwrite("item", &gov::Action::item, "Minute item number where it was raised.")
        .def_readwrite("text", &gov::Action::text);
    id_list_property(action, "owners", &gov::Action::owners, "Owners' person ids (a copy).");
    action.def_readwrite("owners_as_printed", &gov::Action::owners_as_printed, "'SA/SM'; empty when typed in.")
        .def_readwrite("due", &gov::Action::due)
        .def_readwrite("part", &gov::Action::part,
                       "Part I / Part II of the item it was raised at; None when not established.")
        .def_readwrite("exempt_paragraph", &gov::Action::exempt_paragraph, "Part II: 1-7, 0 if not given.");
    copy_property(action, "history", &gov::Action::history, "Status changes, oldest first (a copy).");
    action.def_property_readonly("status", &gov::status_of, "Latest status (open if no history).")
        .def("status_on", &gov::status_on, py::arg("date"), "Status as of that date.")
        .def("set_status", &gov::set_status, py::arg("date"), py::arg("status"), py::arg("note") = "",
             "Appends a status change; raises ValidationError if dated before the last one.")
        .def("__repr__", [](const gov::Action& a) {
            return "Action(" + std::to_string(a.id.value()) + ", item=" + quoted(a.item) +
                   ", owners=" + quoted(a.owners_as_printed) + ", " + quoted(std::string(gov::to_string(gov::status_of(a)))) +
                   ")";
        });
    copyable(action);

    py::class_<gov::ForwardPlanEntry> entry(m, "ForwardPlanEntry", "A forward-plan topic for a meeting (None: not yet scheduled).");
    entry.def(py::init([](std::int64_t board, std::string topic, std::optional<Date> meeting_date,
                          std::vector<std::string> lead_officers, std::string notes, gov::AgendaPart part,
                          int exempt_paragraph) {
                  return gov::ForwardPlanEntry{BoardId{board}, meeting_date, std::move(topic), std::move(lead_officers),
                                               std::move(notes), part, exempt_paragraph};
              }),
              py::arg("board") = 0, py::arg("topic") = "", py::kw_only(), py::arg("meeting_date") = py::none(),
              py::arg("lead_officers") = std::vector<std::string>{}, py::arg("notes") = "",
              py::arg_v("part", gov::AgendaPart::Public, "AgendaPart.PUBLIC"), py::arg("exempt_paragraph") = 0);
    id_property(entry, "board", &gov::ForwardPlanEntry::board, "");
    entry.def_readwrite("meeting_date", &gov::ForwardPlanEntry::meeting_date)
        .def_readwrite("topic", &gov::ForwardPlanEntry::topic)
        .def_readwrite("lead_officers", &gov::ForwardPlanEntry::lead_officers)
        .def_readwrite("notes", &gov::ForwardPlanEntry::notes)
        .def_readwrite("part", &gov::ForwardPlanEntry::part, "Part I unless marked as Part II business.")
        .def_readwrite("exempt_paragraph", &gov::ForwardPlanEntry::exempt_paragraph, "Part II: 1-7, 0 if not given.")
        .def("__repr__", [](const gov::ForwardPlanEntry& e) {
            return "ForwardPlanEntry(" + iso(e.meeting_date) + ", " + quoted(e.topic) + ")";
        });
    copyable(entry);

    py::class_<gov::DataQualityNote> note(m, "DataQualityNote",
                                          "Where a document disagrees with itself: file, line (0: whole file), message.");
    note.def(py::init([](std::string file, std::size_t line, std::string message) {
                 return gov::DataQualityNote{std::move(file), line, std::move(message)};
             }),
             py::arg("file"), py::arg("line"), py::arg("message"))
        .def_readonly("file", &gov::DataQualityNote::file)
        .def_readonly("line", &gov::DataQualityNote::line)
        .def_readonly("message", &gov::DataQualityNote::message)
        .def("__str__", [](const gov::DataQualityNote& n) { return gov::to_string(n); })
        .def("__repr__", [](const gov::DataQualityNote& n) {
            return "DataQualityNote(" + quoted(n.file) + ", " + std::to_string(n.line) + ", " + quoted(n.message) + ")";
        })
        .def("__eq__",
             [](const gov::DataQualityNote& a, const py::object& other) -> py::object {
                 if (!py::isinstance<gov::DataQualityNote>(other))
                     return py::reinterpret_borrow<py::object>(Py_NotImplemented);
                 return py::bool_(a == other.cast<const gov::DataQualityNote&>());
             })
        .def("__hash__", [](const gov::DataQualityNote& n) { return py::hash(py::make_tuple(n.file, n.line, n.message)); });
}

} // namespace

void register_governance_records(py::module_& m) {
    register_memberships(m);
    register_minutes(m);
    register_actions(m);
}

} // namespace boardroom::python

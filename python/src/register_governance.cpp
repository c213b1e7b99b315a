// boardroom._core.governance: the governance value types (meetings and agendas,
// organisations, people, boards, memberships, attendance, minutes, actions,
// forward plans). The Register, its queries and the text loaders are bound in
// register_governance_register.cpp and register_governance_io.cpp.
//
// Ids are plain ints in Python (0 = none, as in C++). List members are copied
// in and out: a Python list that pointed into a C++ vector would dangle once
// the vector grows. Change a list member by assigning the whole list.
#include "binding_helpers.hpp"

#include "boardroom/governance/data_quality.hpp"
#include "boardroom/governance/register.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace boardroom::python {

void register_governance_records(py::module_& m);
void register_governance_register(py::module_& m);
void register_governance_io(py::module_& m);

namespace {

namespace gov = boardroom::governance;
using namespace binding;





// `.label` (the C++ to_string) and `parse(text)` (None when not recognised).
template <class E, class Parse>
void labelled(py::enum_<E>& e, Parse parse) {
    e.def_property_readonly("label", [](E v) { return std::string(gov::to_string(v)); });
    e.def_static(
        "parse", [parse](const std::string& text) -> std::optional<E> { return parse(text); }, py::arg("text"),
        "The value a printed word names (case-insensitive); None if it names none.");
}

void register_enums(py::module_& m) {
    py::enum_<gov::ItemPurpose> purpose(m, "ItemPurpose", "What the board is asked to do with an item ('Item for').");
    purpose.value("INFORMATION", gov::ItemPurpose::Information)
        .value("ACTION", gov::ItemPurpose::Action)
        .value("DISCUSS", gov::ItemPurpose::Discuss)
        .value("DECISION", gov::ItemPurpose::Decision);
    labelled(purpose, &gov::parse_item_purpose);

    py::enum_<gov::AgendaPart> part(m, "AgendaPart", "Part I (public) or Part II (exempt under Schedule 12A).");
    part.value("PUBLIC", gov::AgendaPart::Public).value("EXEMPT", gov::AgendaPart::Exempt);
    labelled(part, &gov::parse_agenda_part);

    py::enum_<gov::MeetingStatus> status(m, "MeetingStatus");
    status.value("SCHEDULED", gov::MeetingStatus::Scheduled)
        .value("TO_BE_CONFIRMED", gov::MeetingStatus::ToBeConfirmed)
        .value("HELD", gov::MeetingStatus::Held)
        .value("CANCELLED", gov::MeetingStatus::Cancelled);
    labelled(status, &gov::parse_meeting_status);

    py::enum_<gov::BoardKind> kind(m, "BoardKind", "Board, committee, or task-and-finish group.");
    kind.value("BOARD", gov::BoardKind::Board)
        .value("COMMITTEE", gov::BoardKind::Committee)
        .value("TASK_AND_FINISH_GROUP", gov::BoardKind::TaskAndFinishGroup);
    labelled(kind, &gov::parse_board_kind);

    py::enum_<gov::StandingPlace>(m, "StandingPlace",
                                  "Where a standing item goes on a draft agenda: opening run, body, closing run.")
        .value("OPENING", gov::StandingPlace::Opening)
        .value("BODY", gov::StandingPlace::Body)
        .value("CLOSING", gov::StandingPlace::Closing)
        .def_property_readonly("label", [](gov::StandingPlace p) -> std::string {
            switch (p) {
            case gov::StandingPlace::Opening: return "opening";
            case gov::StandingPlace::Body: return "body";
            case gov::StandingPlace::Closing: return "closing";
            }
            return "";
        });

    py::enum_<gov::Role> role(m, "Role", "A member's role on a board.");
    role.value("CHAIR", gov::Role::Chair)
        .value("DEPUTY_CHAIR", gov::Role::DeputyChair)
        .value("MEMBER", gov::Role::Member)
        .value("CO_OPTED", gov::Role::CoOpted)
        .value("OFFICER", gov::Role::Officer)
        .value("ADVISER", gov::Role::Adviser);
    labelled(role, &gov::parse_role);

    py::enum_<gov::AttendanceStatus> attendance(m, "AttendanceStatus", "How the minutes record a person.");
    attendance.value("PRESENT", gov::AttendanceStatus::Present)
        .value("APOLOGIES", gov::AttendanceStatus::Apologies)
        .value("ABSENT", gov::AttendanceStatus::Absent)
        .value("SUBSTITUTE", gov::AttendanceStatus::Substitute)
        .value("IN_ATTENDANCE", gov::AttendanceStatus::InAttendance);
    labelled(attendance, &gov::parse_attendance_status);

    py::enum_<gov::InterestKind> interest(m, "InterestKind", "Kind of a declared interest.");
    interest.value("PECUNIARY", gov::InterestKind::Pecuniary)
        .value("NON_PECUNIARY", gov::InterestKind::NonPecuniary)
        .value("OTHER", gov::InterestKind::Other);
    labelled(interest, &gov::parse_interest_kind);

    py::enum_<gov::ActionStatus> action(m, "ActionStatus", "Status of an action; open and in progress are outstanding.");
    action.value("OPEN", gov::ActionStatus::Open)
        .value("IN_PROGRESS", gov::ActionStatus::InProgress)
        .value("DONE", gov::ActionStatus::Done)
        .value("DROPPED", gov::ActionStatus::Dropped)
        .def_property_readonly("is_outstanding", [](gov::ActionStatus s) { return gov::is_outstanding(s); });
    labelled(action, &gov::parse_action_status);
}

void register_meetings(py::module_& m) {
    py::class_<gov::PageRange>(m, "PageRange", "Pages of the agenda pack that carry an item's papers.")
        .def(py::init<int, int>(), py::arg("first"), py::arg("last"))
        .def_readonly("first", &gov::PageRange::first)
        .def_readonly("last", &gov::PageRange::last)
        .def("__eq__",
             [](const gov::PageRange& a, const py::object& other) -> py::object {
                 if (!py::isinstance<gov::PageRange>(other))
                     return py::reinterpret_borrow<py::object>(Py_NotImplemented);
                 return py::bool_(a == other.cast<const gov::PageRange&>());
             })
        .def("__hash__", [](const gov::PageRange& r) { return py::hash(py::make_tuple(r.first, r.last)); })
        .def("__repr__", [](const gov::PageRange& r) {
            return "PageRange(" + std::to_string(r.first) + ", " + std::to_string(r.last) + ")";
        });

    py::class_<gov::AgendaItem> item(m, "AgendaItem", "One item of a meeting's agenda.");
    item.def(py::init<>())
        .def_readwrite("number", &gov::AgendaItem::number)
        .def_readwrite("title", &gov::AgendaItem::title)
        .def_readwrite("purpose", &gov::AgendaItem::purpose)
        .def_readwrite("intended_outcome", &gov::AgendaItem::intended_outcome)
        .def_readwrite("leads", &gov::AgendaItem::leads)
        .def_readwrite("pages", &gov::AgendaItem::pages)
        .def_readwrite("part", &gov::AgendaItem::part)
        .def_readwrite("exempt_paragraph", &gov::AgendaItem::exempt_paragraph)
        .def_readwrite("standing", &gov::AgendaItem::standing)
        .def_readwrite("urgent_reason", &gov::AgendaItem::urgent_reason,
                       "For urgent business the chair admitted, the special circumstances recorded in the "
                       "minutes; None for an item on the published agenda.")
        .def_property_readonly("is_exempt", &gov::AgendaItem::is_exempt)
        .def_property_readonly("is_urgent", &gov::AgendaItem::is_urgent)
        .def("__repr__", [](const gov::AgendaItem& i) { return "<AgendaItem " + i.number + ": " + i.title + ">"; });
    copyable(item);

    py::class_<gov::Meeting> meeting(m, "Meeting", "A meeting of a board and its agenda.");
    meeting.def(py::init<>());
    id_property(meeting, "id", &gov::Meeting::id, "Id in a Register; 0 if not in one.");
    meeting.def_readwrite("board", &gov::Meeting::board)
        .def_readwrite("date", &gov::Meeting::date)
        .def_readwrite("start", &gov::Meeting::start)
        .def_readwrite("end", &gov::Meeting::end, "When the meeting is due to finish, if printed.")
        .def_readwrite("venue", &gov::Meeting::venue)
        .def_readwrite("status", &gov::Meeting::status);
    id_property(meeting, "board_id", &gov::Meeting::board_id, "The board in a Register; 0 if not in one.");
    copy_property(meeting, "agenda", &gov::Meeting::agenda, "The items in printed order (a copy).");
    meeting
        .def("item", &gov::Meeting::item, py::arg("number"), py::return_value_policy::copy,
             "The item printed with this number; raises NotFoundError.")
        .def("__repr__", [](const gov::Meeting& mt) {
            return "<Meeting " + mt.board + " " + to_iso_string(mt.date) + ", " + std::to_string(mt.agenda.size()) +
                   " items>";
        });
    copyable(meeting);

    m.def("validate", &gov::validate, py::arg("meeting"),
          "Checks the agenda rules; raises ValidationError naming the item.");
    m.def(
        "exempt_paragraph_description",
        [](int paragraph) { return std::string(gov::exempt_paragraph_description(paragraph)); }, py::arg("paragraph"),
        "What Schedule 12A paragraph 1-7 covers.");
}

void register_people(py::module_& m) {
    py::class_<gov::Organisation> org(m, "Organisation", "An organisation people sit on boards for (Popolo Organization).");
    org.def(py::init([](std::string name, std::vector<std::string> aliases, std::string classification) {
                 gov::Organisation o;
                 o.name = std::move(name);
                 o.aliases = std::move(aliases);
                 o.classification = std::move(classification);
                 return o;
             }),
             py::arg("name") = "", py::kw_only(), py::arg("aliases") = std::vector<std::string>{},
             py::arg("classification") = "");
    id_property(org, "id", &gov::Organisation::id, "Id in a Register; 0 until added.");
    org.def_readwrite("name", &gov::Organisation::name)
        .def_readwrite("aliases", &gov::Organisation::aliases)
        .def_readwrite("classification", &gov::Organisation::classification)
        .def("__repr__", [](const gov::Organisation& o) {
            return "Organisation(" + std::to_string(o.id.value()) + ", " + quoted(o.name) + ")";
        });
    copyable(org);

    py::class_<gov::ContactDetails> contact(m, "ContactDetails",
                                            "Private data: never part of a public export. The repr hides it.");
    contact
        .def(py::init([](std::string phone, std::string email, std::string postcode) {
                 return gov::ContactDetails{std::move(phone), std::move(email), std::move(postcode)};
             }),
             py::kw_only(), py::arg("phone") = "", py::arg("email") = "", py::arg("postcode") = "")
        .def_readwrite("phone", &gov::ContactDetails::phone)
        .def_readwrite("email", &gov::ContactDetails::email)
        .def_readwrite("postcode", &gov::ContactDetails::postcode, "Of a private address.")
        .def("__repr__", [](const gov::ContactDetails&) { return std::string("<ContactDetails (private)>"); });
    copyable(contact);

    py::class_<gov::DatedTitle> title(m, "DatedTitle", "A job title held from one date to another (either may be unknown).");
    title
        .def(py::init([](std::string text, std::optional<Date> from, std::optional<Date> to, std::optional<Date> seen_on) {
                 return gov::DatedTitle{std::move(text), from, to, seen_on};
             }),
             py::arg("title") = "", py::kw_only(), py::arg("from_") = py::none(), py::arg("to") = py::none(),
             py::arg("seen_on") = py::none())
        .def_readwrite("title", &gov::DatedTitle::title)
        .def_readwrite("from_", &gov::DatedTitle::from, "First day held, if known.")
        .def_readwrite("to", &gov::DatedTitle::to, "Last day held, if known.")
        .def_readwrite("seen_on", &gov::DatedTitle::seen_on, "A date on which the title was printed.")
        .def("held_on", &gov::DatedTitle::held_on, py::arg("date"))
        .def("__repr__", [](const gov::DatedTitle& t) {
            return "DatedTitle(" + quoted(t.title) + ", from_=" + iso(t.from) + ", to=" + iso(t.to) +
                   ", seen_on=" + iso(t.seen_on) + ")";
        });
    copyable(title);

    py::class_<gov::PersonName> name(m, "PersonName", "A name as printed, split into its parts.");
    name.def(py::init([](const std::string& printed) { return gov::parse_person_name(printed); }), py::arg("printed"),
             "Parses a printed name ('Cllr Yvonne Gagen', 'Rebecca Huddleston(Chair)'); raises ValidationError if empty.")
        .def_readwrite("honorific", &gov::PersonName::honorific)
        .def_readwrite("given_name", &gov::PersonName::given_name)
        .def_readwrite("family_name", &gov::PersonName::family_name)
        .def_readwrite("chair_marker", &gov::PersonName::chair_marker)
        .def("__repr__", [](const gov::PersonName& n) {
            return "PersonName(honorific=" + quoted(n.honorific) + ", given_name=" + quoted(n.given_name) +
                   ", family_name=" + quoted(n.family_name) + ", chair_marker=" + quoted(n.chair_marker) + ")";
        });
    copyable(name);
    m.def("parse_person_name", &gov::parse_person_name, py::arg("printed"),
          "Splits a printed name into honorific, given and family name, and a '(Chair)' marker.");

    py::class_<gov::Person> person(m, "Person", "Someone who sits on or attends boards (Popolo Person).");
    person.def(py::init([](std::string given_name, std::string family_name, std::string honorific,
                           std::string initials, std::int64_t organisation) {
                   gov::Person p;
                   p.given_name = std::move(given_name);
                   p.family_name = std::move(family_name);
                   p.honorific = std::move(honorific);
                   p.initials = std::move(initials);
                   p.organisation = OrganisationId{organisation};
                   return p;
               }),
               py::arg("given_name") = "", py::arg("family_name") = "", py::kw_only(), py::arg("honorific") = "",
               py::arg("initials") = "", py::arg("organisation") = 0);
    id_property(person, "id", &gov::Person::id, "Id in a Register; 0 until added.");
    person.def_readwrite("honorific", &gov::Person::honorific)
        .def_readwrite("given_name", &gov::Person::given_name)
        .def_readwrite("family_name", &gov::Person::family_name)
        .def_readwrite("initials", &gov::Person::initials,
                       "Initials set explicitly; empty to derive them (see initials_of / derived_initials).")
        .def_readwrite("other_names", &gov::Person::other_names, "Other printed forms of the name.");
    copy_property(person, "titles", &gov::Person::titles, "Job titles with their dates (a copy).");
    id_property(person, "organisation", &gov::Person::organisation, "Employer or council; 0 if unknown.");
    copy_property(person, "contact", &gov::Person::contact, "Private contact details, or None (a copy).");
    person.def_property_readonly("full_name", &gov::full_name, "'Yvonne Gagen'.")
        .def_property_readonly("display_name", &gov::display_name, "'Cllr Yvonne Gagen'.")
        .def_property_readonly("derived_initials", &gov::initials_of, "The initials ACTION BY columns use: 'KT'.")
        .def("title_on", &gov::title_on, py::arg("date"), "The title held on that date, or None.")
        .def("note_title", &gov::note_title, py::arg("title"), py::arg("date"),
             "Records that the person was printed with this title on this date.")
        .def("matches", [](const gov::Person& p, const std::string& printed) {
                 return gov::name_matches(p, gov::parse_person_name(printed));
             }, py::arg("printed"), "Could this printed name be this person?")
        .def("__repr__", [](const gov::Person& p) {
            return "Person(" + std::to_string(p.id.value()) + ", " + quoted(gov::display_name(p)) + ")";
        });
    copyable(person);

    m.def("full_name", &gov::full_name, py::arg("person"));
    m.def("display_name", &gov::display_name, py::arg("person"));
    m.def("initials_of", &gov::initials_of, py::arg("person"));
    m.def("name_matches", &gov::name_matches, py::arg("person"), py::arg("printed"));
    m.def("is_councillor_honorific", &gov::is_councillor_honorific, py::arg("honorific"));
    m.def("item_key", &gov::item_key, py::arg("number"),
          "The one form item numbers are compared in: '7.', '07', 'Item 7' -> '7'; '5A' -> '5a'.");
    m.def("normalise_name", &gov::normalise_name, py::arg("name"),
          "Key for comparing names: lower case words, '&' read as 'and', punctuation dropped.");
}

void register_boards(py::module_& m) {
    py::class_<gov::QuorumRule> rule(m, "QuorumRule", "How many voting members make a meeting quorate.");
    py::enum_<gov::QuorumRule::Kind>(rule, "Kind")
        .value("COUNT", gov::QuorumRule::Kind::Count)
        .value("FRACTION", gov::QuorumRule::Kind::Fraction)
        .def_property_readonly("label", [](gov::QuorumRule::Kind k) {
            return std::string(k == gov::QuorumRule::Kind::Count ? "count" : "fraction");
        });
    rule.def(py::init<>())
        .def_static("at_least", &gov::QuorumRule::at_least, py::arg("members"))
        .def_static("fraction", &gov::QuorumRule::fraction, py::arg("numerator"), py::arg("denominator"),
                    py::arg("minimum") = 0)
        .def_readwrite("kind", &gov::QuorumRule::kind)
        .def_readwrite("count", &gov::QuorumRule::count)
        .def_readwrite("numerator", &gov::QuorumRule::numerator)
        .def_readwrite("denominator", &gov::QuorumRule::denominator)
        .def_readwrite("minimum", &gov::QuorumRule::minimum)
        .def("required", [](const gov::QuorumRule& r, int voting_members) { return gov::required_for_quorum(r, voting_members); },
             py::arg("voting_members"), "Voting members needed; raises ValidationError for a malformed rule.")
        .def("__repr__", [](const gov::QuorumRule& r) {
            if (r.kind == gov::QuorumRule::Kind::Count) return "QuorumRule.at_least(" + std::to_string(r.count) + ")";
            return "QuorumRule.fraction(" + std::to_string(r.numerator) + ", " + std::to_string(r.denominator) +
                   (r.minimum ? ", minimum=" + std::to_string(r.minimum) : std::string()) + ")";
        });
    copyable(rule);

    py::class_<gov::StandingItem> standing(m, "StandingItem", "An item on every agenda, and where it goes.");
    standing
        .def(py::init([](gov::AgendaItem item, gov::StandingPlace place) { return gov::StandingItem{std::move(item), place}; }),
             py::arg("item"), py::arg_v("place", gov::StandingPlace::Body, "StandingPlace.BODY"))
        .def_readwrite("item", &gov::StandingItem::item)
        .def_readwrite("place", &gov::StandingItem::place)
        .def("__repr__", [](const gov::StandingItem& s) {
            return "StandingItem(" + quoted(s.item.title) + ", " + std::string(py::str(py::cast(s.place))) + ")";
        });
    copyable(standing);

    py::class_<gov::Board> board(m, "Board", "A board, committee or task-and-finish group.");
    board.def(py::init([](std::string name, gov::BoardKind kind, std::vector<std::string> aliases, std::int64_t parent,
                          std::string remit, std::optional<Date> planned_end) {
                  gov::Board b;
                  b.name = std::move(name);
                  b.kind = kind;
                  b.aliases = std::move(aliases);
                  b.parent = BoardId{parent};
                  b.remit = std::move(remit);
                  b.planned_end = planned_end;
                  return b;
              }),
              py::arg("name") = "", py::kw_only(), py::arg_v("kind", gov::BoardKind::Board, "BoardKind.BOARD"),
              py::arg("aliases") = std::vector<std::string>{}, py::arg("parent") = 0, py::arg("remit") = "",
              py::arg("planned_end") = py::none());
    id_property(board, "id", &gov::Board::id, "Id in a Register; 0 until added.");
    board.def_readwrite("name", &gov::Board::name)
        .def_readwrite("aliases", &gov::Board::aliases)
        .def_readwrite("kind", &gov::Board::kind);
    id_property(board, "parent", &gov::Board::parent, "The board that set up this group; 0 if none.");
    id_property(board, "host", &gov::Board::host, "The organisation that services it; 0 if unknown.");
    board.def_readwrite("remit", &gov::Board::remit)
        .def_readwrite("established", &gov::Board::established)
        .def_readwrite("planned_end", &gov::Board::planned_end)
        .def_readwrite("ended", &gov::Board::ended);
    copy_property(board, "quorum", &gov::Board::quorum, "The quorum rule, or None (a copy).");
    copy_property(board, "standing_items", &gov::Board::standing_items, "Standing items in agenda order (a copy).");
    board.def("is_called", &gov::Board::is_called, py::arg("name"), "True if the name or an alias is this board's.")
        .def("__repr__", [](const gov::Board& b) {
            return "Board(" + std::to_string(b.id.value()) + ", " + quoted(b.name) + ", " +
                   quoted(std::string(gov::to_string(b.kind))) + ")";
        });
    copyable(board);

    py::class_<gov::ReportingLine> line(m, "ReportingLine", "One board reporting to another.");
    line.def(py::init([](std::int64_t from, std::int64_t to) { return gov::ReportingLine{BoardId{from}, BoardId{to}}; }),
             py::arg("from_"), py::arg("to"));
    id_property(line, "from_", &gov::ReportingLine::from, "The board that reports.");
    id_property(line, "to", &gov::ReportingLine::to, "The board it reports to.");
    line.def("__repr__", [](const gov::ReportingLine& l) {
        return "ReportingLine(" + std::to_string(l.from.value()) + ", " + std::to_string(l.to.value()) + ")";
    });
    copyable(line);

    m.def("board_name_key", &gov::board_name_key, py::arg("name"),
          "Key under which board names compare equal (word order and punctuation ignored).");
    m.def("is_meeting_dates_item", &gov::is_meeting_dates_item, py::arg("title"));
    m.def("standing_items_from", &gov::standing_items_from, py::arg("agenda"),
          "The standing items of a printed agenda, with their places.");
    m.def("required_for_quorum", &gov::required_for_quorum, py::arg("rule"), py::arg("voting_members"));
}

} // namespace

void register_governance(py::module_& m) {
    register_enums(m);
    register_meetings(m);
    register_people(m);
    register_boards(m);
    register_governance_records(m);
    register_governance_register(m);
    register_governance_io(m);
}

} // namespace boardroom::python

// boardroom._core.governance: the Register (all the governance records of one
// or more boards), its lookups and edits, and the questions officers ask of it.
//
// The record lists are copied in and out (see register_governance.cpp). Edits
// are methods that check first and leave the register unchanged if they raise.
// Whole-register queries run with the GIL released on a copy of the register
// taken while it is held, so another thread editing the same register cannot
// change the vectors under a running query.
#include "binding_helpers.hpp"

#include "boardroom/core/error.hpp"
#include "boardroom/governance/parts.hpp"
#include "boardroom/governance/queries.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace boardroom::python {

void register_governance_register(py::module_& m);

namespace {

namespace gov = boardroom::governance;
using binding::copy_property;

using IdValue = std::int64_t;

template <class Tag>
std::vector<IdValue> values(const std::vector<Id<Tag>>& ids) {
    std::vector<IdValue> out;
    out.reserve(ids.size());
    for (const auto id : ids) out.push_back(id.value());
    return out;
}

template <class Tag>
std::optional<IdValue> value(const std::optional<Id<Tag>>& id) {
    if (id) return id->value();
    return std::nullopt;
}

template <class C, class Tag>
void id_readonly(py::class_<C>& cls, const char* name, Id<Tag> C::*member) {
    cls.def_property_readonly(name, [member](const C& self) { return (self.*member).value(); });
}


// Applies `edit` to a copy and keeps the copy only if `edit` returns normally.
template <class F>
auto transaction(gov::Register& reg, F edit) {
    gov::Register copy = reg;
    if constexpr (std::is_void_v<decltype(edit(copy))>) {
        edit(copy);
        reg = std::move(copy);
    } else {
        auto result = edit(copy);
        reg = std::move(copy);
        return result;
    }
}

constexpr Date kEarliest{std::chrono::year{1}, std::chrono::January, std::chrono::day{1}};
constexpr Date kLatest{std::chrono::year{9999}, std::chrono::December, std::chrono::day{31}};

BoardId board_or_all(const std::optional<IdValue>& board) { return BoardId{board.value_or(0)}; }

void check_board_names(const gov::Register& reg, const gov::Board& b) {
    std::vector<std::string> names{b.name};
    names.insert(names.end(), b.aliases.begin(), b.aliases.end());
    for (const auto& other : reg.boards) {
        if (other.id == b.id) continue;
        for (const auto& name : names)
            if (other.is_called(name))
                throw ValidationError("'" + name + "' already names the board '" + other.name + "'");
    }
}

void register_register(py::module_& m) {
    py::class_<gov::PersonMatch> match(m, "PersonMatch", "The person a printed name was matched to, or added as.");
    id_readonly(match, "id", &gov::PersonMatch::id);
    match.def_readonly("added", &gov::PersonMatch::added)
        .def_readonly("ambiguous", &gov::PersonMatch::ambiguous)
        .def("__repr__", [](const gov::PersonMatch& x) {
            return "PersonMatch(" + std::to_string(x.id.value()) + (x.added ? ", added" : "") +
                   (x.ambiguous ? ", ambiguous" : "") + ")";
        });

    py::class_<gov::Register> reg(m, "Register",
                                  "The governance records of one or more boards. The record lists are copies: change "
                                  "the register through its methods (or assign a whole list, then check_references).");
    reg.def(py::init<>());
    copy_property(reg, "organisations", &gov::Register::organisations, "Organisations (a copy).");
    copy_property(reg, "people", &gov::Register::people, "People (a copy).");
    copy_property(reg, "boards", &gov::Register::boards, "Boards, committees and groups (a copy).");
    copy_property(reg, "reporting_lines", &gov::Register::reporting_lines, "Reporting lines (a copy).");
    copy_property(reg, "memberships", &gov::Register::memberships, "Memberships (a copy).");
    copy_property(reg, "meetings", &gov::Register::meetings, "Meetings (a copy).");
    copy_property(reg, "attendance", &gov::Register::attendance, "Attendance records (a copy).");
    copy_property(reg, "interests", &gov::Register::interests, "Interests records, one per meeting at most (a copy).");
    copy_property(reg, "minutes", &gov::Register::minutes, "Minute items (a copy).");
    copy_property(reg, "approvals", &gov::Register::approvals, "Approvals of earlier minutes (a copy).");
    copy_property(reg, "actions", &gov::Register::actions, "Actions (a copy).");
    copy_property(reg, "forward_plan", &gov::Register::forward_plan, "Forward-plan entries (a copy).");

    // Adding records: an id of 0 is replaced by the next free one.
    reg.def("add_organisation", [](gov::Register& r, gov::Organisation o) { return gov::add_organisation(r, std::move(o)).value(); },
            py::arg("organisation"), "Adds an organisation; returns its id.")
        .def("add_person", [](gov::Register& r, gov::Person p) { return gov::add_person(r, std::move(p)).value(); },
             py::arg("person"), "Adds a person (a family name at least); returns the id.")
        .def("add_board", [](gov::Register& r, gov::Board b) { return gov::add_board(r, std::move(b)).value(); },
             py::arg("board"), "Adds a board; refuses a name already in use and a reporting cycle. Returns the id.")
        .def("add_meeting", [](gov::Register& r, gov::Meeting mt) { return gov::add_meeting(r, std::move(mt)).value(); },
             py::arg("meeting"), "Adds a meeting of board_id (a date in the diary if it has no agenda); returns the id.")
        .def("add_action", [](gov::Register& r, gov::Action a) { return gov::add_action(r, std::move(a)).value(); },
             py::arg("action"), "Adds an action; its meeting and owners must exist. Returns the id.")
        .def(
            "add_reporting_line",
            [](gov::Register& r, IdValue from, IdValue to) { gov::add_reporting_line(r, BoardId{from}, BoardId{to}); },
            py::arg("from_"), py::arg("to"), "'from_ reports to to'; raises ValidationError naming a cycle.")
        .def(
            "add_membership",
            [](gov::Register& r, const gov::Membership& ms) {
                (void)gov::person(r, ms.person);
                (void)gov::board(r, ms.board);
                if (ms.on_behalf_of.valid()) (void)gov::organisation(r, ms.on_behalf_of);
                if (ms.start && ms.end && *ms.end < *ms.start)
                    throw ValidationError("a membership cannot end (" + to_iso_string(*ms.end) + ") before it starts (" +
                                          to_iso_string(*ms.start) + ")");
                r.memberships.push_back(ms);
            },
            py::arg("membership"), "Adds a membership; the person, board and organisation must exist.")
        .def(
            "add_attendance",
            [](gov::Register& r, const gov::Attendance& a) {
                (void)gov::meeting(r, a.meeting);
                (void)gov::person(r, a.person);
                if (a.replaces.valid()) (void)gov::person(r, a.replaces);
                if (a.organisation.valid()) (void)gov::organisation(r, a.organisation);
                if (a.replaces.valid() && a.status != gov::AttendanceStatus::Substitute)
                    throw ValidationError("only a substitute replaces someone");
                for (const gov::Attendance* have : gov::attendance_records(r, a.meeting))
                    if (have->person == a.person)
                        throw ValidationError("person " + std::to_string(a.person.value()) +
                                              " already has an attendance record for meeting " +
                                              std::to_string(a.meeting.value()));
                r.attendance.push_back(a);
            },
            py::arg("attendance"), "Records one person's attendance at a meeting (once per meeting).")
        .def(
            "add_forward_plan_entry",
            [](gov::Register& r, const gov::ForwardPlanEntry& e) {
                (void)gov::board(r, e.board);
                if (e.topic.empty()) throw ValidationError("a forward-plan entry needs a topic");
                r.forward_plan.push_back(e);
            },
            py::arg("entry"), "Adds a forward-plan topic for a board.")
        .def(
            "set_action_status",
            [](gov::Register& r, IdValue id, Date date, gov::ActionStatus status, std::string note) {
                gov::set_status(gov::action(r, ActionId{id}), date, status, std::move(note));
            },
            py::arg("action"), py::arg("date"), py::arg("status"), py::arg("note") = "",
            "Appends a dated status change to an action; raises ValidationError if dated before the last.");

    // Replacing records by id, checked on a copy so a refused edit changes nothing.
    reg.def(
           "update_organisation",
           [](gov::Register& r, const gov::Organisation& o) {
               if (o.name.empty()) throw ValidationError("an organisation needs a name");
               gov::organisation(r, o.id) = o;
           },
           py::arg("organisation"), "Replaces the organisation with the same id.")
        .def(
            "update_person",
            [](gov::Register& r, const gov::Person& p) {
                if (p.family_name.empty()) throw ValidationError("a person needs at least a family name");
                if (p.organisation.valid()) (void)gov::organisation(r, p.organisation);
                gov::person(r, p.id) = p;
            },
            py::arg("person"), "Replaces the person with the same id (to add contact details, say).")
        .def(
            "update_board",
            [](gov::Register& r, const gov::Board& b) {
                transaction(r, [&b](gov::Register& copy) {
                    if (b.name.empty()) throw ValidationError("a board needs a name");
                    if (b.parent.valid()) (void)gov::board(copy, b.parent);
                    check_board_names(copy, b);
                    gov::board(copy, b.id) = b;
                    if (auto cycle = gov::find_reporting_cycle(copy)) {
                        std::string names;
                        for (const auto id : *cycle) names += (names.empty() ? "" : " -> ") + gov::board(copy, id).name;
                        throw ValidationError("reporting lines would form a cycle: " + names);
                    }
                });
            },
            py::arg("board"), "Replaces the board with the same id (to set its quorum rule, say).")
        .def(
            "update_meeting",
            [](gov::Register& r, gov::Meeting mt) {
                const gov::Board& b = gov::board(r, mt.board_id);
                if (mt.board.empty()) mt.board = b.name;
                if (!mt.date.ok()) throw ValidationError("a meeting needs a valid date");
                gov::meeting(r, mt.id) = std::move(mt);
                gov::reindex(r);  // its board may have changed
            },
            py::arg("meeting"), "Replaces the meeting with the same id.")
        .def(
            "update_action",
            [](gov::Register& r, const gov::Action& a) {
                (void)gov::meeting(r, a.raised_at);
                for (const auto owner : a.owners) (void)gov::person(r, owner);
                for (std::size_t i = 1; i < a.history.size(); ++i)
                    if (a.history[i].date < a.history[i - 1].date)
                        throw ValidationError("the status history of action " + std::to_string(a.id.value()) +
                                              " must run forwards");
                gov::action(r, a.id) = a;
                gov::reindex(r);  // the meeting it was raised at may have changed
            },
            py::arg("action"), "Replaces the action with the same id.");

    // Lookups by id (copies; NotFoundError naming the id), name or date.
    reg.def("organisation", [](const gov::Register& r, IdValue id) { return gov::organisation(r, OrganisationId{id}); }, py::arg("id"))
        .def("person", [](const gov::Register& r, IdValue id) { return gov::person(r, PersonId{id}); }, py::arg("id"))
        .def("board", [](const gov::Register& r, IdValue id) { return gov::board(r, BoardId{id}); }, py::arg("id"))
        .def("meeting", [](const gov::Register& r, IdValue id) { return gov::meeting(r, MeetingId{id}); }, py::arg("id"))
        .def("action", [](const gov::Register& r, IdValue id) { return gov::action(r, ActionId{id}); }, py::arg("id"))
        .def(
            "find_organisation",
            [](const gov::Register& r, const std::string& name) { return value(gov::find_organisation(r, name)); },
            py::arg("name"), "The organisation with this name or alias; None if none.")
        .def(
            "find_board", [](const gov::Register& r, const std::string& name) { return value(gov::find_board(r, name)); },
            py::arg("name"), "The board with this name or alias, word order ignored; None if none.")
        .def(
            "find_people",
            [](const gov::Register& r, const std::string& printed) {
                return values(gov::find_people(r, gov::parse_person_name(printed)));
            },
            py::arg("printed"), "Everyone a printed name could be; more than one means ambiguous.")
        .def(
            "find_meeting",
            [](const gov::Register& r, IdValue board, Date date) { return value(gov::find_meeting(r, BoardId{board}, date)); },
            py::arg("board"), py::arg("date"), "The board's meeting on that date; None if none.")
        .def(
            "meetings_of", [](const gov::Register& r, IdValue board) { return values(gov::meetings_of(r, BoardId{board})); },
            py::arg("board"), "The board's meetings, by date.")
        .def(
            "board_records",
            [](const gov::Register& r, IdValue board) { return gov::board_records(r, BoardId{board}); },
            py::arg("board"),
            "The records one board's business needs (its meetings and its task groups', with their attendance, "
            "minutes and actions, its memberships and forward plan, the people these name, every organisation "
            "and board), as a register of their own: queries about the board answer the same on it.")
        .def(
            "attendance_at", [](const gov::Register& r, IdValue mt) { return gov::attendance_at(r, MeetingId{mt}); },
            py::arg("meeting"), "The attendance records of one meeting, in the order recorded.")
        .def(
            "interests_at",
            [](const gov::Register& r, IdValue mt) -> std::optional<gov::InterestsRecord> {
                if (const auto* rec = gov::interests_at(r, MeetingId{mt})) return *rec;
                return std::nullopt;
            },
            py::arg("meeting"), "The meeting's interests record; None if none was minuted.")
        .def(
            "find_or_add_organisation",
            [](gov::Register& r, const std::string& name) { return gov::find_or_add_organisation(r, name).value(); },
            py::arg("name"))
        .def(
            "find_or_add_person",
            [](gov::Register& r, const std::string& printed, IdValue organisation) {
                return gov::find_or_add_person(r, gov::parse_person_name(printed), OrganisationId{organisation});
            },
            py::arg("printed"), py::arg("organisation") = 0,
            "The person a printed name names, preferring those of the organisation; added if none or ambiguous.")
        .def(
            "find_reporting_cycle",
            [](const gov::Register& r) -> std::optional<std::vector<IdValue>> {
                if (auto cycle = gov::find_reporting_cycle(r)) return values(*cycle);
                return std::nullopt;
            },
            "A cycle among the reporting lines as board ids, the first repeated at the end; None if none.")
        .def(
            "check_references", [](const gov::Register& r) { gov::check_references(r); },
            "Checks every cross reference; raises ValidationError listing every problem, one per line.")
        .def("__copy__", [](const gov::Register& r) { return gov::Register(r); })
        .def("__deepcopy__", [](const gov::Register& r, const py::object&) { return gov::Register(r); }, py::arg("memo"))
        .def("__repr__", [](const gov::Register& r) {
            return "<Register: " + std::to_string(r.boards.size()) + " boards, " + std::to_string(r.people.size()) +
                   " people, " + std::to_string(r.meetings.size()) + " meetings, " + std::to_string(r.actions.size()) +
                   " actions>";
        });
}

void register_results(py::module_& m) {
    py::class_<gov::OwnerActions> owner(m, "OwnerActions", "One owner's overdue actions, oldest due first.");
    id_readonly(owner, "owner", &gov::OwnerActions::owner);
    owner.def_property_readonly("actions", [](const gov::OwnerActions& o) { return values(o.actions); })
        .def("__repr__", [](const gov::OwnerActions& o) {
            return "OwnerActions(owner=" + std::to_string(o.owner.value()) + ", " + std::to_string(o.actions.size()) +
                   " action(s))";
        });

    py::enum_<gov::DraftItemSource>(m, "DraftItemSource", "Why an item is on a draft agenda.")
        .value("STANDING", gov::DraftItemSource::Standing)
        .value("MATTERS_ARISING", gov::DraftItemSource::MattersArising)
        .value("FORWARD_PLAN", gov::DraftItemSource::ForwardPlan)
        .def_property_readonly("label", [](gov::DraftItemSource source) -> std::string {
            switch (source) {
            case gov::DraftItemSource::Standing: return "standing";
            case gov::DraftItemSource::MattersArising: return "matters arising";
            case gov::DraftItemSource::ForwardPlan: return "forward plan";
            }
            return "";
        });

    py::class_<gov::DraftItemOrigin> origin(m, "DraftItemOrigin", "Where one item of a draft agenda comes from.");
    origin.def_readonly("source", &gov::DraftItemOrigin::source)
        .def_readonly("agenda_of", &gov::DraftItemOrigin::agenda_of,
                      "Standing items: the date of the agenda copied; None for the board's own standing items.")
        .def_property_readonly(
            "actions", [](const gov::DraftItemOrigin& o) { return values(o.actions); },
            "Ids of the outstanding actions the item lists as matters arising.")
        .def_readonly("plan_date", &gov::DraftItemOrigin::plan_date,
                      "Forward-plan topics: the meeting date the forward plan gives them.")
        .def("__repr__", [](const gov::DraftItemOrigin& o) {
            std::string text = "DraftItemOrigin(" + std::string(py::str(py::cast(o.source)));
            if (o.agenda_of) text += ", agenda of " + to_iso_string(*o.agenda_of);
            if (o.plan_date) text += ", plan date " + to_iso_string(*o.plan_date);
            if (!o.actions.empty()) text += ", " + std::to_string(o.actions.size()) + " action(s)";
            return text + ")";
        });

    py::class_<gov::DraftAgenda> draft(m, "DraftAgenda", "A draft agenda: the meeting, matters arising, unscheduled topics.");
    draft.def_property_readonly("meeting", [](const gov::DraftAgenda& d) { return d.meeting; })
        .def_property_readonly("matters_arising", [](const gov::DraftAgenda& d) { return values(d.matters_arising); })
        .def_property_readonly("unscheduled_topics", [](const gov::DraftAgenda& d) { return d.unscheduled_topics; })
        .def_property_readonly(
            "origins", [](const gov::DraftAgenda& d) { return d.origins; },
            "Where each item comes from, parallel to meeting.agenda.")
        .def("__repr__", [](const gov::DraftAgenda& d) {
            return "<DraftAgenda " + d.meeting.board + " " + to_iso_string(d.meeting.date) + ", " +
                   std::to_string(d.meeting.agenda.size()) + " items, " + std::to_string(d.matters_arising.size()) +
                   " matters arising>";
        });

    py::class_<gov::MemberAttendance> member(m, "MemberAttendance", "One person's attendance over a period.");
    id_readonly(member, "person", &gov::MemberAttendance::person);
    member.def_readonly("expected", &gov::MemberAttendance::expected)
        .def_readonly("present", &gov::MemberAttendance::present)
        .def_readonly("apologies", &gov::MemberAttendance::apologies)
        .def_readonly("absent", &gov::MemberAttendance::absent)
        .def_readonly("substituted", &gov::MemberAttendance::substituted)
        .def_property_readonly("rate", &gov::MemberAttendance::rate, "present / expected (0 if never expected).")
        .def("__repr__", [](const gov::MemberAttendance& x) {
            return "MemberAttendance(person=" + std::to_string(x.person.value()) + ", " + std::to_string(x.present) +
                   "/" + std::to_string(x.expected) + ")";
        });

    py::class_<gov::OrganisationAttendance> org(m, "OrganisationAttendance", "Was an organisation represented?");
    id_readonly(org, "organisation", &gov::OrganisationAttendance::organisation);
    org.def_readonly("meetings_expected", &gov::OrganisationAttendance::meetings_expected)
        .def_readonly("meetings_represented", &gov::OrganisationAttendance::meetings_represented)
        .def_readonly("attendances", &gov::OrganisationAttendance::attendances)
        .def_property_readonly("rate", &gov::OrganisationAttendance::rate,
                               "meetings_represented / meetings_expected (0 if never expected).")
        .def("__repr__", [](const gov::OrganisationAttendance& x) {
            return "OrganisationAttendance(organisation=" + std::to_string(x.organisation.value()) + ", " +
                   std::to_string(x.meetings_represented) + "/" + std::to_string(x.meetings_expected) + ")";
        });

    py::class_<gov::QuorumCheck>(m, "QuorumCheck", "A meeting checked against its board's quorum rule.")
        .def_readonly("voting_members", &gov::QuorumCheck::voting_members)
        .def_readonly("voting_present", &gov::QuorumCheck::voting_present)
        .def_readonly("required", &gov::QuorumCheck::required)
        .def_readonly("quorate", &gov::QuorumCheck::quorate)
        .def("__bool__", [](const gov::QuorumCheck& q) { return q.quorate; })
        .def("__repr__", [](const gov::QuorumCheck& q) {
            return "QuorumCheck(" + std::to_string(q.voting_present) + " of " + std::to_string(q.voting_members) +
                   " voting members present, " + std::to_string(q.required) + " required: " +
                   (q.quorate ? "quorate" : "not quorate") + ")";
        });

    py::class_<gov::ReportingNode> node(m, "ReportingNode", "A board and the boards that report to it.");
    id_readonly(node, "board", &gov::ReportingNode::board);
    node.def_readonly("name", &gov::ReportingNode::name)
        .def_property_readonly("reports_from", [](const gov::ReportingNode& n) { return n.reports_from; })
        .def("__str__", &gov::format_reporting_tree)
        .def("__repr__", [](const gov::ReportingNode& n) {
            return "<ReportingNode " + n.name + ", " + std::to_string(n.reports_from.size()) + " reporting>";
        });

    py::class_<gov::TaskGroupOverrun> overrun(m, "TaskGroupOverrun", "A task-and-finish group still going past its planned end.");
    id_readonly(overrun, "group", &gov::TaskGroupOverrun::group);
    overrun.def_readonly("planned_end", &gov::TaskGroupOverrun::planned_end)
        .def_readonly("meetings_after_planned_end", &gov::TaskGroupOverrun::meetings_after_planned_end)
        .def_readonly("last_meeting", &gov::TaskGroupOverrun::last_meeting)
        .def("__repr__", [](const gov::TaskGroupOverrun& o) {
            return "TaskGroupOverrun(group=" + std::to_string(o.group.value()) + ", planned_end=" +
                   to_iso_string(o.planned_end) + ")";
        });
}

// The read-only queries here (and check_references above) run on the register itself with
// the GIL held, so no other Python thread can change it meanwhile. Each is linear (or less) in
// the records it touches, so copying the register to release the GIL would cost more than the
// query: a copy of a county's register allocates a million records, where check_references
// reads them in 40 ms.

void register_queries(py::module_& m) {
    m.def(
        "resolve_initials",
        [](const gov::Register& r, IdValue mt, const std::string& printed) {
            return values(gov::resolve_initials(r, MeetingId{mt}, printed));
        },
        py::arg("register"), py::arg("meeting"), py::arg("printed"),
        "The people ACTION BY initials ('SA/SM') name at a meeting; raises ValidationError naming unknown or "
        "ambiguous initials.");
    m.def("split_initials", &gov::split_initials, py::arg("printed"), "'SA/SM' -> ['SA', 'SM'].");
    m.def("due_date", &gov::due_date, py::arg("register"), py::arg("action"),
          "When the action falls due (its date, or the board's next meeting); None if unknown.");
    m.def(
        "overdue_actions_by_owner",
        [](const gov::Register& r, Date as_of) {
            return gov::overdue_actions_by_owner(r, as_of);
        },
        py::arg("register"), py::arg("as_of"),
        "Outstanding actions due before as_of, grouped by owner (joint actions under each), owners by family name.");
    m.def(
        "matters_arising",
        [](const gov::Register& r, IdValue board, Date as_of) {
            return values(gov::matters_arising(r, BoardId{board}, as_of));
        },
        py::arg("register"), py::arg("board"), py::arg("as_of"),
        "Ids of the actions outstanding on as_of from the board's earlier meetings, oldest meeting first.");
    m.def(
        "draft_agenda",
        [](const gov::Register& r, IdValue board, Date date) {
            return gov::draft_agenda(r, BoardId{board}, date);
        },
        py::arg("register"), py::arg("board"), py::arg("date"),
        "Draft agenda for the board's meeting on date: standing items, matters arising, forward-plan topics.");
    m.def(
        "attendance_by_member",
        [](const gov::Register& r, std::optional<IdValue> board, std::optional<Date> start, std::optional<Date> end) {
            return gov::attendance_by_member(r, board_or_all(board), start.value_or(kEarliest), end.value_or(kLatest));
        },
        py::arg("register"), py::arg("board") = py::none(), py::arg("start") = py::none(), py::arg("end") = py::none(),
        "Per person, over meetings of the board (every board if None) from start to end inclusive.");
    m.def(
        "attendance_by_organisation",
        [](const gov::Register& r, std::optional<IdValue> board, std::optional<Date> start, std::optional<Date> end) {
            return gov::attendance_by_organisation(r, board_or_all(board), start.value_or(kEarliest), end.value_or(kLatest));
        },
        py::arg("register"), py::arg("board") = py::none(), py::arg("start") = py::none(), py::arg("end") = py::none(),
        "Per organisation: meetings where it was expected, and where someone came for it.");
    m.def(
        "check_quorum",
        [](const gov::Register& r, IdValue mt) {
            return gov::check_quorum(r, MeetingId{mt});
        },
        py::arg("register"), py::arg("meeting"),
        "Checks a meeting against its board's quorum rule; raises ValidationError if the board has none.");
    m.def(
        "terms_ending_within",
        [](const gov::Register& r, Date start, int days) {
            return gov::terms_ending_within(r, start, days);
        },
        py::arg("register"), py::arg("start"), py::arg("days"),
        "Memberships whose end date falls within days of start (inclusive), soonest first.");
    m.def(
        "chair_changes",
        [](const gov::Register& r, IdValue board) {
            return gov::chair_changes(r, BoardId{board});
        },
        py::arg("register"), py::arg("board"), "The board's chair changes, in date order.");
    m.def(
        "reporting_tree",
        [](const gov::Register& r, IdValue root) {
            return gov::reporting_tree(r, BoardId{root});
        },
        py::arg("register"), py::arg("root"), "The boards reporting (directly or not) to root, as a tree.");
    m.def(
        "reporting_forest",
        [](const gov::Register& r) { return gov::reporting_forest(r); },
        py::arg("register"), "A tree for every board that reports to no one.");
    m.def("format_reporting_tree", &gov::format_reporting_tree, py::arg("node"), "Indented text, two spaces a level.");
    m.def(
        "overrunning_task_groups",
        [](const gov::Register& r, Date as_of) {
            return gov::overrunning_task_groups(r, as_of);
        },
        py::arg("register"), py::arg("as_of"),
        "Task-and-finish groups not stood down whose planned end is before as_of.");
}

void register_parts(py::module_& m) {
    py::class_<gov::ItemPart> part(m, "ItemPart", "Part I, or Part II with its Schedule 12A paragraph (0: not given).");
    part.def(py::init([](gov::AgendaPart p, int paragraph) { return gov::ItemPart{p, paragraph}; }),
             py::arg_v("part", gov::AgendaPart::Public, "AgendaPart.PUBLIC"), py::arg("exempt_paragraph") = 0)
        .def_readonly("part", &gov::ItemPart::part)
        .def_readonly("exempt_paragraph", &gov::ItemPart::exempt_paragraph)
        .def_property_readonly("is_exempt", &gov::ItemPart::is_exempt)
        .def("__eq__",
             [](const gov::ItemPart& a, const py::object& other) -> py::object {
                 if (!py::isinstance<gov::ItemPart>(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
                 return py::bool_(a == other.cast<const gov::ItemPart&>());
             })
        .def("__hash__", [](const gov::ItemPart& p) {
            return py::hash(py::make_tuple(static_cast<int>(p.part), p.exempt_paragraph));
        })
        .def("__repr__", [](const gov::ItemPart& p) {
            return "ItemPart(" + std::string(gov::to_string(p.part)) +
                   (p.is_exempt() ? ", paragraph " + std::to_string(p.exempt_paragraph) : std::string()) + ")";
        });
    // The index keeps a copy of what it needs, so it may outlive the register it was built from.
    py::class_<gov::ItemParts> parts(m, "ItemParts",
                                     "The part of every numbered item of every meeting, from agendas and minutes; "
                                     "one pass to build, a hash lookup per question.");
    parts.def(py::init<const gov::Register&>(), py::arg("register"))
        .def("of_item",
             [](const gov::ItemParts& p, IdValue meeting, const std::string& number) {
                 return p.of_item(MeetingId{meeting}, number);
             },
             py::arg("meeting"), py::arg("number"),
             "What the agenda and minutes of a meeting establish for an item number; None if nothing.")
        .def("of_minute", py::overload_cast<const gov::MinuteItem&>(&gov::ItemParts::of, py::const_),
             py::arg("minute"), "A minute item's own mark and its agenda item's, the stricter.")
        .def("of_action", py::overload_cast<const gov::Action&>(&gov::ItemParts::of, py::const_), py::arg("action"),
             "An action's own mark and that of the item it was raised at, the stricter.");
    m.def("exemption_stated", &gov::exemption_stated, py::arg("text"),
          "Part II when text says its business is exempt ('Part II', 'not for publication', ...); None otherwise.");
}

} // namespace

void register_governance_register(py::module_& m) {
    register_register(m);
    register_results(m);
    register_queries(m);
    register_parts(m);
}

} // namespace boardroom::python

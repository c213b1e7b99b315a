#include "boardroom/governance/register.hpp"

#include "boardroom/core/error.hpp"
#include "text.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace boardroom::governance {

namespace {

template <class Record, class IdType>
IdType allocate(std::vector<Record>& records, IdType wanted, std::string_view what) {
    if (wanted.value() < 0) throw ValidationError(std::string(what) + " ids must be positive");
    typename IdType::value_type next = 1;
    for (const auto& record : records) {
        if (wanted.valid() && record.id == wanted)
            throw ValidationError(std::string(what) + " id " + std::to_string(wanted.value()) + " is already in use");
        next = std::max(next, record.id.value() + 1);
    }
    return wanted.valid() ? wanted : IdType{next};
}

template <class Record, class IdType>
auto find_by_id(std::vector<Record>& records, IdType id) -> Record* {
    for (auto& record : records)
        if (record.id == id) return &record;
    return nullptr;
}

template <class Record, class IdType>
auto find_by_id(const std::vector<Record>& records, IdType id) -> const Record* {
    for (const auto& record : records)
        if (record.id == id) return &record;
    return nullptr;
}

[[noreturn]] void not_found(std::string_view what, std::int64_t id) {
    throw NotFoundError("no " + std::string(what) + " with id " + std::to_string(id) + " in the register");
}

// Edges "reports to" from reporting lines and task-group parents.
std::multimap<BoardId, BoardId> reporting_edges(const Register& reg) {
    std::multimap<BoardId, BoardId> edges;
    for (const auto& line : reg.reporting_lines) edges.emplace(line.from, line.to);
    for (const auto& b : reg.boards)
        if (b.parent.valid()) edges.emplace(b.id, b.parent);
    return edges;
}

std::optional<std::vector<BoardId>> cycle_in(const std::multimap<BoardId, BoardId>& edges) {
    enum class Mark { None, Active, Done };
    std::map<BoardId, Mark> mark;
    std::vector<BoardId> path;
    std::optional<std::vector<BoardId>> found;
    auto visit = [&](auto&& self, BoardId at) -> void {
        if (found) return;
        mark[at] = Mark::Active;
        path.push_back(at);
        auto [first, last] = edges.equal_range(at);
        for (auto it = first; it != last && !found; ++it) {
            const BoardId next = it->second;
            if (mark[next] == Mark::Active) {
                auto start = std::find(path.begin(), path.end(), next);
                found = std::vector<BoardId>(start, path.end());
                found->push_back(next);
                return;
            }
            if (mark[next] == Mark::None) self(self, next);
        }
        path.pop_back();
        mark[at] = Mark::Done;
    };
    for (const auto& [from, to] : edges) {
        (void)to;
        if (mark[from] == Mark::None) visit(visit, from);
        if (found) break;
    }
    return found;
}

std::string describe_cycle(const Register& reg, const std::vector<BoardId>& cycle) {
    std::string out;
    for (const auto id : cycle) {
        if (!out.empty()) out += " -> ";
        const Board* b = find_by_id(reg.boards, id);
        out += b ? b->name : "board " + std::to_string(id.value());
    }
    return out;
}

} // namespace

OrganisationId add_organisation(Register& reg, Organisation organisation) {
    if (text::trim(organisation.name).empty()) throw ValidationError("an organisation needs a name");
    organisation.id = allocate(reg.organisations, organisation.id, "organisation");
    reg.organisations.push_back(std::move(organisation));
    return reg.organisations.back().id;
}

PersonId add_person(Register& reg, Person p) {
    if (text::trim(p.family_name).empty()) throw ValidationError("a person needs at least a family name");
    if (p.organisation.valid() && !find_by_id(reg.organisations, p.organisation))
        not_found("organisation", p.organisation.value());
    p.id = allocate(reg.people, p.id, "person");
    reg.people.push_back(std::move(p));
    return reg.people.back().id;
}

BoardId add_board(Register& reg, Board b) {
    if (text::trim(b.name).empty()) throw ValidationError("a board needs a name");
    std::vector<std::string> names{b.name};
    names.insert(names.end(), b.aliases.begin(), b.aliases.end());
    for (const auto& existing : reg.boards)
        for (const auto& name : names)
            if (existing.is_called(name))
                throw ValidationError("'" + name + "' already names the board '" + existing.name + "'");
    if (b.parent.valid() && !find_by_id(reg.boards, b.parent)) not_found("board", b.parent.value());
    b.id = allocate(reg.boards, b.id, "board");
    reg.boards.push_back(std::move(b));
    // A new board cannot close a cycle through its parent (nothing reports to it
    // yet), unless its id was given and lines already refer to it.
    if (auto cycle = find_reporting_cycle(reg)) {
        const std::string described = describe_cycle(reg, *cycle);
        reg.boards.pop_back();
        throw ValidationError("reporting lines would form a cycle: " + described);
    }
    return reg.boards.back().id;
}

MeetingId add_meeting(Register& reg, Meeting m) {
    const Board& b = board(reg, m.board_id);
    if (m.board.empty()) m.board = b.name;
    if (!m.date.ok()) throw ValidationError("a meeting of " + b.name + " needs a valid date");
    m.id = allocate(reg.meetings, m.id, "meeting");
    reg.meetings.push_back(std::move(m));
    return reg.meetings.back().id;
}

ActionId add_action(Register& reg, Action a) {
    (void)meeting(reg, a.raised_at);
    for (const auto owner : a.owners) (void)person(reg, owner);
    if (text::trim(a.text).empty()) throw ValidationError("an action needs its text");
    a.id = allocate(reg.actions, a.id, "action");
    reg.actions.push_back(std::move(a));
    return reg.actions.back().id;
}

void add_reporting_line(Register& reg, BoardId from, BoardId to) {
    const Board& a = board(reg, from);
    const Board& b = board(reg, to);
    if (from == to) throw ValidationError("'" + a.name + "' cannot report to itself");
    for (const auto& line : reg.reporting_lines)
        if (line.from == from && line.to == to) return;
    auto edges = reporting_edges(reg);
    edges.emplace(from, to);
    if (auto cycle = cycle_in(edges)) {
        // Read the cycle from the board that was to report: "from -> to -> ... -> from".
        cycle->pop_back();
        const auto start = std::find(cycle->begin(), cycle->end(), from);
        if (start != cycle->end()) std::rotate(cycle->begin(), start, cycle->end());
        cycle->push_back(cycle->front());
        throw ValidationError("'" + a.name + "' cannot report to '" + b.name +
                              "': the reporting lines would form a cycle: " + describe_cycle(reg, *cycle));
    }
    reg.reporting_lines.push_back(ReportingLine{from, to});
}

std::optional<std::vector<BoardId>> find_reporting_cycle(const Register& reg) {
    return cycle_in(reporting_edges(reg));
}

const Organisation& organisation(const Register& reg, OrganisationId id) {
    if (auto* r = find_by_id(reg.organisations, id)) return *r;
    not_found("organisation", id.value());
}
Organisation& organisation(Register& reg, OrganisationId id) {
    if (auto* r = find_by_id(reg.organisations, id)) return *r;
    not_found("organisation", id.value());
}
const Person& person(const Register& reg, PersonId id) {
    if (auto* r = find_by_id(reg.people, id)) return *r;
    not_found("person", id.value());
}
Person& person(Register& reg, PersonId id) {
    if (auto* r = find_by_id(reg.people, id)) return *r;
    not_found("person", id.value());
}
const Board& board(const Register& reg, BoardId id) {
    if (auto* r = find_by_id(reg.boards, id)) return *r;
    not_found("board", id.value());
}
Board& board(Register& reg, BoardId id) {
    if (auto* r = find_by_id(reg.boards, id)) return *r;
    not_found("board", id.value());
}
const Meeting& meeting(const Register& reg, MeetingId id) {
    if (auto* r = find_by_id(reg.meetings, id)) return *r;
    not_found("meeting", id.value());
}
Meeting& meeting(Register& reg, MeetingId id) {
    if (auto* r = find_by_id(reg.meetings, id)) return *r;
    not_found("meeting", id.value());
}
const Action& action(const Register& reg, ActionId id) {
    if (auto* r = find_by_id(reg.actions, id)) return *r;
    not_found("action", id.value());
}
Action& action(Register& reg, ActionId id) {
    if (auto* r = find_by_id(reg.actions, id)) return *r;
    not_found("action", id.value());
}

std::optional<OrganisationId> find_organisation(const Register& reg, std::string_view name) {
    const std::string key = normalise_name(name);
    if (key.empty()) return std::nullopt;
    for (const auto& o : reg.organisations) {
        if (normalise_name(o.name) == key) return o.id;
        for (const auto& alias : o.aliases)
            if (normalise_name(alias) == key) return o.id;
    }
    return std::nullopt;
}

std::optional<BoardId> find_board(const Register& reg, std::string_view name) {
    for (const auto& b : reg.boards)
        if (b.is_called(name)) return b.id;
    return std::nullopt;
}

std::vector<PersonId> find_people(const Register& reg, const PersonName& printed) {
    std::vector<PersonId> out;
    for (const auto& p : reg.people)
        if (name_matches(p, printed)) out.push_back(p.id);
    return out;
}

std::optional<MeetingId> find_meeting(const Register& reg, BoardId b, Date date) {
    for (const auto& m : reg.meetings)
        if (m.board_id == b && m.date == date) return m.id;
    return std::nullopt;
}

std::vector<Attendance> attendance_at(const Register& reg, MeetingId m) {
    std::vector<Attendance> out;
    for (const auto& a : reg.attendance)
        if (a.meeting == m) out.push_back(a);
    return out;
}

const InterestsRecord* interests_at(const Register& reg, MeetingId m) {
    for (const auto& record : reg.interests)
        if (record.meeting == m) return &record;
    return nullptr;
}

std::vector<MeetingId> meetings_of(const Register& reg, BoardId b) {
    std::vector<const Meeting*> found;
    for (const auto& m : reg.meetings)
        if (m.board_id == b) found.push_back(&m);
    std::stable_sort(found.begin(), found.end(), [](const Meeting* x, const Meeting* y) { return x->date < y->date; });
    std::vector<MeetingId> out;
    for (const auto* m : found) out.push_back(m->id);
    return out;
}

OrganisationId find_or_add_organisation(Register& reg, std::string_view name) {
    if (auto found = find_organisation(reg, name)) return *found;
    Organisation o;
    o.name = std::string(text::trim(name));
    return add_organisation(reg, std::move(o));
}

PersonMatch find_or_add_person(Register& reg, const PersonName& printed, OrganisationId org) {
    auto candidates = find_people(reg, printed);
    if (candidates.size() > 1 && org.valid()) {
        std::vector<PersonId> same_org;
        for (const auto id : candidates) {
            const auto their = person(reg, id).organisation;
            if (their == org || !their.valid()) same_org.push_back(id);
        }
        if (!same_org.empty()) candidates = same_org;
    }
    if (candidates.size() == 1) {
        Person& p = person(reg, candidates.front());
        if (printed.given_name.size() > p.given_name.size()) p.given_name = printed.given_name;
        if (p.honorific.empty()) p.honorific = printed.honorific;
        if (!p.organisation.valid()) p.organisation = org;
        return PersonMatch{p.id, false, false};
    }
    Person p;
    p.honorific = printed.honorific;
    p.given_name = printed.given_name;
    p.family_name = printed.family_name;
    p.organisation = org;
    return PersonMatch{add_person(reg, std::move(p)), true, candidates.size() > 1};
}

void check_references(const Register& reg) {
    std::vector<std::string> problems;
    auto unique = [&problems](const auto& records, std::string_view what) {
        std::set<std::int64_t> seen;
        for (const auto& r : records) {
            if (!r.id.valid()) problems.push_back(std::string(what) + " without an id");
            else if (!seen.insert(r.id.value()).second)
                problems.push_back(std::string(what) + " id " + std::to_string(r.id.value()) + " is used twice");
        }
    };
    unique(reg.organisations, "organisation");
    unique(reg.people, "person");
    unique(reg.boards, "board");
    unique(reg.meetings, "meeting");
    unique(reg.actions, "action");

    auto need = [&problems](bool ok, const std::string& what) {
        if (!ok) problems.push_back(what);
    };
    auto has_org = [&reg](OrganisationId id) { return find_by_id(reg.organisations, id) != nullptr; };
    auto has_person = [&reg](PersonId id) { return find_by_id(reg.people, id) != nullptr; };
    auto has_board = [&reg](BoardId id) { return find_by_id(reg.boards, id) != nullptr; };
    auto has_meeting = [&reg](MeetingId id) { return find_by_id(reg.meetings, id) != nullptr; };
    auto n = [](auto id) { return std::to_string(id.value()); };

    for (const auto& p : reg.people)
        need(!p.organisation.valid() || has_org(p.organisation),
             "person " + n(p.id) + " names missing organisation " + n(p.organisation));
    for (const auto& b : reg.boards) {
        need(!b.parent.valid() || has_board(b.parent), "board '" + b.name + "' has missing parent " + n(b.parent));
        need(!b.host.valid() || has_org(b.host), "board '" + b.name + "' has missing host " + n(b.host));
    }
    for (const auto& line : reg.reporting_lines)
        need(has_board(line.from) && has_board(line.to),
             "reporting line " + n(line.from) + " -> " + n(line.to) + " names a missing board");
    for (const auto& m : reg.memberships) {
        need(has_person(m.person), "membership names missing person " + n(m.person));
        need(has_board(m.board), "membership names missing board " + n(m.board));
        need(!m.on_behalf_of.valid() || has_org(m.on_behalf_of),
             "membership names missing organisation " + n(m.on_behalf_of));
        need(!(m.start && m.end && *m.end < *m.start),
             "membership of person " + n(m.person) + " ends before it starts");
    }
    for (const auto& m : reg.meetings) need(has_board(m.board_id), "meeting " + n(m.id) + " has missing board " + n(m.board_id));
    // Urgent business must keep the reason the chair recorded (validate() for a whole meeting).
    auto reason_recorded = [](const AgendaItem& item) {
        return !item.urgent_reason || item.urgent_reason->find_first_not_of(" \t\r\n") != std::string::npos;
    };
    for (const auto& m : reg.meetings)
        for (const auto& item : m.agenda)
            need(reason_recorded(item), "meeting " + n(m.id) + " agenda item '" + item.number +
                                            "' is urgent business but the chair's reason for admitting it is not recorded");
    for (const auto& b : reg.boards)
        for (const auto& s : b.standing_items)
            need(reason_recorded(s.item), "board '" + b.name + "' standing item '" + s.item.title +
                                              "' is urgent business but the chair's reason is not recorded");
    std::set<std::pair<std::int64_t, std::int64_t>> attended;
    for (const auto& a : reg.attendance) {
        need(has_meeting(a.meeting), "attendance names missing meeting " + n(a.meeting));
        need(has_person(a.person), "attendance names missing person " + n(a.person));
        need(!a.organisation.valid() || has_org(a.organisation),
             "attendance names missing organisation " + n(a.organisation));
        need(a.status == AttendanceStatus::Substitute || !a.replaces.valid(),
             "person " + n(a.person) + " replaces someone but is not recorded as a substitute");
        need(a.status != AttendanceStatus::Substitute || has_person(a.replaces),
             "substitute " + n(a.person) + " at meeting " + n(a.meeting) + " replaces no known member");
        need(attended.insert({a.meeting.value(), a.person.value()}).second,
             "person " + n(a.person) + " is recorded twice at meeting " + n(a.meeting));
    }
    std::set<std::int64_t> interest_meetings;
    for (const auto& r : reg.interests) {
        need(has_meeting(r.meeting), "interests record names missing meeting " + n(r.meeting));
        need(interest_meetings.insert(r.meeting.value()).second,
             "meeting " + n(r.meeting) + " has two interests records");
        need(!(r.none_disclosed && !r.declarations.empty()),
             "meeting " + n(r.meeting) + " records 'none disclosed' and declarations");
        for (const auto& d : r.declarations) need(has_person(d.member), "declaration names missing person " + n(d.member));
    }
    for (const auto& item : reg.minutes) need(has_meeting(item.meeting), "minute names missing meeting " + n(item.meeting));
    for (const auto& a : reg.approvals) {
        need(has_meeting(a.at), "approval names missing meeting " + n(a.at));
        need(!a.minutes_of_meeting.valid() || has_meeting(a.minutes_of_meeting),
             "approval names missing meeting " + n(a.minutes_of_meeting));
    }
    for (const auto& a : reg.actions) {
        need(has_meeting(a.raised_at), "action " + n(a.id) + " names missing meeting " + n(a.raised_at));
        for (const auto owner : a.owners) need(has_person(owner), "action " + n(a.id) + " names missing owner " + n(owner));
        for (std::size_t i = 1; i < a.history.size(); ++i)
            need(!(a.history[i].date < a.history[i - 1].date), "action " + n(a.id) + " has a history out of date order");
    }
    for (const auto& e : reg.forward_plan) need(has_board(e.board), "forward plan entry '" + e.topic + "' names missing board");
    if (problems.empty()) {
        if (auto cycle = find_reporting_cycle(reg))
            problems.push_back("reporting lines form a cycle: " + describe_cycle(reg, *cycle));
    }
    if (!problems.empty()) throw ValidationError("the register has " + std::to_string(problems.size()) +
                                                 " problem(s):\n" + text::join(problems, "\n"));
}

} // namespace boardroom::governance

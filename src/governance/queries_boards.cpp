// Attendance, quorum, terms of office, chairs, reporting lines and task groups.
#include "boardroom/core/error.hpp"
#include "boardroom/governance/queries.hpp"
#include "../text.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace boardroom::governance {

namespace {

bool family_order(const Person& a, const Person& b) {
    const auto ka = text::lower(a.family_name), kb = text::lower(b.family_name);
    if (ka != kb) return ka < kb;
    const auto ga = text::lower(a.given_name), gb = text::lower(b.given_name);
    if (ga != gb) return ga < gb;
    return a.id < b.id;
}

// Meetings that count for attendance: in range, not cancelled, and with at
// least one attendance record. A meeting without any record has no minutes
// yet; counting everyone absent from it would be wrong.
std::vector<const Meeting*> recorded_meetings(const Register& reg, BoardId board_id, Date from, Date to) {
    std::vector<const Meeting*> candidates;
    if (board_id.valid()) {
        candidates = meetings_of_board(reg, board_id);
    } else {
        candidates.reserve(reg.meetings.size());
        for (const auto& m : reg.meetings) candidates.push_back(&m);
    }
    std::vector<const Meeting*> out;
    for (const Meeting* m : candidates) {
        if (m->date < from || to < m->date || m->status == MeetingStatus::Cancelled) continue;
        if (!attendance_records(reg, m->id).empty()) out.push_back(m);
    }
    return out;
}

std::vector<const Membership*> active_memberships(const Register& reg, const Meeting& m) {
    std::vector<const Membership*> out;
    for (const Membership* ms : memberships_of_board(reg, m.board_id))
        if (active_on(*ms, m.date)) out.push_back(ms);
    return out;
}

OrganisationId organisation_for(const Register& reg, const Attendance& a) {
    if (a.organisation.valid()) return a.organisation;
    return person(reg, a.person).organisation;
}

} // namespace

std::vector<MemberAttendance> attendance_by_member(const Register& reg, BoardId board_id, Date from, Date to) {
    std::map<PersonId, MemberAttendance> tally;
    auto entry = [&tally](PersonId id) -> MemberAttendance& {
        auto& e = tally[id];
        e.person = id;
        return e;
    };
    for (const Meeting* m : recorded_meetings(reg, board_id, from, to)) {
        const auto records = attendance_records(reg, m->id);
        std::set<PersonId> counted;
        for (const Attendance* record : records) {
            const Attendance& r = *record;
            switch (r.status) {
            case AttendanceStatus::Present: ++entry(r.person).present; break;
            case AttendanceStatus::Apologies: ++entry(r.person).apologies; break;
            case AttendanceStatus::Absent: ++entry(r.person).absent; break;
            case AttendanceStatus::Substitute:
            case AttendanceStatus::InAttendance: continue; // not expected: not counted
            }
            ++entry(r.person).expected;
            counted.insert(r.person);
        }
        for (const Attendance* record : records) {
            const Attendance& r = *record;
            if (r.status != AttendanceStatus::Substitute || !r.replaces.valid()) continue;
            auto& e = entry(r.replaces);
            ++e.substituted;
            if (counted.insert(r.replaces).second) ++e.expected;
        }
        for (const Membership* ms : active_memberships(reg, *m))
            if (counted.insert(ms->person).second) {
                auto& e = entry(ms->person);
                ++e.expected;
                ++e.absent;
            }
    }
    std::vector<MemberAttendance> out;
    for (const auto& [id, e] : tally) out.push_back(e);
    std::sort(out.begin(), out.end(), [&reg](const MemberAttendance& x, const MemberAttendance& y) {
        return family_order(person(reg, x.person), person(reg, y.person));
    });
    return out;
}

std::vector<OrganisationAttendance> attendance_by_organisation(const Register& reg, BoardId board_id, Date from,
                                                               Date to) {
    std::map<OrganisationId, OrganisationAttendance> tally;
    for (const Meeting* m : recorded_meetings(reg, board_id, from, to)) {
        std::set<OrganisationId> expected, represented;
        std::map<OrganisationId, int> people;
        for (const Attendance* record : attendance_records(reg, m->id)) {
            const Attendance& r = *record;
            const auto org = organisation_for(reg, r);
            if (!org.valid()) continue;
            expected.insert(org);
            if (r.in_room()) {
                represented.insert(org);
                ++people[org];
            }
        }
        for (const Membership* ms : active_memberships(reg, *m)) {
            const auto org = ms->on_behalf_of.valid() ? ms->on_behalf_of : person(reg, ms->person).organisation;
            if (org.valid()) expected.insert(org);
        }
        for (const auto org : expected) {
            auto& e = tally[org];
            e.organisation = org;
            ++e.meetings_expected;
            if (represented.count(org)) ++e.meetings_represented;
            e.attendances += people[org];
        }
    }
    std::vector<OrganisationAttendance> out;
    for (const auto& [id, e] : tally) out.push_back(e);
    std::sort(out.begin(), out.end(), [&reg](const OrganisationAttendance& x, const OrganisationAttendance& y) {
        return text::lower(organisation(reg, x.organisation).name) < text::lower(organisation(reg, y.organisation).name);
    });
    return out;
}

QuorumCheck check_quorum(const Register& reg, MeetingId meeting_id) {
    const Meeting& m = meeting(reg, meeting_id);
    const Board& b = board(reg, m.board_id);
    if (!b.quorum) throw ValidationError("'" + b.name + "' has no quorum rule; quorum is not guessed");
    std::set<PersonId> voting;
    for (const Membership* ms : active_memberships(reg, m))
        if (is_voting(*ms)) voting.insert(ms->person);
    if (voting.empty())
        throw ValidationError("no voting members of '" + b.name + "' are recorded for " + to_iso_string(m.date) +
                              "; the quorum cannot be checked");
    std::set<PersonId> present;
    for (const Attendance* record : attendance_records(reg, meeting_id)) {
        const Attendance& r = *record;
        if (r.status == AttendanceStatus::Present && voting.count(r.person)) present.insert(r.person);
        // A substitute carries the vote of the member they replace, for this meeting.
        if (r.status == AttendanceStatus::Substitute && voting.count(r.replaces)) present.insert(r.replaces);
    }
    QuorumCheck out;
    out.voting_members = static_cast<int>(voting.size());
    out.voting_present = static_cast<int>(present.size());
    out.required = required_for_quorum(*b.quorum, out.voting_members);
    out.quorate = out.voting_present >= out.required;
    return out;
}

std::vector<Membership> terms_ending_within(const Register& reg, Date from, int days) {
    if (days < 0) throw ValidationError("the window must not be negative");
    const Date until{std::chrono::sys_days{from} + std::chrono::days{days}};
    std::vector<Membership> out;
    for (const auto& ms : reg.memberships)
        if (ms.end && !(*ms.end < from) && !(until < *ms.end)) out.push_back(ms);
    std::stable_sort(out.begin(), out.end(), [](const Membership& x, const Membership& y) { return *x.end < *y.end; });
    return out;
}

std::vector<ChairChange> chair_changes(const Register& reg, BoardId board_id) {
    std::vector<const Membership*> chairs;
    for (const Membership* ms : memberships_of_board(reg, board_id))
        if (ms->role == Role::Chair) chairs.push_back(ms);
    // Chairs with an unknown start were in office before the records begin.
    std::stable_sort(chairs.begin(), chairs.end(), [](const Membership* x, const Membership* y) {
        if (!x->start || !y->start) return !x->start && y->start;
        return *x->start < *y->start;
    });
    std::vector<ChairChange> out;
    PersonId previous;
    for (const Membership* ms : chairs) {
        if (ms->start) out.push_back(ChairChange{board_id, *ms->start, previous, ms->person});
        previous = ms->person;
    }
    return out;
}

namespace {

std::vector<BoardId> reporting_to(const Register& reg, BoardId to) {
    std::set<BoardId> from;
    for (const auto& line : reg.reporting_lines)
        if (line.to == to) from.insert(line.from);
    for (const auto& b : reg.boards)
        if (b.parent == to) from.insert(b.id);
    std::vector<BoardId> out(from.begin(), from.end());
    std::sort(out.begin(), out.end(), [&reg](BoardId x, BoardId y) {
        return text::lower(board(reg, x).name) < text::lower(board(reg, y).name);
    });
    return out;
}

ReportingNode build(const Register& reg, BoardId at, std::vector<BoardId>& path) {
    if (std::find(path.begin(), path.end(), at) != path.end())
        throw ValidationError("reporting lines form a cycle through '" + board(reg, at).name + "'");
    path.push_back(at);
    ReportingNode node{at, board(reg, at).name, {}};
    for (const auto child : reporting_to(reg, at)) node.reports_from.push_back(build(reg, child, path));
    path.pop_back();
    return node;
}

void format_into(const ReportingNode& node, int depth, std::string& out) {
    out.append(static_cast<std::size_t>(depth) * 2, ' ');
    out += node.name;
    out += '\n';
    for (const auto& child : node.reports_from) format_into(child, depth + 1, out);
}

} // namespace

ReportingNode reporting_tree(const Register& reg, BoardId root) {
    std::vector<BoardId> path;
    return build(reg, root, path);
}

std::vector<ReportingNode> reporting_forest(const Register& reg) {
    std::set<BoardId> reports;
    for (const auto& line : reg.reporting_lines) reports.insert(line.from);
    for (const auto& b : reg.boards)
        if (b.parent.valid()) reports.insert(b.id);
    std::vector<ReportingNode> out;
    for (const auto& b : reg.boards)
        if (!reports.count(b.id)) out.push_back(reporting_tree(reg, b.id));
    std::sort(out.begin(), out.end(),
              [](const ReportingNode& x, const ReportingNode& y) { return text::lower(x.name) < text::lower(y.name); });
    return out;
}

std::string format_reporting_tree(const ReportingNode& node) {
    std::string out;
    format_into(node, 0, out);
    return out;
}

std::vector<TaskGroupOverrun> overrunning_task_groups(const Register& reg, Date as_of) {
    std::vector<TaskGroupOverrun> out;
    for (const auto& b : reg.boards) {
        if (b.kind != BoardKind::TaskAndFinishGroup || !b.planned_end || !(*b.planned_end < as_of)) continue;
        if (b.ended && !(as_of < *b.ended)) continue; // stood down by then
        TaskGroupOverrun overrun{b.id, *b.planned_end, 0, std::nullopt};
        for (const Meeting* m : meetings_of_board(reg, b.id)) {
            if (m->status == MeetingStatus::Cancelled || as_of < m->date) continue;
            if (*b.planned_end < m->date) ++overrun.meetings_after_planned_end;
            if (!overrun.last_meeting || *overrun.last_meeting < m->date) overrun.last_meeting = m->date;
        }
        out.push_back(overrun);
    }
    std::sort(out.begin(), out.end(),
              [](const TaskGroupOverrun& x, const TaskGroupOverrun& y) { return x.planned_end < y.planned_end; });
    return out;
}

} // namespace boardroom::governance

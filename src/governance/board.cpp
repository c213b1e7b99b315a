#include "boardroom/governance/board.hpp"

#include "boardroom/core/error.hpp"
#include "boardroom/governance/membership.hpp"
#include "boardroom/governance/people.hpp"
#include "../text.hpp"

#include <algorithm>

namespace boardroom::governance {

std::string_view to_string(BoardKind kind) noexcept {
    switch (kind) {
    case BoardKind::Board: return "board";
    case BoardKind::Committee: return "committee";
    case BoardKind::TaskAndFinishGroup: return "task and finish group";
    }
    return "board";
}

std::optional<BoardKind> parse_board_kind(std::string_view text) noexcept {
    const std::string key = normalise_name(text);
    if (key == "board") return BoardKind::Board;
    if (key == "committee") return BoardKind::Committee;
    if (key == "task and finish group" || key == "task group" || key == "task and finish")
        return BoardKind::TaskAndFinishGroup;
    return std::nullopt;
}

QuorumRule QuorumRule::at_least(int members) {
    QuorumRule rule;
    rule.kind = Kind::Count;
    rule.count = members;
    return rule;
}

QuorumRule QuorumRule::fraction(int numerator_, int denominator_, int minimum_) {
    QuorumRule rule;
    rule.kind = Kind::Fraction;
    rule.numerator = numerator_;
    rule.denominator = denominator_;
    rule.minimum = minimum_;
    return rule;
}

int required_for_quorum(const QuorumRule& rule, int voting_members) {
    if (rule.kind == QuorumRule::Kind::Count) {
        if (rule.count < 1) throw ValidationError("a quorum must be at least one member");
        return rule.count;
    }
    if (rule.denominator < 1 || rule.numerator < 1 || rule.numerator > rule.denominator)
        throw ValidationError("a quorum fraction must be between 0 and 1, not " + std::to_string(rule.numerator) +
                              "/" + std::to_string(rule.denominator));
    if (voting_members < 0) throw ValidationError("a board cannot have fewer than no voting members");
    // Round up: a quorum of "one quarter" of 13 members is 4, never 3.25 or 3.
    const long long needed =
        (static_cast<long long>(voting_members) * rule.numerator + rule.denominator - 1) / rule.denominator;
    return std::max(static_cast<int>(needed), rule.minimum);
}

std::string board_name_key(std::string_view name) {
    auto words = text::name_words(name);
    if (!words.empty() && words.front() == "the") words.erase(words.begin());
    std::sort(words.begin(), words.end());
    return text::join(words, " ");
}

bool Board::is_called(std::string_view printed) const {
    const std::string key = board_name_key(printed);
    if (key.empty()) return false;
    if (board_name_key(name) == key) return true;
    return std::any_of(aliases.begin(), aliases.end(),
                       [&key](const std::string& alias) { return board_name_key(alias) == key; });
}

bool is_meeting_dates_item(std::string_view title) {
    const std::string key = normalise_name(title);
    if (key.find("minutes") != std::string::npos) return false;
    return key.find("meeting") != std::string::npos && key.find("date") != std::string::npos;
}

std::vector<StandingItem> standing_items_from(const Meeting& agenda) {
    std::vector<StandingItem> out;
    const auto& items = agenda.agenda;
    std::size_t opening_end = 0;
    while (opening_end < items.size() && items[opening_end].standing) ++opening_end;
    std::size_t closing_start = items.size();
    while (closing_start > opening_end && items[closing_start - 1].standing) --closing_start;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!items[i].standing) continue;
        const StandingPlace place = i < opening_end     ? StandingPlace::Opening
                                    : i >= closing_start ? StandingPlace::Closing
                                                         : StandingPlace::Body;
        out.push_back(StandingItem{items[i], place});
    }
    return out;
}

// ---- memberships and attendance

std::string_view to_string(Role role) noexcept {
    switch (role) {
    case Role::Chair: return "chair";
    case Role::DeputyChair: return "deputy chair";
    case Role::Member: return "member";
    case Role::CoOpted: return "co-opted";
    case Role::Officer: return "officer";
    case Role::Adviser: return "adviser";
    }
    return "member";
}

std::optional<Role> parse_role(std::string_view text) noexcept {
    const std::string key = normalise_name(text);
    if (key == "chair" || key == "chairman" || key == "chairperson") return Role::Chair;
    if (key == "deputy chair" || key == "vice chair") return Role::DeputyChair;
    if (key == "member") return Role::Member;
    if (key == "co opted" || key == "co opted member" || key == "coopted") return Role::CoOpted;
    if (key == "officer") return Role::Officer;
    if (key == "adviser" || key == "advisor") return Role::Adviser;
    return std::nullopt;
}

bool active_on(const Membership& membership, Date date) noexcept {
    if (membership.start && date < *membership.start) return false;
    if (membership.end && date > *membership.end) return false;
    return true;
}

bool is_voting(const Membership& membership) noexcept {
    if (membership.voting) return *membership.voting;
    return membership.role == Role::Chair || membership.role == Role::DeputyChair || membership.role == Role::Member;
}

std::string_view to_string(AttendanceStatus status) noexcept {
    switch (status) {
    case AttendanceStatus::Present: return "present";
    case AttendanceStatus::Apologies: return "apologies";
    case AttendanceStatus::Absent: return "absent";
    case AttendanceStatus::Substitute: return "substitute";
    case AttendanceStatus::InAttendance: return "in attendance";
    }
    return "present";
}

std::optional<AttendanceStatus> parse_attendance_status(std::string_view text) noexcept {
    const std::string key = normalise_name(text);
    if (key == "present") return AttendanceStatus::Present;
    if (key == "apologies" || key == "apologies for absence" || key == "apology") return AttendanceStatus::Apologies;
    if (key == "absent") return AttendanceStatus::Absent;
    if (key == "substitute" || key == "substitutes") return AttendanceStatus::Substitute;
    if (key == "in attendance" || key == "also in attendance" || key == "also present")
        return AttendanceStatus::InAttendance;
    return std::nullopt;
}

} // namespace boardroom::governance

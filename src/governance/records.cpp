// Minutes, declarations and the action log: parsing of their small
// vocabularies and the rules of an action's history.
#include "boardroom/core/error.hpp"
#include "boardroom/governance/action.hpp"
#include "boardroom/governance/data_quality.hpp"
#include "boardroom/governance/minutes.hpp"
#include "boardroom/governance/people.hpp"
#include "../text.hpp"

#include <array>

namespace boardroom::governance {

std::string_view to_string(InterestKind kind) noexcept {
    switch (kind) {
    case InterestKind::Pecuniary: return "pecuniary";
    case InterestKind::NonPecuniary: return "non-pecuniary";
    case InterestKind::Other: return "other";
    }
    return "other";
}

std::optional<InterestKind> parse_interest_kind(std::string_view text) noexcept {
    const std::string key = normalise_name(text);
    if (key == "pecuniary" || key == "disclosable pecuniary") return InterestKind::Pecuniary;
    if (key == "non pecuniary" || key == "nonpecuniary") return InterestKind::NonPecuniary;
    if (key == "other" || key == "personal" || key == "prejudicial") return InterestKind::Other;
    return std::nullopt;
}

std::string resolution_label(std::size_t index) {
    // Roman numerals as minutes print them; 3999 parts would be a long meeting.
    static constexpr std::array<std::pair<std::size_t, std::string_view>, 13> kNumerals{{{1000, "m"},
                                                                                        {900, "cm"},
                                                                                        {500, "d"},
                                                                                        {400, "cd"},
                                                                                        {100, "c"},
                                                                                        {90, "xc"},
                                                                                        {50, "l"},
                                                                                        {40, "xl"},
                                                                                        {10, "x"},
                                                                                        {9, "ix"},
                                                                                        {5, "v"},
                                                                                        {4, "iv"},
                                                                                        {1, "i"}}};
    std::size_t n = index + 1;
    std::string out = "(";
    for (const auto& [value, numeral] : kNumerals)
        while (n >= value) {
            out.append(numeral);
            n -= value;
        }
    return out + ")";
}

int parse_roman(std::string_view text) noexcept {
    const std::string key = text::lower(text::trim(text));
    if (key.empty()) return 0;
    auto value_of = [](char c) {
        switch (c) {
        case 'i': return 1;
        case 'v': return 5;
        case 'x': return 10;
        case 'l': return 50;
        case 'c': return 100;
        case 'd': return 500;
        case 'm': return 1000;
        default: return 0;
        }
    };
    int total = 0;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const int v = value_of(key[i]);
        if (v == 0) return 0;
        const int next = i + 1 < key.size() ? value_of(key[i + 1]) : 0;
        total += next > v ? -v : v;
    }
    // Only canonical spellings count ("iiii" is not a numeral a minute-taker writes).
    if (total <= 0) return 0;
    std::string canonical = resolution_label(static_cast<std::size_t>(total - 1));
    canonical = canonical.substr(1, canonical.size() - 2);
    return canonical == key ? total : 0;
}

std::string_view to_string(ActionStatus status) noexcept {
    switch (status) {
    case ActionStatus::Open: return "open";
    case ActionStatus::InProgress: return "in progress";
    case ActionStatus::Done: return "done";
    case ActionStatus::Dropped: return "dropped";
    }
    return "open";
}

std::optional<ActionStatus> parse_action_status(std::string_view text) noexcept {
    const std::string key = normalise_name(text);
    if (key == "open") return ActionStatus::Open;
    if (key == "in progress" || key == "ongoing") return ActionStatus::InProgress;
    if (key == "done" || key == "complete" || key == "completed" || key == "closed") return ActionStatus::Done;
    if (key == "dropped" || key == "withdrawn") return ActionStatus::Dropped;
    return std::nullopt;
}

ActionStatus status_of(const Action& action) noexcept {
    return action.history.empty() ? ActionStatus::Open : action.history.back().status;
}

ActionStatus status_on(const Action& action, Date date) noexcept {
    ActionStatus status = ActionStatus::Open;
    for (const auto& change : action.history) {
        if (change.date > date) break;
        status = change.status;
    }
    return status;
}

void set_status(Action& action, Date date, ActionStatus status, std::string note) {
    if (!date.ok()) throw ValidationError("a status change needs a valid date");
    if (!action.history.empty() && date < action.history.back().date)
        throw ValidationError("action " + std::to_string(action.id.value()) + " already changed status on " +
                              to_iso_string(action.history.back().date) + "; a change dated " +
                              to_iso_string(date) + " cannot come after it");
    action.history.push_back(StatusChange{date, status, std::move(note)});
}

std::string to_string(const DataQualityNote& note) {
    // Built by appending: GCC 12 warns (-Wrestrict, falsely) on chained operator+.
    std::string out;
    out.append(note.file);
    if (note.line > 0) out.append(":").append(std::to_string(note.line));
    if (!out.empty()) out.append(": ");
    out.append(note.message);
    return out;
}

} // namespace boardroom::governance

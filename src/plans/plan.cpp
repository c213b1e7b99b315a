#include "boardroom/plans/plan.hpp"

#include "boardroom/core/error.hpp"
#include "../text.hpp"

#include <algorithm>
#include <charconv>
#include <set>

namespace boardroom::plans {

namespace {

using text::is_digit;
using text::trim;

std::optional<int> to_int(std::string_view text) {
    int value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
    return value;
}

bool all_digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}

} // namespace

PlanPeriod parse_plan_period(std::string_view text) {
    PlanPeriod period;
    period.text = std::string(trim(text));
    std::string_view t = period.text;
    // The separator is '-', '/' or an en dash (three bytes in UTF-8).
    std::size_t split = std::string_view::npos, skip = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '-' || t[i] == '/') {
            split = i;
            skip = 1;
            break;
        }
        if (t.substr(i, 3) == "\u2013") {
            split = i;
            skip = 3;
            break;
        }
    }
    if (split == std::string_view::npos) return period;
    const auto first = trim(t.substr(0, split));
    const auto second = trim(t.substr(split + skip));
    if (first.size() != 4 || !all_digits(first) || !all_digits(second)) return period;
    const int start_year = *to_int(first);
    int end_year = *to_int(second);
    if (second.size() == 2) end_year = start_year / 100 * 100 + end_year;
    else if (second.size() != 4) return period;
    if (end_year < start_year) return period;
    if (t[split] == '/') {  // financial years: 1 April to 31 March
        period.start = make_date(start_year, 4, 1);
        period.end = make_date(end_year, 3, 31);
    } else {
        period.start = make_date(start_year, 1, 1);
        period.end = make_date(end_year, 12, 31);
    }
    return period;
}

const PlanSection* find_section(const Plan& plan, std::string_view number) noexcept {
    for (const auto& section : plan.sections)
        if (section.number == number) return &section;
    return nullptr;
}

const PlanAction* find_action(const Plan& plan, std::string_view number) noexcept {
    for (const auto& action : plan.actions)
        if (action.number == number) return &action;
    return nullptr;
}

const PlanAction& get_action(const Plan& plan, std::string_view number) {
    if (const auto* action = find_action(plan, number)) return *action;
    throw NotFoundError("plan '" + plan.title + "' has no action " + std::string(number));
}

void add_section(Plan& plan, PlanSection section) {
    if (trim(section.number).empty()) throw ValidationError("a section needs a number");
    if (find_section(plan, section.number))
        throw ValidationError("plan '" + plan.title + "' already has a section " + section.number);
    plan.sections.push_back(std::move(section));
}

void add_action(Plan& plan, PlanAction action) {
    if (trim(action.number).empty()) throw ValidationError("an action needs a number");
    if (find_action(plan, action.number))
        throw ValidationError("plan '" + plan.title + "' already has an action " + action.number);
    if (!find_section(plan, action.section))
        throw ValidationError("action " + action.number + " is in section '" + action.section +
                              "', which the plan does not have");
    if (action.leads.empty()) action.leads = split_leads(action.leads_text);
    plan.actions.push_back(std::move(action));
}

bool is_action_number(std::string_view text) noexcept {
    const auto dot = text.find('.');
    if (dot == std::string_view::npos || dot == 0) return false;
    if (!all_digits(text.substr(0, dot))) return false;
    std::string_view minor = text.substr(dot + 1);
    if (!minor.empty() && minor.back() >= 'a' && minor.back() <= 'z') minor.remove_suffix(1);
    return all_digits(minor);
}

std::string_view section_number_of(std::string_view action_number) noexcept {
    return action_number.substr(0, action_number.find('.'));
}

int compare_action_numbers(std::string_view a, std::string_view b) noexcept {
    // Compare runs of digits as numbers and everything else as text.
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (is_digit(a[i]) && is_digit(b[j])) {
            std::size_t ei = i, ej = j;
            while (ei < a.size() && is_digit(a[ei])) ++ei;
            while (ej < b.size() && is_digit(b[ej])) ++ej;
            auto na = a.substr(i, ei - i), nb = b.substr(j, ej - j);
            while (na.size() > 1 && na.front() == '0') na.remove_prefix(1);
            while (nb.size() > 1 && nb.front() == '0') nb.remove_prefix(1);
            if (na.size() != nb.size()) return na.size() < nb.size() ? -1 : 1;
            if (na != nb) return na < nb ? -1 : 1;
            i = ei;
            j = ej;
        } else {
            if (a[i] != b[j]) return a[i] < b[j] ? -1 : 1;
            ++i;
            ++j;
        }
    }
    if (i == a.size() && j == b.size()) return 0;
    return i == a.size() ? -1 : 1;
}

std::vector<std::string> split_leads(std::string_view text) {
    std::vector<std::string> leads;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\n' && text[i] != '/' && text[i] != ';') continue;
        auto piece = trim(text.substr(start, i - start));
        // A list marker left by a pasted <li> is not part of the name.
        if (piece.substr(0, 2) == "- ") piece = trim(piece.substr(2));
        if (!piece.empty() && std::find(leads.begin(), leads.end(), piece) == leads.end())
            leads.emplace_back(piece);
        start = i + 1;
    }
    return leads;
}

void validate(const Plan& plan) {
    validate(plan.scheme);
    std::set<std::string> sections;
    for (const auto& section : plan.sections) {
        if (trim(section.number).empty()) throw ValidationError("plan '" + plan.title + "': a section has no number");
        if (!sections.insert(section.number).second)
            throw ValidationError("plan '" + plan.title + "': section " + section.number + " appears twice");
    }
    std::set<std::string> actions;
    for (const auto& action : plan.actions) {
        if (trim(action.number).empty()) throw ValidationError("plan '" + plan.title + "': an action has no number");
        if (!actions.insert(action.number).second)
            throw ValidationError("plan '" + plan.title + "': action " + action.number + " appears twice");
        if (!sections.count(action.section))
            throw ValidationError("plan '" + plan.title + "': action " + action.number + " is in section '" +
                                  action.section + "', which the plan does not have");
    }
    bool dated = false;
    std::optional<Date> last;
    for (const auto& update : plan.positions) {
        if (!actions.count(update.action))
            throw ValidationError("plan '" + plan.title + "': a position update is for action '" + update.action +
                                  "', which the plan does not have");
        if (!update.date) {
            if (dated)
                throw ValidationError("plan '" + plan.title + "': an undated position of action " + update.action +
                                      " follows dated ones");
            continue;
        }
        dated = true;
        if (last && *update.date < *last)
            throw ValidationError("plan '" + plan.title + "': position updates are not in date order at action " +
                                  update.action);
        last = update.date;
    }
    std::set<std::pair<std::string, Date>> rated;
    std::optional<Date> previous;
    for (const auto& rating : plan.ratings) {
        if (!actions.count(rating.action))
            throw ValidationError("plan '" + plan.title + "': a rating is for action '" + rating.action +
                                  "', which the plan does not have");
        if (!plan.scheme.rank(rating.status))
            throw ValidationError("plan '" + plan.title + "': action " + rating.action + " is rated '" +
                                  rating.status + "', which is not a status of the scheme");
        if (!rated.insert({rating.action, rating.date}).second)
            throw ValidationError("plan '" + plan.title + "': action " + rating.action + " is rated twice on " +
                                  to_iso_string(rating.date));
        if (previous && rating.date < *previous)
            throw ValidationError("plan '" + plan.title + "': ratings are not in date order at action " +
                                  rating.action);
        previous = rating.date;
    }
}

} // namespace boardroom::plans

#include "boardroom/plans/summary.hpp"

#include "../text.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace boardroom::plans {

std::vector<SectionRagCount> rag_counts_by_section(const Plan& plan, const Date& date) {
    const auto states = state_as_of(plan, date);
    std::vector<SectionRagCount> out;
    out.reserve(plan.sections.size() * (plan.scheme.statuses.size() + 1));
    for (const auto& section : plan.sections) {
        auto count = [&](const std::optional<std::string>& status) {
            return static_cast<std::size_t>(std::count_if(states.begin(), states.end(), [&](const ActionState& s) {
                return s.section == section.number && s.status == status;
            }));
        };
        out.push_back({section.number, section.title, "", "Unrated", count(std::nullopt)});
        for (const auto& status : plan.scheme.statuses)
            out.push_back({section.number, section.title, status.code, status.label, count(status.code)});
    }
    return out;
}

MovementReport movement_since_last_report(const Plan& plan, const Date& date) {
    MovementReport report;
    report.current = date;
    // The round in force at `date` is the latest rating on or before it; movement is
    // from the round before that one. (Measuring from the last rating before `date`
    // would compare that round with itself whenever nothing was rated on `date`.)
    std::optional<Date> in_force;
    for (const auto& d : reporting_dates(plan))
        if (!(date < d)) in_force = d;
    report.previous = in_force ? previous_reporting_date(plan, *in_force) : std::nullopt;
    if (report.previous) {
        report.actions = movement_between(plan, *report.previous, date);
    } else {
        // No earlier report: compare with the state before any rating, i.e. all unrated.
        report.actions = movement_between(plan, date, date);
        for (auto& m : report.actions) {
            m.from.reset();
            m.movement = m.to ? (plan.scheme.is_complete(*m.to) ? Movement::Completed : Movement::NewlyRated)
                              : Movement::StillUnrated;
        }
    }
    constexpr Movement kOrder[] = {Movement::Completed, Movement::Improved,  Movement::Unchanged,
                                   Movement::Worsened,  Movement::NewlyRated, Movement::StillUnrated};
    for (const auto& section : plan.sections)
        for (auto kind : kOrder) {
            const auto n = static_cast<std::size_t>(
                std::count_if(report.actions.begin(), report.actions.end(), [&](const ActionMovement& m) {
                    return m.section == section.number && m.movement == kind;
                }));
            if (n > 0) report.counts.push_back({section.number, kind, n});
        }
    return report;
}

std::string lead_key(std::string_view lead) {
    std::string key;
    key.reserve(lead.size());
    for (const char c : text::trim(lead)) {
        if (text::is_space(c)) {
            if (!key.empty() && key.back() != ' ') key.push_back(' ');
            continue;
        }
        key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    while (!key.empty() && (key.back() == ' ' || std::string_view(".,;:-").find(key.back()) != std::string_view::npos))
        key.pop_back();
    return key;
}

bool is_sentence_lead(std::string_view lead) {
    const std::string key = lead_key(lead);
    if (key.empty()) return false;
    std::vector<std::string_view> words;
    for (std::size_t start = 0; start < key.size();) {
        const auto end = std::min(key.find(' ', start), key.size());
        words.push_back(std::string_view(key).substr(start, end - start));
        start = end + 1;
    }
    // An infinitive makes it an instruction, not a name: "To be evaluated ...",
    // "CSE Strategic Group to arrange ...". "to" ending a name ("Head of Service to")
    // never occurs in a Lead cell; "in line with" and "through" read as clauses too.
    if (words.front() == "to") return true;
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (words[i] == "to" && (words[i + 1] == "be" || words[i + 1] == "arrange" || words[i + 1] == "ensure" ||
                                 words[i + 1] == "evaluate" || words[i + 1] == "review" || words[i + 1] == "agree"))
            return true;
    if (key.find("in line with") != std::string::npos || key.find("evaluated") != std::string::npos) return true;
    const auto printed = text::trim(lead);
    return words.size() >= 8 && printed.back() == '.';
}

bool reads_complete(std::string_view position) {
    const std::string key = lead_key(position);
    if (key.empty()) return false;
    bool done = false;
    std::size_t start = 0;
    while (start <= key.size()) {
        auto end = key.find_first_of("/,&", start);
        if (end == std::string::npos) end = key.size();
        std::string word(text::trim(std::string_view(key).substr(start, end - start)));
        while (!word.empty() && (word.back() == '.' || word.back() == '!')) word.pop_back();
        if (word.rfind("and ", 0) == 0) word = word.substr(4);
        if (word == "complete" || word == "completed" || word == "done" || word == "achieved")
            done = true;
        else if (!(word == "reviewed" || word == "reviewed and completed" || word == "in place" || word.empty()))
            return false;
        start = end + 1;
    }
    return done;
}

std::vector<LeadOverdue> overdue_by_lead(const Plan& plan, const Date& date) {
    std::map<std::string, LeadOverdue> by_lead;  // by lead_key
    for (const auto& overdue : overdue_as_of(plan, date)) {
        if (overdue.reported_complete) continue;  // flagged by the caller, not chased
        std::vector<std::string> leads;
        for (const auto& lead : overdue.leads)
            if (!is_sentence_lead(lead)) leads.push_back(lead);
        if (leads.empty()) leads.emplace_back();  // listed under "no lead"
        std::vector<std::string> counted;
        for (const auto& lead : leads) {
            const std::string key = lead_key(lead);
            if (std::find(counted.begin(), counted.end(), key) != counted.end()) continue;
            counted.push_back(key);
            auto& entry = by_lead[key];
            if (entry.count == 0) {
                std::string_view shown = text::trim(lead);
                while (!shown.empty() && std::string_view(".,;:").find(shown.back()) != std::string_view::npos)
                    shown.remove_suffix(1);
                entry.lead = std::string(text::trim(shown));
            }
            ++entry.count;
            entry.actions.push_back(overdue.action);
            entry.max_days_overdue = std::max(entry.max_days_overdue, overdue.days_overdue);
        }
    }
    std::vector<LeadOverdue> out;
    out.reserve(by_lead.size());
    for (auto& [key, entry] : by_lead) out.push_back(std::move(entry));
    std::stable_sort(out.begin(), out.end(), [](const LeadOverdue& a, const LeadOverdue& b) {
        if (a.count != b.count) return a.count > b.count;
        return lead_key(a.lead) < lead_key(b.lead);
    });
    return out;
}

} // namespace boardroom::plans

#include "boardroom/plans/summary.hpp"

#include <algorithm>
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
    report.previous = previous_reporting_date(plan, date);
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

std::vector<LeadOverdue> overdue_by_lead(const Plan& plan, const Date& date) {
    std::map<std::string, LeadOverdue> by_lead;
    for (const auto& overdue : overdue_as_of(plan, date)) {
        std::vector<std::string> leads = overdue.leads;
        if (leads.empty()) leads.emplace_back();  // listed under "no lead"
        for (const auto& lead : leads) {
            auto& entry = by_lead[lead];
            entry.lead = lead;
            ++entry.count;
            entry.actions.push_back(overdue.action);
            entry.max_days_overdue = std::max(entry.max_days_overdue, overdue.days_overdue);
        }
    }
    std::vector<LeadOverdue> out;
    out.reserve(by_lead.size());
    for (auto& [lead, entry] : by_lead) out.push_back(std::move(entry));
    std::stable_sort(out.begin(), out.end(), [](const LeadOverdue& a, const LeadOverdue& b) {
        if (a.count != b.count) return a.count > b.count;
        return a.lead < b.lead;
    });
    return out;
}

} // namespace boardroom::plans

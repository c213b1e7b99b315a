#include "boardroom/plans/check.hpp"

#include "boardroom/core/error.hpp"
#include "../text.hpp"

#include <algorithm>
#include <map>

namespace boardroom::plans {

namespace {

using text::is_digit;

bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

} // namespace

std::string to_string(const Warning& warning) {
    std::string out = format_location({warning.file, warning.line, warning.subject, warning.field});
    return out.empty() ? warning.message : out + ": " + warning.message;
}

std::vector<Warning> with_code(const std::vector<Warning>& warnings, const std::string& code) {
    std::vector<Warning> out;
    std::copy_if(warnings.begin(), warnings.end(), std::back_inserter(out),
                 [&code](const Warning& w) { return w.code == code; });
    return out;
}

std::vector<std::string> find_action_references(std::string_view text) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_digit(text[i])) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < text.size() && is_digit(text[i])) ++i;
        // A reference stands alone: not inside a word, a version ("v2.1"), a
        // longer dotted number ("1.2.3"), an amount ("£2.50") or a time ("2.30pm").
        const bool clean_before =
            start == 0 || !(is_digit(text[start - 1]) || is_alpha(text[start - 1]) || text[start - 1] == '.' ||
                            static_cast<unsigned char>(text[start - 1]) >= 0x80 || text[start - 1] == '$');
        if (i >= text.size() || text[i] != '.' || i + 1 >= text.size() || !is_digit(text[i + 1])) continue;
        const std::size_t dot = i++;
        const std::size_t minor = i;
        while (i < text.size() && is_digit(text[i])) ++i;
        std::size_t end = i;
        if (end < text.size() && text[end] >= 'a' && text[end] <= 'z' &&
            (end + 1 == text.size() || !is_alpha(text[end + 1])))
            ++end;  // "2.5a"
        const bool clean_after = end == text.size() ||
                                 !(is_digit(text[end]) || is_alpha(text[end]) || text[end] == '%' ||
                                   (text[end] == '.' && end + 1 < text.size() && is_digit(text[end + 1])));
        const bool plausible = dot - start <= 2 && i - minor <= 2 && text[minor] != '0';
        if (clean_before && clean_after && plausible) out.emplace_back(text.substr(start, end - start));
        i = end;
        // Skip the rest of a longer dotted number so "1.2.3" yields nothing.
        while (i < text.size() && (is_digit(text[i]) || text[i] == '.')) ++i;
    }
    return out;
}

std::vector<Warning> check_plan(const Plan& plan, const std::string& file) {
    std::vector<Warning> out;
    auto warn = [&](std::size_t line, std::string code, std::string subject, std::string field, std::string message) {
        out.push_back({file, line, std::move(code), std::move(subject), std::move(field), std::move(message)});
    };

    for (const auto& section : plan.sections) {
        const bool any = std::any_of(plan.actions.begin(), plan.actions.end(),
                                     [&](const PlanAction& a) { return a.section == section.number; });
        if (!any) warn(section.line, "empty-section", "section " + section.number, "", "the section has no actions");
    }

    std::map<std::string, int> last_minor;  // per section, to spot gaps in numbering
    for (const auto& action : plan.actions) {
        const std::string subject = "action " + action.number;
        const PlanSection* section = find_section(plan, action.section);
        const std::string position_field =
            section && !section->position_heading.empty() ? section->position_heading : "Current Position";

        if (is_action_number(action.number) && section_number_of(action.number) != action.section)
            warn(action.line, "section-mismatch", subject, "Action",
                 "the number does not belong to section " + action.section + " under which it is printed");
        if (is_action_number(action.number) && section_number_of(action.number) == action.section) {
            const auto minor_text = action.number.substr(action.number.find('.') + 1);
            int minor = 0;
            for (char c : minor_text)
                if (is_digit(c)) minor = minor * 10 + (c - '0');
            const auto it = last_minor.try_emplace(action.section, 0).first;
            if (minor > it->second + 1)
                warn(action.line, "numbering-gap", subject, "Action",
                     "the numbering jumps from " +
                         (it->second == 0 ? "the start of section " + action.section
                                          : action.section + "." + std::to_string(it->second)) +
                         " to " + action.number);
            it->second = std::max(it->second, minor);
        }

        if (text::trim(action.leads_text).empty())
            warn(action.line, "missing-lead", subject, "Lead", "no lead is given");
        if (text::trim(action.outcomes).empty())
            warn(action.line, "missing-outcomes", subject, "Anticipated Outcomes", "no anticipated outcome is given");

        const auto& timescale = action.timescale;
        if (timescale.kind == TimescaleKind::Unspecified)
            warn(action.line, "missing-timescale", subject, "Timescales", "no timescale is given");
        else if (timescale.kind == TimescaleKind::Unrecognised)
            warn(action.line, "unrecognised-timescale", subject, "Timescales",
                 "could not read the timescale '" + timescale.text + "'; it is kept as text");
        if (timescale.date) {
            const std::string what = timescale.kind == TimescaleKind::ReviewBy ? "review date" : "due date";
            if (plan.period.start && *timescale.date < *plan.period.start)
                warn(action.line, "before-period", subject, "Timescales",
                     "the " + what + " '" + timescale.text + "' (" + to_iso_string(*timescale.date) +
                         ") is before the plan period " + plan.period.text + " starts (" +
                         to_iso_string(*plan.period.start) + ")");
            if (plan.period.end && *plan.period.end < *timescale.date)
                warn(action.line, "after-period", subject, "Timescales",
                     "the " + what + " '" + timescale.text + "' (" + to_iso_string(*timescale.date) +
                         ") is after the plan period " + plan.period.text + " ends (" +
                         to_iso_string(*plan.period.end) + ")");
        }

        auto check_refs = [&](const std::string& text, const std::string& field) {
            for (const auto& ref : find_action_references(text)) {
                if (ref == action.number || find_action(plan, ref)) continue;
                const auto ref_section = std::string(section_number_of(ref));
                std::string detail;
                if (find_section(plan, ref_section)) {
                    std::string last;
                    for (const auto& other : plan.actions)
                        if (other.section == ref_section) last = other.number;
                    detail = last.empty() ? "; section " + ref_section + " has no actions"
                                          : "; section " + ref_section + " ends at " + last;
                } else {
                    detail = "; the plan has no section " + ref_section;
                }
                warn(action.line, "unknown-reference", subject, field,
                     "refers to action " + ref + ", which the plan does not have" + detail);
            }
        };
        check_refs(action.text, "Action");
        check_refs(action.outcomes, "Anticipated Outcomes");
        check_refs(action.leads_text, "Lead");
        for (const auto& update : plan.positions)
            if (update.action == action.number) check_refs(update.text, position_field);
    }
    return out;
}

} // namespace boardroom::plans

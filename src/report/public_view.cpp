#include "boardroom/report/public_view.hpp"

#include "boardroom/report/disclose.hpp"

namespace boardroom::report {

governance::Meeting public_view(const governance::Meeting& meeting) {
    governance::validate(meeting);
    governance::Meeting out = meeting;
    for (auto& item : out.agenda) {
        if (!item.is_exempt()) continue;
        item.title = std::string(withheld_title);
        item.intended_outcome.clear();
        item.leads.clear();
        item.pages.reset();
        // The special circumstances of exempt urgent business may reveal what
        // is exempt; the item stays marked urgent, its reason withheld.
        if (item.urgent_reason) item.urgent_reason = "withheld (" + exempt_notice(item) + ")";
    }
    return out;
}

std::string exempt_notice(const governance::AgendaItem& item) {
    if (!item.is_exempt()) return {};
    return exempt_notice(item.exempt_paragraph);
}

std::string exempt_notice(int paragraph) {
    if (paragraph == 0) return "Exempt under Schedule 12A to the Local Government Act 1972 (paragraph not recorded)";
    return "Exempt \u2014 paragraph " + std::to_string(paragraph) + " of Schedule 12A to the Local Government Act 1972";
}

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

} // namespace boardroom::report

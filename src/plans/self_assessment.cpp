#include "boardroom/plans/self_assessment.hpp"

#include "boardroom/core/error.hpp"
#include "../text.hpp"

#include <array>

namespace boardroom::plans {

namespace {

using text::iequals;
using text::trim;

bool starts_question(std::string_view word) {
    static constexpr std::array<std::string_view, 20> kStarters{
        "do",   "does", "is",    "are",  "has", "have", "how",  "what", "who", "which",
        "where", "when", "can",  "will", "should", "1)", "(1)", "a)",   "i)",  "1."};
    for (auto starter : kStarters)
        if (iequals(word, starter)) return true;
    return false;
}

} // namespace

std::pair<std::string, std::string> split_area(std::string_view cell) {
    cell = trim(cell);
    const auto newline = cell.find('\n');
    const std::string_view first = trim(cell.substr(0, newline));
    const std::string_view rest = newline == std::string_view::npos ? std::string_view{} : trim(cell.substr(newline + 1));
    // The area's name is the run of words before the first word that opens a question.
    std::size_t pos = 0;
    bool first_word = true;
    while (pos < first.size()) {
        while (pos < first.size() && first[pos] == ' ') ++pos;
        std::size_t end = pos;
        while (end < first.size() && first[end] != ' ') ++end;
        if (end == pos) break;
        if (!first_word && starts_question(first.substr(pos, end - pos))) {
            std::string question(first.substr(pos));
            if (!rest.empty()) question.append("\n").append(rest);
            return {std::string(trim(first.substr(0, pos))), question};
        }
        first_word = false;
        pos = end;
    }
    return {std::string(first), std::string(rest)};
}

bool parse_yes_no(std::string_view text, std::optional<bool>& out) noexcept {
    text = trim(text);
    if (!text.empty() && text.back() == '.') text.remove_suffix(1);
    if (text.empty()) {
        out.reset();
        return true;
    }
    if (iequals(text, "y") || iequals(text, "yes")) {
        out = true;
        return true;
    }
    if (iequals(text, "n") || iequals(text, "no")) {
        out = false;
        return true;
    }
    return false;
}

void add_item(SelfAssessment& assessment, SelfAssessmentItem item) {
    if (trim(item.number).empty()) throw ValidationError("a self-assessment item needs a number");
    for (const auto& other : assessment.items)
        if (other.number == item.number) throw ValidationError("item " + item.number + " appears twice");
    if (!trim(item.status).empty()) {
        const auto* status = assessment.scheme.find(item.status);
        if (!status)
            throw ValidationError("item " + item.number + " is rated '" + item.status +
                                  "', not a status of the scheme '" + assessment.scheme.name + "'");
        item.status = status->code;
    }
    assessment.items.push_back(std::move(item));
}

std::vector<Warning> check_self_assessment(const SelfAssessment& assessment, const std::string& file) {
    std::vector<Warning> out;
    for (const auto& item : assessment.items) {
        const std::string subject = "item " + item.number + (item.area.empty() ? "" : " (" + item.area + ")");
        auto warn = [&](std::string code, std::string field, std::string message) {
            out.push_back({file, item.line, std::move(code), subject, std::move(field), std::move(message)});
        };
        const bool has_action = !trim(item.action_taken).empty();
        if (!item.at_risk) warn("missing-risk", "Risk Y/N", "whether this is a risk is not answered");
        if (item.at_risk && *item.at_risk && !has_action)
            warn("missing-action", "Action taken", "a risk is identified but no action is recorded");
        if (has_action && trim(item.owner).empty()) warn("missing-owner", "Owner", "the action has no owner");
        if (has_action && item.when.kind == TimescaleKind::Unspecified)
            warn("missing-when", "When", "the action has no date");
        if (!item.status.empty() && !has_action)
            warn("rating-without-action", "RAG", "the item is rated but no action is recorded");
    }
    return out;
}

} // namespace boardroom::plans

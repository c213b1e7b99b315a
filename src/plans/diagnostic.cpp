#include "boardroom/plans/diagnostic.hpp"

#include "boardroom/core/error.hpp"
#include "../text.hpp"

#include <algorithm>

namespace boardroom::plans {

namespace {

using text::is_digit;
using text::lower;

bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Skips spaces; returns the new position.
std::size_t skip_spaces(std::string_view text, std::size_t i) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
    return i;
}

// If `word` starts at i (whole word, lower-case text), returns the position after it.
std::optional<std::size_t> take_word(std::string_view text, std::size_t i, std::string_view word) {
    if (text.substr(i, word.size()) != word) return std::nullopt;
    const std::size_t end = i + word.size();
    if (end < text.size() && is_alpha(text[end])) return std::nullopt;
    return end;
}

} // namespace

std::vector<CrossReference> find_cross_references(std::string_view original) {
    const std::string text = lower(original);
    std::vector<CrossReference> out;
    std::size_t from = 0;
    while (true) {
        const std::size_t at = text.find("see", from);
        if (at == std::string::npos) break;
        from = at + 3;
        if (at > 0 && is_alpha(text[at - 1])) continue;  // "foresee"
        auto i = take_word(text, at, "see");
        if (!i) continue;
        std::size_t pos = skip_spaces(text, *i);
        if (auto also = take_word(text, pos, "also")) pos = skip_spaces(text, *also);
        for (std::string_view noun : {"findings", "finding", "points", "point", "items", "item", "paragraph",
                                      "number", "no."})
            if (auto after = take_word(text, pos, noun)) {
                pos = skip_spaces(text, *after);
                break;
            }
        // One number or a list: "3", "3 and 5", "3, 4 & 5".
        std::vector<int> numbers;
        while (pos < text.size() && is_digit(text[pos])) {
            int n = 0;
            std::size_t j = pos;
            while (j < text.size() && is_digit(text[j]) && j - pos < 4) n = n * 10 + (text[j++] - '0');
            if (j < text.size() && (is_digit(text[j]) || (text[j] == '.' && j + 1 < text.size() && is_digit(text[j + 1]))))
                break;  // "See 3.7" is an action number, not a finding
            numbers.push_back(n);
            pos = skip_spaces(text, j);
            std::size_t next = pos;
            if (next < text.size() && (text[next] == ',' || text[next] == '&')) next = skip_spaces(text, next + 1);
            else if (auto and_ = take_word(text, next, "and")) next = skip_spaces(text, *and_);
            else break;
            if (next < text.size() && is_digit(text[next])) pos = next;
            else break;
        }
        if (numbers.empty()) continue;
        std::string direction;
        std::size_t end = pos;
        if (auto above = take_word(text, pos, "above")) {
            direction = "above";
            end = *above;
        } else if (auto below = take_word(text, pos, "below")) {
            direction = "below";
            end = *below;
        } else if (pos < text.size() && std::string_view(".,;:)").find(text[pos]) == std::string_view::npos) {
            continue;  // "see 2 reports": not a reference
        }
        // Trim spaces before `end` so the text stops at the last word.
        std::size_t stop = end;
        while (stop > at && (text[stop - 1] == ' ' || text[stop - 1] == '\n')) --stop;
        const std::string phrase(original.substr(at, stop - at));
        for (int n : numbers) out.push_back({phrase, n, direction});
        from = end;
    }
    return out;
}

const DiagnosticFinding* find_finding(const Diagnostic& diagnostic, int number) noexcept {
    for (const auto& finding : diagnostic.findings)
        if (finding.number == number) return &finding;
    return nullptr;
}

void add_finding(Diagnostic& diagnostic, DiagnosticFinding finding) {
    if (finding.number < 1) throw ValidationError("a finding needs a number from 1");
    if (find_finding(diagnostic, finding.number))
        throw ValidationError("finding " + std::to_string(finding.number) + " appears twice");
    if (finding.references.empty()) finding.references = find_cross_references(finding.response);
    diagnostic.findings.push_back(std::move(finding));
}

std::vector<ResolvedReference> resolve_references(const Diagnostic& diagnostic) {
    std::vector<ResolvedReference> out;
    for (const auto& finding : diagnostic.findings)
        for (const auto& reference : finding.references) {
            ResolvedReference resolved;
            resolved.from = finding.number;
            resolved.reference = reference;
            if (const auto* target = find_finding(diagnostic, reference.target)) {
                resolved.resolved = true;
                resolved.target_assessment = target->assessment;
                resolved.target_response = target->response;
            }
            out.push_back(std::move(resolved));
        }
    return out;
}

void add_progress(Diagnostic& diagnostic, const FindingProgress& progress) {
    if (!find_finding(diagnostic, progress.finding))
        throw ValidationError("progress recorded for finding " + std::to_string(progress.finding) +
                              ", which the diagnostic does not have");
    if (text::trim(progress.note).empty())
        throw ValidationError("progress on finding " + std::to_string(progress.finding) + " has no note");
    if (!progress.date.ok())
        throw ValidationError("progress on finding " + std::to_string(progress.finding) + " has an invalid date");
    FindingProgress entry = progress;
    if (!text::trim(progress.status).empty()) {
        const auto* status = diagnostic.scheme.find(progress.status);
        if (!status)
            throw ValidationError("progress on finding " + std::to_string(progress.finding) + " is rated '" +
                                  progress.status + "', not a status of the scheme '" + diagnostic.scheme.name + "'");
        entry.status = status->code;
    }
    const auto at = std::upper_bound(diagnostic.progress.begin(), diagnostic.progress.end(), entry.date,
                                     [](const Date& d, const FindingProgress& p) { return d < p.date; });
    diagnostic.progress.insert(at, std::move(entry));  // strong guarantee: single insert
}

std::optional<FindingProgress> progress_as_of(const Diagnostic& diagnostic, int finding, const Date& date) {
    if (!find_finding(diagnostic, finding))
        throw NotFoundError("the diagnostic has no finding " + std::to_string(finding));
    std::optional<FindingProgress> found;
    for (const auto& entry : diagnostic.progress) {
        if (date < entry.date) break;
        if (entry.finding == finding) found = entry;
    }
    return found;
}

std::vector<Warning> check_diagnostic(const Diagnostic& diagnostic, const std::string& file) {
    std::vector<Warning> out;
    int previous = 0;
    for (const auto& finding : diagnostic.findings) {
        const std::string subject = "finding " + std::to_string(finding.number);
        if (finding.number > previous + 1)
            out.push_back({file, finding.line, "numbering-gap", subject, "No",
                           "the numbering jumps from " + std::to_string(previous) + " to " +
                               std::to_string(finding.number)});
        previous = std::max(previous, finding.number);
        if (text::trim(finding.response).empty())
            out.push_back({file, finding.line, "missing-response", subject, "Response", "no response is given"});
        for (const auto& reference : finding.references) {
            const auto* target = find_finding(diagnostic, reference.target);
            if (!target) {
                out.push_back({file, finding.line, "unknown-reference", subject, "Response",
                               "'" + reference.text + "' refers to finding " + std::to_string(reference.target) +
                                   ", which the diagnostic does not have"});
                continue;
            }
            const bool wrong_way = (reference.direction == "above" && reference.target >= finding.number) ||
                                   (reference.direction == "below" && reference.target <= finding.number);
            if (wrong_way)
                out.push_back({file, finding.line, "reference-direction", subject, "Response",
                               "'" + reference.text + "' points " + reference.direction + " but finding " +
                                   std::to_string(reference.target) + " is not " + reference.direction});
        }
    }
    return out;
}

} // namespace boardroom::plans

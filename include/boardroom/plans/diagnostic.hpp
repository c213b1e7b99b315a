// Diagnostic findings and the responses to them, as in the LSCB's "Child
// Sexual Exploitation - Responses to Diagnostic Exercise completed in February
// 2015" (seed 001): numbered findings ("Assessment"), each with a response that
// may point at another ("See 3 above."), then dated progress on each finding.
#pragma once

#include "boardroom/core/date.hpp"
#include "boardroom/plans/rag.hpp"
#include "boardroom/plans/warning.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::plans {

/// A pointer from one text to a numbered finding: "See 3 above".
struct CrossReference {
    std::string text;      ///< as printed: "See 3 above"
    int target{0};         ///< 3
    std::string direction; ///< "above", "below" or empty

    friend bool operator==(const CrossReference&, const CrossReference&) = default;
};

/// Finds "See 3 above", "see 4 below", "(see 12)", "see also 3 and 5 above"
/// in running text, in order. "See 3.7" (an action number) is not one.
std::vector<CrossReference> find_cross_references(std::string_view text);

struct DiagnosticFinding {
    int number{0};
    std::string assessment;  ///< the finding
    std::string response;    ///< what the agencies say they did
    std::vector<CrossReference> references;  ///< found in the response
    std::size_t line{0};     ///< line of the row in the source; 0 if none

    friend bool operator==(const DiagnosticFinding&, const DiagnosticFinding&) = default;
};

/// Progress on a finding after the response: dated, optionally RAG-rated.
struct FindingProgress {
    int finding{0};
    Date date{};
    std::string note;
    std::string status;  ///< a code of the diagnostic's scheme, or empty
    std::string recorded_by;

    friend bool operator==(const FindingProgress&, const FindingProgress&) = default;
};

struct Diagnostic {
    std::string title;
    std::vector<std::string> notes;  ///< introductory text printed above the table
    RagScheme scheme{default_rag_scheme()};
    std::vector<DiagnosticFinding> findings;  ///< printed order
    std::vector<FindingProgress> progress;    ///< by date, order of entry within a date

    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

const DiagnosticFinding* find_finding(const Diagnostic& diagnostic, int number) noexcept;

/// Adds a finding (its references are found in the response if left empty).
/// Throws ValidationError for a number below 1 or already used.
void add_finding(Diagnostic& diagnostic, DiagnosticFinding finding);

/// A cross reference followed to its target.
struct ResolvedReference {
    int from{0};         ///< the finding whose response has the reference
    CrossReference reference;
    bool resolved{false};          ///< the target finding exists
    std::string target_assessment; ///< the target's assessment, if resolved
    std::string target_response;   ///< the target's response, if resolved
};

/// Every cross reference of every finding, in printed order.
std::vector<ResolvedReference> resolve_references(const Diagnostic& diagnostic);

/// Appends progress after checking it (known finding, non-empty note, a status
/// of the scheme if given). Throws ValidationError; unchanged on failure.
void add_progress(Diagnostic& diagnostic, const FindingProgress& progress);

/// The latest progress on a finding on or before `date`.
std::optional<FindingProgress> progress_as_of(const Diagnostic& diagnostic, int finding, const Date& date);

/// Warnings: references to findings that do not exist ("unknown-reference"),
/// "above" pointing at a later finding or "below" at an earlier one
/// ("reference-direction"), numbers skipped ("numbering-gap"), findings
/// without a response ("missing-response"). `file` names the source.
std::vector<Warning> check_diagnostic(const Diagnostic& diagnostic, const std::string& file = "");

} // namespace boardroom::plans

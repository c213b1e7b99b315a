// Self-assessments such as the "Prevent Duty Risk Assessment / Action Plan"
// template (seed 000, lines 882-889): numbered vulnerability / risk areas, each
// with a question, whether the institution judges itself at risk (Y/N), the
// action taken or already in place, an owner, when, and a RAG rating.
#pragma once

#include "boardroom/plans/rag.hpp"
#include "boardroom/plans/timescale.hpp"
#include "boardroom/plans/warning.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace boardroom::plans {

struct SelfAssessmentItem {
    std::string number;       ///< "1"
    std::string area;         ///< "LEADERSHIP", "Partnership"
    std::string question;     ///< the rest of the area cell
    std::optional<bool> at_risk;  ///< the Risk Y/N cell; empty if not answered
    std::string action_taken; ///< action taken / already in place
    std::string owner;
    Timescale when;
    std::string status;       ///< RAG code, or empty if unrated
    std::size_t line{0};

    friend bool operator==(const SelfAssessmentItem&, const SelfAssessmentItem&) = default;
};

struct SelfAssessment {
    std::string title;
    std::vector<std::string> notes;
    RagScheme scheme{default_rag_scheme()};
    std::vector<SelfAssessmentItem> items;

    friend bool operator==(const SelfAssessment&, const SelfAssessment&) = default;
};

/// Splits an area cell into the area's name and its question: the name is the
/// first line if the cell has several, otherwise the words before the first
/// question ("LEADERSHIP Do the following ..." -> "LEADERSHIP", "Do the ...";
/// "Partnership 1) Is there ..." -> "Partnership", "1) Is there ...").
std::pair<std::string, std::string> split_area(std::string_view cell);

/// Reads a Y/N cell: "Y", "Yes" -> true; "N", "No" -> false (any case, an
/// optional final '.'); "" -> empty. Returns false, leaving `out` alone, for
/// anything else.
bool parse_yes_no(std::string_view text, std::optional<bool>& out) noexcept;

/// Adds an item; throws ValidationError for an empty or duplicate number or a
/// status not in the scheme (unchanged on failure).
void add_item(SelfAssessment& assessment, SelfAssessmentItem item);

/// Warnings: risk not answered ("missing-risk"), a risk with no action
/// ("missing-action"), an action with no owner ("missing-owner") or no date
/// ("missing-when"), a rated item with no action ("rating-without-action").
std::vector<Warning> check_self_assessment(const SelfAssessment& assessment, const std::string& file = "");

} // namespace boardroom::plans

// RAG (red / amber / green) rating schemes. A plan prints its key beside the
// table; the key, not a hard-coded enum, says which statuses exist, how they
// rank and which one means "complete", so boards with their own scales
// (BRAG, five-point, "not started") fit without code changes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::plans {

/// One status of a scheme, e.g. {"A", "Amber", "Making progress but ...", "#FFC000"}.
struct RagStatus {
    std::string code;         ///< what is written in the RAG cell: "R", "A", "G", "B"
    std::string label;        ///< "Red"
    std::string description;  ///< the key's wording, kept as printed
    std::string colour;       ///< "#RRGGBB" for charts; may be empty
    bool complete{false};     ///< rating with this status means the action is done

    friend bool operator==(const RagStatus&, const RagStatus&) = default;
};

/// An ordered list of statuses, worst first: rank 0 is the worst. "Unrated"
/// is not a status: it is the absence of a rating.
struct RagScheme {
    std::string name;
    std::vector<RagStatus> statuses;

    /// The status whose code or label matches `text`, ignoring case and
    /// surrounding spaces ("a", "Amber", "AMBER"); nullptr if none.
    const RagStatus* find(std::string_view text) const noexcept;
    /// Rank of a status code (0 = worst); std::nullopt if the code is unknown.
    std::optional<std::size_t> rank(std::string_view code) const noexcept;
    /// True if `code` names a status flagged complete.
    bool is_complete(std::string_view code) const noexcept;

    friend bool operator==(const RagScheme&, const RagScheme&) = default;
};

/// The key printed under the Pan-Lancashire LSCB CSE Action Plan 2015-2018
/// (seed 000, lines 1022-1028): R, A, G with the key's own wording. It has no
/// "complete" status.
RagScheme seed_rag_key();

/// The default: the seed's key plus Blue = complete (BRAG), the common practice
/// the seed does not print. Colours follow the Fingertips palette already used
/// by the indicators (worse #C00000, similar #FFC000, better #92D050).
RagScheme default_rag_scheme();

/// Adds Blue "Complete" at the best end unless the scheme already has a
/// complete status; returns the scheme.
RagScheme with_blue_complete(RagScheme scheme);

/// Conventional colour for a status name ("red", "amber", "green", "blue",
/// "grey"/"gray", "black"), empty if none.
std::string conventional_colour(std::string_view name);

/// Throws ValidationError unless the scheme has at least one status, every code
/// is non-empty and codes and labels are unique (ignoring case).
void validate(const RagScheme& scheme);

} // namespace boardroom::plans

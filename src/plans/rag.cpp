#include "boardroom/plans/rag.hpp"

#include "boardroom/core/error.hpp"
#include "../text.hpp"

#include <algorithm>

namespace boardroom::plans {

using text::iequals;
using text::trim;

const RagStatus* RagScheme::find(std::string_view text) const noexcept {
    text = trim(text);
    if (text.empty()) return nullptr;
    for (const auto& status : statuses)
        if (iequals(status.code, text) || iequals(status.label, text)) return &status;
    return nullptr;
}

std::optional<std::size_t> RagScheme::rank(std::string_view code) const noexcept {
    for (std::size_t i = 0; i < statuses.size(); ++i)
        if (statuses[i].code == code) return i;
    return std::nullopt;
}

bool RagScheme::is_complete(std::string_view code) const noexcept {
    return std::any_of(statuses.begin(), statuses.end(),
                       [code](const RagStatus& s) { return s.code == code && s.complete; });
}

std::string conventional_colour(std::string_view name) {
    const std::string key = text::lower(trim(name));
    // The Fingertips colours (worse / similar / better) the indicator charts use,
    // so a RAG dashboard and an indicator chart agree on what red means.
    if (key == "red" || key == "r") return "#C00000";
    if (key == "amber" || key == "a") return "#FFC000";
    if (key == "green" || key == "g") return "#92D050";
    if (key == "blue" || key == "b") return "#0070C0";
    if (key == "grey" || key == "gray") return "#C9C9C9";
    if (key == "black") return "#000000";
    return {};
}

RagScheme seed_rag_key() {
    // Wording exactly as printed under the plan (seed 000, lines 1024-1028).
    return RagScheme{
        "Pan-Lancashire LSCB CSE Action Plan RAG key",
        {
            {"R", "Red",
             "Little progress made/Significant challenges to delivery identified which need to be overcome.",
             conventional_colour("red"), false},
            {"A", "Amber", "Making progress but some challenges to delivery need to be overcome",
             conventional_colour("amber"), false},
            {"G", "Green", "Progressing well/ No challenges to continual delivery identified",
             conventional_colour("green"), false},
        }};
}

RagScheme with_blue_complete(RagScheme scheme) {
    const bool has_complete =
        std::any_of(scheme.statuses.begin(), scheme.statuses.end(), [](const RagStatus& s) { return s.complete; });
    if (!has_complete) {
        scheme.statuses.push_back({"B", "Blue", "Complete", conventional_colour("blue"), true});
        if (!scheme.name.empty()) scheme.name += " with Blue = complete";
    }
    return scheme;
}

RagScheme default_rag_scheme() {
    RagScheme scheme = with_blue_complete(seed_rag_key());
    scheme.name = "BRAG (seed key with Blue = complete)";
    return scheme;
}

void validate(const RagScheme& scheme) {
    if (scheme.statuses.empty()) throw ValidationError("RAG scheme '" + scheme.name + "' has no statuses");
    for (std::size_t i = 0; i < scheme.statuses.size(); ++i) {
        const auto& status = scheme.statuses[i];
        if (trim(status.code).empty())
            throw ValidationError("RAG scheme '" + scheme.name + "': status " + std::to_string(i + 1) +
                                  " has no code");
        for (std::size_t j = 0; j < i; ++j) {
            const auto& other = scheme.statuses[j];
            const bool clash = iequals(other.code, status.code) || iequals(other.label, status.code) ||
                               (!status.label.empty() &&
                                (iequals(other.label, status.label) || iequals(other.code, status.label)));
            if (clash)
                throw ValidationError("RAG scheme '" + scheme.name + "': status '" + status.code +
                                      "' is listed twice");
        }
    }
}

} // namespace boardroom::plans

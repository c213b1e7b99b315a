// An action plan as pasted from Word into a text file: the form officers
// circulate, and the form the Pan-Lancashire LSCB CSE Action Plan 2015-2018
// takes in the seed (000, lines 902-1028):
//
//   Pan Lancashire ... Board Child Sexual Exploitation Action Plan 2015-2018   <- title (first line)
//   1. Prevent: Public Confidence and Awareness.                              <- section heading
//   The LSCB must engage with communities, ...                                 <- statement
//   \tAction\tAnticipated Outcomes\tLead\tTimescales\tCurrent Position\tRAG   <- header row
//   1.1\t<p>Ensure ...</p>\t...                                               <- action rows
//   \t\t\t\t\t<p>educational sessions ...</p>\t                              <- continuation (first cell empty)
//   --\t--\t--\t--\t--\t--\t--                                                 <- separator (page break)
//   NB PLEASE MAKE REFERENCE ...                                               <- note
//   RAG                                                                        <- the key
//   R RED – Little progress made/...
//
// Columns are found by their header, in any order: the number (first, header
// empty or "No"), Action, Anticipated Outcomes, Lead, Timescales, Current
// Position / Evidence / Progress, RAG. Action, Lead and Timescales are required.
#pragma once

#include "boardroom/core/date.hpp"
#include "boardroom/plans/plan.hpp"
#include "boardroom/plans/warning.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::io {

struct PlanTextOptions {
    /// The owning board; empty takes the title up to and including "Board"
    /// ("Pan Lancashire Local Safeguarding Children Board").
    std::string board;
    /// The period; empty takes the "2015-2018" at the end of the title.
    std::string period;
    /// The date the printed positions and RAG cells describe. Without it
    /// positions are undated baselines, and a non-empty RAG cell is an error
    /// (a rating without a date cannot enter the history).
    std::optional<Date> as_of;
    /// Recorded as rated_by / recorded_by for the printed ratings and positions.
    std::string recorded_by;
    /// Append Blue = complete to a printed key that has no complete status (BRAG).
    bool add_blue_complete{true};
    /// Line number of the first line of the text in its file.
    std::size_t first_line{1};
};

/// A loaded plan and what a reader should query about it: check_plan's
/// warnings, located in the source.
struct LoadedPlan {
    plans::Plan plan;
    std::vector<plans::Warning> warnings;
};

/// Parses the text. Throws InputError naming `source`, the line and the field
/// for: a table before any section heading, a header row without an Action,
/// Lead or Timescales column or with an unknown column, a row wider than its
/// header, a continuation row before any action, an action number that is not
/// like "1.1", a duplicate action number, a RAG cell that is not a status of
/// the key or that has no date (see PlanTextOptions::as_of), a plan with no
/// title or no actions.
LoadedPlan parse_plan_text(std::string_view text, const std::string& source, const PlanTextOptions& options = {});

/// Reads a UTF-8 file and parses it (StorageError if it cannot be read).
LoadedPlan read_plan_text(const std::filesystem::path& path, const PlanTextOptions& options = {});

/// Reads the entries of a printed key (the lines after "RAG", "RAG key" or
/// "Key"): a code and a one-word label or a name of one or two words, a
/// separator (" – ", " - ", ": ") and the description: "R RED – Little progress
/// made/...", "Amber - Making progress", "Not started - no work yet" (code "N").
/// Other lines are skipped; an empty scheme if none is an entry. Statuses named
/// Red, Amber, Green, Blue are put in that order (worst first); others keep the
/// printed order. Blue, Complete or Completed is the complete status.
plans::RagScheme parse_rag_key(const std::vector<std::string>& lines);

} // namespace boardroom::io

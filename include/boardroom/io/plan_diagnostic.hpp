// Loaders for the two other tables that sit beside action plans, both as
// pasted from Word (tab-separated rows, continuation rows whose first cell is
// empty, separator rows, <p>/<ul> fragments):
//
// A diagnostic's findings and responses (seed 001, lines 649-723):
//   Child Sexual Exploitation – Responses to Diagnostic Exercise ...   <- title (first line)
//   Following the completion of a report ...                         <- notes
//   \tAssessment\tResponse                                            <- header (optional Progress, RAG)
//   1.\tA comprehensive CSE strategy is in place ...\tPan Lancashire LSCBs ...
//   \t\tEarly Support Co-ordinators ...                               <- continuation
//
// A self-assessment such as the Prevent Duty template (seed 000, lines 882-889):
//   Prevent Duty Risk Assessment/Action Plan                          <- title
//   <u>No</u> :\t<u>Prevent Vulnerability/Risk Area</u>\t<u>Risk</u> <u>Y/N</u>\t<u>Action taken ...</u>\t<u>Owner</u>\t<u>When</u>\t<u>RAG</u>
//   1\tLEADERSHIP Do the following people ... <ul> ➢ Board of Governors ➢ SMT ...\t\t\t\t\t
#pragma once

#include "boardroom/core/date.hpp"
#include "boardroom/plans/diagnostic.hpp"
#include "boardroom/plans/self_assessment.hpp"
#include "boardroom/plans/warning.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::io {

struct DiagnosticTextOptions {
    /// Date of the Progress and RAG columns, if the table has them (required then).
    std::optional<Date> as_of;
    std::string recorded_by;
    std::size_t first_line{1};
};

struct LoadedDiagnostic {
    plans::Diagnostic diagnostic;
    std::vector<plans::Warning> warnings;  ///< check_diagnostic's, located in the source
};

/// Throws InputError naming the source, line and field for: no header row with
/// Assessment and Response, an unknown column, a finding number that is not a
/// whole number ("7." and "7" are both 7), a duplicate number, a continuation
/// row before the first finding, a row wider than the header, Progress or RAG
/// cells without a date, a RAG status not in the scheme.
LoadedDiagnostic parse_diagnostic_text(std::string_view text, const std::string& source,
                                       const DiagnosticTextOptions& options = {});
LoadedDiagnostic read_diagnostic_text(const std::filesystem::path& path, const DiagnosticTextOptions& options = {});

struct LoadedSelfAssessment {
    plans::SelfAssessment assessment;
    std::vector<plans::Warning> warnings;  ///< check_self_assessment's, located in the source
};

/// Columns found by header: No (first), the risk area ("... Risk Area" or
/// "Vulnerability"), "Risk Y/N", "Action taken ...", "Owner", "When", "RAG";
/// No, area and Risk Y/N are required. Throws InputError naming the source,
/// line and field for: no header, an unknown column, an empty or duplicate
/// number, a Risk cell that is not Y/N, a RAG status not in the scheme.
LoadedSelfAssessment parse_self_assessment_text(std::string_view text, const std::string& source,
                                                std::size_t first_line = 1);
LoadedSelfAssessment read_self_assessment_text(const std::filesystem::path& path);

} // namespace boardroom::io

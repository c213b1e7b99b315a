// A risk register as a CSV file (or a spreadsheet's sheet through
// CsvTable::from_rows), one row per risk: the form boards keep registers in.
//
//   reference            "R1"; unique in the register                     required
//   risk                 the risk, in words                                required
//   owner                who owns it (a person, role or group)
//   likelihood           1-5 before mitigation (inherent)                  required
//   impact               1-5 before mitigation (inherent)                  required
//   residual_likelihood  1-5 after mitigation; with residual_impact, or both empty
//   residual_impact      1-5 after mitigation
//   last_reviewed        YYYY-MM-DD of the last review
//   next_review          YYYY-MM-DD of the next review (not before the last)
//   mitigations          controls in words, one per line of the cell
//   mitigating_actions   numbers of the plan actions that mitigate it ("4.5"),
//                        separated by commas, semicolons, spaces or new lines
//
// The title, board, RAG scheme and thresholds are not columns: they come from
// RiskCsvOptions. Unknown columns are an error, as in the plan CSV.
#pragma once

#include "boardroom/io/csv.hpp"
#include "boardroom/plans/risk.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace boardroom::io {

struct RiskCsvOptions {
    std::string title;
    std::string board;
    plans::RagScheme scheme{plans::seed_rag_key()};
    plans::RiskThresholds thresholds{plans::default_risk_thresholds()};
};

/// Parses the register. Throws InputError naming the file, line and column for:
/// a missing required column or cell, an unknown column, a duplicate reference,
/// a likelihood or impact that is not a whole number from 1 to 5, half a
/// residual score, a date that is not YYYY-MM-DD, a next review before the
/// last, a mitigating action that is not an action number ("4.5"), thresholds
/// that do not fit the scheme, a file without risks.
plans::RiskRegister parse_risk_register_csv(std::string_view text, const std::string& source,
                                            const RiskCsvOptions& options = {});
plans::RiskRegister parse_risk_register_csv(const CsvTable& table, const RiskCsvOptions& options = {});
plans::RiskRegister read_risk_register_csv(const std::filesystem::path& path, const RiskCsvOptions& options = {});

/// Writes the register in the same form; reading it back gives an equal register.
std::string format_risk_register_csv(const plans::RiskRegister& register_);

} // namespace boardroom::io

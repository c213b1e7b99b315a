// Risk registers kept beside action plans: each risk scored likelihood x impact
// on 5-point scales before (inherent) and after (residual) its mitigations, the
// score banded into a RAG status by thresholds the board chooses, reviewed on
// dates, and mitigated by actions of a plan (linked by their printed numbers).
#pragma once

#include "boardroom/core/date.hpp"
#include "boardroom/plans/plan.hpp"
#include "boardroom/plans/rag.hpp"
#include "boardroom/plans/warning.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::plans {

/// Likelihood and impact, each 1 (lowest) to 5 (highest).
struct RiskScore {
    int likelihood{1};
    int impact{1};

    int score() const noexcept { return likelihood * impact; }
    friend bool operator==(const RiskScore&, const RiskScore&) = default;
};

/// Throws ValidationError unless both parts are 1-5.
void validate(const RiskScore& score);

/// Usual names of the 5-point scales: likelihood 1 "Rare" ... 5 "Almost certain",
/// impact 1 "Negligible" ... 5 "Catastrophic". Throws ValidationError outside 1-5.
std::string_view likelihood_label(int likelihood);
std::string_view impact_label(int impact);

/// Scores from `min_score` up to the next band's minimum take `status`.
struct RiskBand {
    int min_score{1};
    std::string status;  ///< a code of the register's scheme
    friend bool operator==(const RiskBand&, const RiskBand&) = default;
};

/// Bands in ascending order of min_score, the first starting at 1.
struct RiskThresholds {
    std::vector<RiskBand> bands;
    friend bool operator==(const RiskThresholds&, const RiskThresholds&) = default;
};

/// A common local-government banding (not printed in the seeds): 1-4 G,
/// 5-12 A, 15-25 R. Boards that use another one pass their own.
RiskThresholds default_risk_thresholds();

/// The status for a score 1-25; throws ValidationError outside 1-25.
const std::string& status_for(const RiskThresholds& thresholds, int score);

/// Throws ValidationError unless the bands start at 1, ascend strictly, stay
/// within 1-25 and name statuses of `scheme`.
void validate(const RiskThresholds& thresholds, const RagScheme& scheme);

struct Risk {
    std::string reference;  ///< "R1"; unique in the register
    std::string description;
    std::string owner;
    RiskScore inherent;                 ///< before mitigation
    std::optional<RiskScore> residual;  ///< after mitigation; empty until assessed
    std::vector<std::string> mitigations;       ///< controls, in words
    std::vector<std::string> mitigating_actions; ///< plan action numbers: "4.5"
    std::optional<Date> last_reviewed;
    std::optional<Date> next_review;
    /// The indicator series that shows whether the risk is materialising, named as the data
    /// names it; empty when the risk names none.
    std::string indicator;

    friend bool operator==(const Risk&, const Risk&) = default;
};

struct RiskRegister {
    std::string title;
    std::string board;
    RagScheme scheme{seed_rag_key()};
    RiskThresholds thresholds{default_risk_thresholds()};
    std::vector<Risk> risks;

    friend bool operator==(const RiskRegister&, const RiskRegister&) = default;
};

/// Adds a risk after checking it (unique, non-empty reference; scores 1-5;
/// next review not before last review). Throws ValidationError; the register is
/// unchanged on failure.
void add_risk(RiskRegister& register_, Risk risk);

/// Records a review: sets last_reviewed, the new residual score (if given) and
/// the next review date. Throws NotFoundError / ValidationError, leaving the
/// register unchanged.
void record_review(RiskRegister& register_, std::string_view reference, const Date& reviewed,
                   std::optional<RiskScore> residual, std::optional<Date> next_review);

/// One line of the register as a board sees it at a date.
struct RiskRow {
    std::string reference;
    std::string description;
    std::string owner;
    int inherent_score{0};
    std::string inherent_status;
    std::optional<int> residual_score;
    std::optional<std::string> residual_status;
    bool review_due{false};  ///< next review on or before the date, or no review scheduled
};

/// The register scored and banded at `date`, highest current score first
/// (residual if assessed, otherwise inherent), then by reference.
std::vector<RiskRow> risk_table(const RiskRegister& register_, const Date& date);

/// Warnings: mitigating actions that the plan does not have ("unknown-action"),
/// residual scores above inherent ones ("residual-above-inherent"), risks
/// with no owner ("missing-owner").
std::vector<Warning> check_risks(const RiskRegister& register_, const Plan& plan);

} // namespace boardroom::plans

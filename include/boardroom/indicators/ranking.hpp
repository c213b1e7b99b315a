// Ranks, and a composite ranking of areas over several indicators (the ward risk
// ranking of the seed pack's infant mortality paper, Appendix 1: rank every ward on
// each risk factor, average the ranks, rank the averages).
#pragma once

#include "boardroom/indicators/polarity.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace boardroom::indicators {

enum class RankOrder : std::uint8_t {
    ascending,  ///< the smallest value gets rank 1
    descending, ///< the largest value gets rank 1
};

/// Ranks 1..m of the m non-missing values; tied values share the average of the ranks
/// they span (R's rank(ties.method = "average")), e.g. 10, 20, 20, 30 ascending gives
/// 1, 2.5, 2.5, 4. NaN values get NaN ranks and are not counted (R's
/// na.last = "keep"). Throws InputError for spans of different length.
void average_ranks(std::span<const double> values, RankOrder order, std::span<double> out);
std::vector<double> average_ranks(std::span<const double> values, RankOrder order);

/// A composite ranking; rank 1 is always the best.
struct CompositeRanking {
    std::size_t areas{0};
    std::size_t indicators{0};
    /// Rank of each area on each indicator, indicator-major: ranks[k * areas + a];
    /// NaN where the area has no value.
    std::vector<double> ranks;
    /// Average of an area's ranks over the indicators it has; NaN if it has none.
    std::vector<double> mean_rank;
    std::vector<std::size_t> indicators_used;
    /// Rank of mean_rank, ascending (lowest mean = 1 = best overall), ties averaged;
    /// NaN for an area with no indicator.
    std::vector<double> composite_rank;
};

/// Ranks every area on each indicator so that rank 1 is the best (high_is_good: the
/// highest value; low_is_good: the lowest), ties averaged; averages each area's ranks;
/// ranks the averages. So the highest composite rank is the worst overall: with risk
/// factors marked low_is_good, the highest rank is the highest risk, as in the seed.
///
/// Missing values: an area without a value (NaN) for an indicator is left out of that
/// indicator's ranking (the others are ranked 1..m among themselves) and its average is
/// taken over the indicators it has; indicators_used says how many.
///
/// `values` is indicator-major: values[k * areas + a], one column per indicator.
/// Throws InputError for an indicator whose polarity is no_judgement (field
/// "polarity", record "indicator K") and when sizes disagree.
CompositeRanking composite_ranking(std::span<const double> values, std::size_t areas,
                                   std::span<const Polarity> polarity);

} // namespace boardroom::indicators

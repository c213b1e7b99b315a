#include "boardroom/indicators/ranking.hpp"

#include "detail.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace boardroom::indicators {

namespace {
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
} // namespace

void average_ranks(std::span<const double> values, RankOrder order, std::span<double> out) {
    detail::check_length(values.size(), out.size(), "out", "values");
    std::vector<std::size_t> present;
    present.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        out[i] = nan;
        if (!std::isnan(values[i])) present.push_back(i);
    }
    const auto before = [&](std::size_t a, std::size_t b) {
        return order == RankOrder::ascending ? values[a] < values[b] : values[a] > values[b];
    };
    std::stable_sort(present.begin(), present.end(), before);
    // Positions first..last-1 hold equal values: each gets the mean of ranks first+1..last.
    for (std::size_t first = 0; first < present.size();) {
        std::size_t last = first + 1;
        while (last < present.size() && values[present[last]] == values[present[first]]) ++last;
        const double rank = (static_cast<double>(first + 1) + static_cast<double>(last)) / 2.0;
        for (std::size_t k = first; k < last; ++k) out[present[k]] = rank;
        first = last;
    }
}

std::vector<double> average_ranks(std::span<const double> values, RankOrder order) {
    std::vector<double> out(values.size(), nan);
    average_ranks(values, order, out);
    return out;
}

CompositeRanking composite_ranking(std::span<const double> values, std::size_t areas,
                                   std::span<const Polarity> polarity) {
    const std::size_t indicators = polarity.size();
    detail::check_length(areas * indicators, values.size(), "values", "areas x indicators");
    CompositeRanking result;
    result.areas = areas;
    result.indicators = indicators;
    result.ranks.assign(areas * indicators, nan);
    for (std::size_t k = 0; k < indicators; ++k) {
        if (polarity[k] == Polarity::no_judgement)
            detail::fail("indicator " + std::to_string(k + 1), "polarity",
                         "ranking needs to know whether high or low values are good");
        const RankOrder order =
            polarity[k] == Polarity::high_is_good ? RankOrder::descending : RankOrder::ascending;
        average_ranks(values.subspan(k * areas, areas), order,
                      std::span(result.ranks).subspan(k * areas, areas));
    }
    result.mean_rank.assign(areas, nan);
    result.indicators_used.assign(areas, 0);
    for (std::size_t a = 0; a < areas; ++a) {
        double sum = 0.0;
        std::size_t used = 0;
        for (std::size_t k = 0; k < indicators; ++k) {
            const double rank = result.ranks[k * areas + a];
            if (std::isnan(rank)) continue;
            sum += rank;
            ++used;
        }
        result.indicators_used[a] = used;
        if (used > 0) result.mean_rank[a] = sum / static_cast<double>(used);
    }
    result.composite_rank = average_ranks(result.mean_rank, RankOrder::ascending);
    return result;
}

} // namespace boardroom::indicators

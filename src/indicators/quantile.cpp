// phe_quantile's assignment, with the package's arithmetic: the divisions and
// roundings are done in the same order on doubles, so values on a boundary land in the
// same quantile as in R.
#include "boardroom/indicators/quantile.hpp"

#include "detail.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

namespace boardroom::indicators {

void assign_quantiles(std::span<const double> values, std::span<const std::size_t> offsets,
                      std::span<const std::uint8_t> invert, int nquantiles, std::span<double> out) {
    if (nquantiles < 1)
        detail::fail("", "nquantiles", "nquantiles must be at least 1, not " + std::to_string(nquantiles));
    detail::check_offsets(offsets, values.size(), "values");
    const std::size_t groups = offsets.size() - 1;
    detail::check_length(groups, invert.size(), "invert", "groups");
    detail::check_length(values.size(), out.size(), "quantile", "values");
    const double q = nquantiles;
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();

    std::vector<std::size_t> order;
    for (std::size_t g = 0; g < groups; ++g) {
        const std::size_t begin = offsets[g];
        const std::size_t end = offsets[g + 1];
        order.clear();
        for (std::size_t i = begin; i < end; ++i) {
            out[i] = nan;
            if (!std::isnan(values[i])) order.push_back(i);
        }
        const auto m = static_cast<double>(order.size());
        if (m < q) continue; // too few areas: the package gives NA throughout
        const bool highest_first = invert[g] != 0;
        auto before = [&](std::size_t a, std::size_t b) {
            return highest_first ? values[a] > values[b] : values[a] < values[b];
        };
        std::stable_sort(order.begin(), order.end(), before);
        double rank = 1.0;
        for (std::size_t k = 0; k < order.size(); ++k) {
            // Ties keep the rank of the first of them (ties.method = "min").
            if (k > 0 && before(order[k - 1], order[k])) rank = static_cast<double>(k) + 1.0;
            const double quantile = std::floor((q + 1.0) - std::ceil(((m + 1.0) - rank) / (m / q)));
            out[order[k]] = quantile == 0.0 ? 1.0 : quantile;
        }
    }
}

std::vector<double> assign_quantiles(std::span<const double> values, std::span<const std::size_t> offsets,
                                     std::span<const std::uint8_t> invert, int nquantiles) {
    std::vector<double> out(values.size());
    assign_quantiles(values, offsets, invert, nquantiles, out);
    return out;
}

} // namespace boardroom::indicators

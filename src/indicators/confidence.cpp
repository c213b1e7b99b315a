#include "boardroom/indicators/confidence.hpp"

#include "boardroom/core/error.hpp"
#include "detail.hpp"
#include "kernels.hpp"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/special_functions/beta.hpp>

#include <cmath>
#include <limits>

namespace boardroom::indicators {

namespace {

namespace bm = boost::math;
namespace bp = boost::math::policies;

// Inputs are validated before any quantile is asked for; should Boost still object,
// it returns NaN instead of throwing a non-boardroom exception.
using Policy = bp::policy<bp::domain_error<bp::errno_on_error>, bp::pole_error<bp::errno_on_error>,
                          bp::overflow_error<bp::errno_on_error>,
                          bp::evaluation_error<bp::errno_on_error>>;

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

bool valid_level(double level) noexcept { return level > 0.0 && level < 1.0; }

void require_level(double level) {
    if (!valid_level(level))
        detail::fail("", "confidence",
                     "a confidence level must lie between 0 and 1 (0.95, not 95), not " +
                         detail::number(level));
}

// The upper-tail probability exactly as PHEindicatormethods forms it, so quantiles are
// taken at the same double as in the reference.
double upper_probability(double level) noexcept { return level + (1.0 - level) / 2.0; }

} // namespace

void check_levels(std::span<const double> levels) {
    if (levels.empty()) detail::fail("", "confidence", "at least one confidence level is needed");
    for (std::size_t l = 0; l < levels.size(); ++l) {
        if (!valid_level(levels[l]))
            detail::fail("level " + std::to_string(l + 1), "confidence",
                         "a confidence level must lie between 0 and 1 (0.95, not 95), not " +
                             detail::number(levels[l]));
    }
}

IntervalTable IntervalTable::sized(std::size_t rows, std::span<const double> levels) {
    IntervalTable table;
    table.levels.assign(levels.begin(), levels.end());
    table.value.assign(rows, nan);
    table.lower.assign(rows * levels.size(), nan);
    table.upper.assign(rows * levels.size(), nan);
    return table;
}

std::span<const double> IntervalTable::lower_at(std::size_t level_index) const {
    if (level_index >= levels.size())
        throw NotFoundError("no confidence level number " + std::to_string(level_index + 1) +
                            " in a table of " + std::to_string(levels.size()));
    return std::span<const double>(lower).subspan(level_index * rows(), rows());
}

std::span<const double> IntervalTable::upper_at(std::size_t level_index) const {
    if (level_index >= levels.size())
        throw NotFoundError("no confidence level number " + std::to_string(level_index + 1) +
                            " in a table of " + std::to_string(levels.size()));
    return std::span<const double>(upper).subspan(level_index * rows(), rows());
}

double normal_critical_value(double level) {
    require_level(level);
    return bm::quantile(bm::normal_distribution<double, Policy>(0.0, 1.0), upper_probability(level));
}

double t_critical_value(double level, double degrees_of_freedom) {
    require_level(level);
    if (!(degrees_of_freedom > 0.0))
        detail::fail("", "degrees_of_freedom",
                     "degrees of freedom must be positive, not " + detail::number(degrees_of_freedom));
    const bm::students_t_distribution<double, Policy> t(degrees_of_freedom);
    return std::fabs(bm::quantile(t, (1.0 - level) / 2.0));
}

Limits wilson_score_limits(double x, double n, double z) noexcept {
    return detail::wilson(x, n, z, z * z);
}

Limits wilson_score_interval(double x, double n, double level) {
    return wilson_score_limits(x, n, normal_critical_value(level));
}

Limits clopper_pearson_interval(double x, double n, double level) {
    require_level(level);
    const double half_alpha = (1.0 - level) / 2.0;
    const double lower = x <= 0.0 ? 0.0 : bm::ibeta_inv(x, n - x + 1.0, half_alpha, Policy());
    // The complement keeps the upper tail accurate when half_alpha is tiny.
    const double upper = x >= n ? 1.0 : bm::ibetac_inv(x + 1.0, n - x, half_alpha, Policy());
    return {lower, upper};
}

Limits byar_interval(double x, double level) { return byar_limits(x, normal_critical_value(level)); }

Limits byar_limits(double x, double z) noexcept { return detail::byar(x, z); }

Limits exact_poisson_interval(double x, double level) {
    require_level(level);
    // R's qchisq(p, 0) is 0: no events, no lower limit above zero.
    const double lower =
        x <= 0.0 ? 0.0
                 : bm::quantile(bm::chi_squared_distribution<double, Policy>(2.0 * x), (1.0 - level) / 2.0) / 2.0;
    const double upper =
        bm::quantile(bm::chi_squared_distribution<double, Policy>(2.0 * x + 2.0), upper_probability(level)) / 2.0;
    return {lower, upper};
}

} // namespace boardroom::indicators

// Funnel plot limits and significance (Spiegelhalter 2005), written to give the same
// doubles as PHEindicatormethods' Funnels.R and utils.R: each formula keeps the
// package's order of operations, and the Poisson limits follow its bisection step for
// step (the incomplete gamma function only short-cuts comparisons the package's series
// could not decide differently), so the two agree to the last bit or two rather than
// only to the search tolerance.
#include "boardroom/indicators/funnel.hpp"

#include "boardroom/core/error.hpp"
#include "detail.hpp"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>

namespace boardroom::indicators {

namespace {

namespace bm = boost::math;
namespace bp = boost::math::policies;
using Policy = bp::policy<bp::domain_error<bp::errno_on_error>, bp::pole_error<bp::errno_on_error>,
                          bp::overflow_error<bp::errno_on_error>,
                          bp::evaluation_error<bp::errno_on_error>>;

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

double qnorm(double p) { return bm::quantile(bm::normal_distribution<double, Policy>(0.0, 1.0), p); }

// R's max(0, x) and min(100, x): NaN stays NaN (std::max would return the 0).
double r_max(double a, double b) noexcept { return std::isnan(b) ? b : std::max(a, b); }
double r_min(double a, double b) noexcept { return std::isnan(b) ? b : std::min(a, b); }

// nchar(x) of a whole number x >= 0 in R: as.character() writes fixed notation unless
// scientific is strictly narrower (R's formatReal with scipen = 0), with at most 15
// significant digits. So 100000 is "1e+05" (5 characters), 120000 is "120000".
std::size_t r_character_width(double x) {
    if (x == 0.0) return 1;
    char buffer[64];
    const auto sci = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::scientific, 14);
    const std::string text(buffer, sci.ptr);
    const auto e = text.find('e');
    std::string mantissa = text.substr(0, e);
    while (mantissa.back() == '0') mantissa.pop_back();
    if (mantissa.back() == '.') mantissa.pop_back();
    const int exponent = std::stoi(text.substr(e + 1));
    const std::size_t exponent_digits = std::max<std::size_t>(2, std::to_string(std::abs(exponent)).size());
    const std::size_t scientific_width = mantissa.size() + 2 + exponent_digits;
    const std::size_t fixed_width = exponent >= 0 ? static_cast<std::size_t>(exponent) + 1 : 1;
    return fixed_width <= scientific_width ? fixed_width : scientific_width;
}

// R's x ^ y (R_pow): pow() except for the special cases R handles first.
double r_pow(double x, double y) noexcept {
    if (y == 2.0) return x * x;
    if (x == 1.0 || y == 0.0) return 1.0;
    return std::pow(x, y);
}

// sigma_adjustment for a given z = qnorm(probability), so kernels look z up once.
double sigma_adjustment(double q, double population, double average, FunnelSide side, double multiplier) noexcept {
    const double q2 = q * q;
    const double first_part = average * (population / q2 + 1.0);
    const double a = -8.0 * average * (population / q2 + 1.0);
    const double adj = std::sqrt(a * a - 64.0 * (1.0 / q2 + 1.0 / population) * average *
                                             (population * (average * (population / q2 + 2.0) - 1.0) +
                                              q2 * (average - 1.0)));
    const double last_part = (1.0 / q2 + 1.0 / population);
    const double limit = side == FunnelSide::low ? (first_part - adj / 8.0) / last_part
                                                 : (first_part + adj / 8.0) / last_part;
    return (limit / population) * multiplier;
}

// One comparison of the package's bisection (poisson_funnel). Its series costs about
// `mean` terms, so the regularised incomplete gamma function (the same Poisson tail,
// Boost) decides first; the series is summed only when the two could disagree, that is
// within a bound on the series' truncation (it stops at terms below 1e-10 of the total,
// leaving a tail of up to about 1e-10 sqrt(mean) of it) and rounding. So the steps, and
// the result, are the package's, at a fraction of the cost for large counts.
bool bisection_steps_down(double mean, double observed, double probability, FunnelSide side) noexcept {
    const bool low = side == FunnelSide::low;
    double fast = nan;
    if (low) fast = observed <= 0.0 ? 1.0 : bm::gamma_p(std::ceil(observed), mean, Policy());
    else fast = bm::gamma_q(std::floor(observed) + 1.0, mean, Policy());
    const double margin = 1e-7 + 1e-9 * std::sqrt(mean) + 1e-14 * mean;
    if (std::isfinite(fast) && std::abs(fast - probability) > margin) return low ? fast > probability : fast < probability;
    return low ? poisson_funnel_probability(mean, observed, 10000000000.0) > probability
               : poisson_funnel_probability(mean, 0.0, observed) < probability;
}

// funnel_ratio_significance's count limits at one level, with the normal and the
// chi-squared quantiles of whole counts below 10 looked up once per kernel call.
class RatioLimits {
public:
    explicit RatioLimits(double level) : p_(0.5 + level / 2.0), z_(qnorm(p_)) {
        lower_.fill(nan);
        upper_.fill(nan);
    }

    double at(double observed, FunnelSide side) {
        if (observed == 0.0 && side == FunnelSide::low) return 0.0;
        if (observed < 10.0) {
            const bool whole = observed >= 0.0 && std::floor(observed) == observed;
            double* cached = whole ? &(side == FunnelSide::low ? lower_ : upper_)[static_cast<std::size_t>(observed)]
                                   : nullptr;
            if (cached != nullptr && !std::isnan(*cached)) return *cached;
            double count = 0.0;
            if (side == FunnelSide::low) {
                const bm::chi_squared_distribution<double, Policy> chi2(2.0 * observed);
                count = bm::quantile(bm::complement(chi2, p_)) / 2.0;
            } else {
                const bm::chi_squared_distribution<double, Policy> chi2(2.0 * observed + 2.0);
                count = bm::quantile(chi2, p_) / 2.0;
            }
            if (cached != nullptr) *cached = count;
            return count;
        }
        if (side == FunnelSide::low) {
            const double a = observed;
            return a * std::pow(1.0 - 1.0 / (9.0 * a) - z_ / 3.0 / std::sqrt(a), 3.0);
        }
        const double a = observed + 1.0;
        return a * std::pow(1.0 - 1.0 / (9.0 * a) + z_ / 3.0 / std::sqrt(a), 3.0);
    }

private:
    double p_;
    double z_;
    std::array<double, 10> lower_{};
    std::array<double, 10> upper_{};
};

// What the kernels need of a group beyond its rows.
struct GroupSummary {
    double average{nan};
    double min_denominator{nan};
    double max_denominator{nan};
};

void check_options(const FunnelOptions& options, bool need_years) {
    if (options.statistic != FunnelStatistic::ratio) detail::check_multiplier(options.multiplier);
    if (need_years && options.statistic == FunnelStatistic::rate &&
        !(std::isfinite(options.years_of_data) && options.years_of_data > 0.0))
        detail::fail("", "years_of_data",
                     "years_of_data must be a positive number, not " + detail::number(options.years_of_data));
}

// The package's input checks (calculate_funnel_limits and assign_funnel_significance
// together), row by row so the error names the row.
void check_rows(const FunnelData& data, const FunnelOptions& options) {
    const std::size_t rows = data.numerator.size();
    const bool rate = options.statistic == FunnelStatistic::rate;
    const bool has_denominator = !data.denominator.empty();
    if (rate) {
        detail::check_length(rows, data.rate.size(), "rate", "numerator");
        if (has_denominator) detail::check_length(rows, data.denominator.size(), "denominator", "numerator");
    } else {
        detail::check_length(rows, data.denominator.size(), "denominator", "numerator");
    }
    for (std::size_t i = 0; i < rows; ++i) {
        const double x = data.numerator[i];
        const double n = has_denominator ? data.denominator[i] : nan;
        if (std::isnan(x))
            detail::fail_row(i, "numerator",
                             "numerators must be provided for all records, even when their values are zero");
        if (std::isinf(x)) detail::fail_row(i, "numerator", "the numerator is infinite");
        if (x < 0.0) detail::fail_row(i, "numerator", "numerators must be greater than or equal to zero, not " + detail::number(x));
        if (std::isinf(n)) detail::fail_row(i, "denominator", "the denominator is infinite");
        if (n <= 0.0)
            detail::fail_row(i, "denominator", "denominators must be greater than zero, not " + detail::number(n));
        if (options.statistic == FunnelStatistic::proportion) {
            if (std::isnan(n))
                detail::fail_row(i, "denominator",
                                 "for proportions, numerators and denominators must be provided for all "
                                 "records, even when their values are zero");
            if (x > n)
                detail::fail_row(i, "numerator",
                                 "numerators must be less than or equal to denominator for a proportion (" +
                                     detail::number(x) + " > " + detail::number(n) + ")");
        }
        if (rate) {
            const double r = data.rate[i];
            if (std::isinf(r)) detail::fail_row(i, "rate", "the rate is infinite");
            if (x > 0.0 && r <= 0.0)
                detail::fail_row(i, "rate", "a rate from " + detail::number(x) + " events must be positive, not " +
                                                detail::number(r));
            if (std::isnan(r) && std::isnan(n))
                detail::fail_row(i, "rate",
                                 "for rates, rates must be provided for all records, or a denominator must be "
                                 "provided if the rate is zero");
            if (x == 0.0 && !(n > 0.0))
                detail::fail_row(i, has_denominator ? "denominator" : "rate",
                                 "for rates, where there are 0 events for a record, the denominator must be "
                                 "provided (and be greater than zero)");
        }
    }
}

// The population a rate implies. `dsr_rate_first` keeps assign_funnel_significance's
// order (x / rate * multiplier) for DSRs; elsewhere the package writes
// multiplier * x / rate.
double derived_denominator(const FunnelData& data, const FunnelOptions& options, std::size_t i,
                           bool dsr_rate_first = false) noexcept {
    if (options.statistic != FunnelStatistic::rate) return data.denominator[i];
    const double x = data.numerator[i];
    const double r = data.rate[i];
    if (options.rate_type == FunnelRateType::dsr) {
        if (x == 0.0) return nan;
        return dsr_rate_first ? x / r * options.multiplier : options.multiplier * x / r;
    }
    if (x == 0.0 && !data.denominator.empty()) return data.denominator[i];
    return options.multiplier * x / r;
}

// Average (sum of numerators over sum of non-missing derived denominators, summed in
// long double as R's sum()) and denominator range of one group.
GroupSummary summarise(const FunnelData& data, const FunnelOptions& options, std::size_t begin,
                       std::size_t end, bool dsr_rate_first) {
    long double numerators = 0.0L;
    long double denominators = 0.0L;
    GroupSummary summary;
    bool any = false;
    for (std::size_t i = begin; i < end; ++i) {
        numerators += data.numerator[i];
        const double d = derived_denominator(data, options, i, dsr_rate_first);
        if (std::isnan(d)) continue;
        denominators += d;
        if (!any || d < summary.min_denominator) summary.min_denominator = d;
        if (!any || d > summary.max_denominator) summary.max_denominator = d;
        any = true;
    }
    summary.average = static_cast<double>(numerators) / static_cast<double>(denominators);
    return summary;
}

double signif_round(double x, double factor, std::size_t drop, bool up) {
    const double scaled = x * factor;
    const double whole = up ? std::ceil(scaled) : std::floor(scaled);
    const double n = static_cast<double>(r_character_width(whole)) - static_cast<double>(drop);
    const double power = r_pow(10.0, n);
    const double y = (up ? std::ceil(scaled / power) : std::floor(scaled / power)) * power;
    return x == 0.0 ? 0.0 : y;
}

void check_offsets_cover(std::span<const std::size_t> offsets, std::size_t rows) {
    detail::check_offsets(offsets, rows, "rows");
}

} // namespace

std::string_view label(FunnelSignificance significance) noexcept {
    switch (significance) {
    case FunnelSignificance::high_0_001: return "High (0.001)";
    case FunnelSignificance::high_0_025: return "High (0.025)";
    case FunnelSignificance::low_0_001: return "Low (0.001)";
    case FunnelSignificance::low_0_025: return "Low (0.025)";
    case FunnelSignificance::not_significant: return "Not significant";
    case FunnelSignificance::not_applicable: return "Not applicable for events less than 10 for dsrs";
    }
    return "";
}

double funnel_proportion_limit(double probability, double population, double average, FunnelSide side,
                               double multiplier) noexcept {
    return sigma_adjustment(qnorm(probability), population, average, side, multiplier);
}

double poisson_funnel_probability(double mean, double x_a, double x_b) noexcept {
    double q = 1.0;
    double total = 0.0;
    double sum = 0.0;
    double k = 0.0;
    while (k <= mean || q > total * 1e-10) {
        total += q;
        if (k >= x_a && k <= x_b) sum += q;
        if (total > 1e30) {
            sum /= 1e30;
            total /= 1e30;
            q /= 1e30;
        }
        k += 1.0;
        q = q * mean / k;
    }
    return sum / total;
}

double poisson_funnel_expected(double observed, double probability, FunnelSide side) noexcept {
    double v = 0.5;
    double dv = 0.5;
    while (dv > 1e-7) {
        dv /= 2.0;
        const double mean = (1.0 + observed) * v / (1.0 - v);
        v = bisection_steps_down(mean, observed, probability, side) ? v - dv : v + dv;
    }
    return (1.0 + observed) * v / (1.0 - v);
}

double funnel_ratio_limit(double observed, double expected, double level, FunnelSide side) {
    return RatioLimits(level).at(observed, side) / expected;
}

std::vector<double> funnel_axis(double minimum, double maximum, FunnelStatistic statistic) {
    std::vector<double> axis(funnel_axis_points);
    axis[0] = std::max(1.0, minimum);
    for (std::size_t j = 2; j <= funnel_axis_points; ++j) {
        const double offset = static_cast<double>(statistic == FunnelStatistic::ratio ? j - 1 : j);
        const double previous = axis[j - 2];
        const double step = std::nearbyint(r_pow(maximum / previous, 1.0 / (101.0 - offset)) * previous);
        axis[j - 1] = std::max(step, previous + 1.0);
    }
    return axis;
}

double funnel_axis_floor(double x) { return signif_round(x, 0.95, 1, false); }
double funnel_axis_ceiling(double x) { return signif_round(x, 1.05, 2, true); }

FunnelLimits funnel_limits(const FunnelData& data, std::span<const std::size_t> offsets,
                           const FunnelOptions& options) {
    check_options(options, true);
    check_rows(data, options);
    check_offsets_cover(offsets, data.numerator.size());
    const std::size_t groups = offsets.size() - 1;
    const std::size_t rows = groups * funnel_axis_points;
    const bool poisson = options.statistic != FunnelStatistic::proportion;

    FunnelLimits out;
    out.groups = groups;
    out.axis.resize(rows);
    for (auto* column : {&out.lower_2s, &out.upper_2s, &out.lower_3s, &out.upper_3s}) column->resize(rows);
    if (poisson)
        for (auto* column : {&out.lower_2s_denominator, &out.upper_2s_denominator, &out.lower_3s_denominator,
                             &out.upper_3s_denominator})
            column->resize(rows);
    out.baseline.assign(groups, nan);

    const double years = options.years_of_data;
    const double z_975 = qnorm(0.975);
    const double z_999 = qnorm(0.999);
    for (std::size_t g = 0; g < groups; ++g) {
        const GroupSummary s = summarise(data, options, offsets[g], offsets[g + 1], false);
        if (std::isnan(s.min_denominator))
            detail::fail("group " + std::to_string(g + 1), "denominator",
                         "the group has no denominator to draw a funnel from");
        const double av = s.average;
        const bool rate = options.statistic == FunnelStatistic::rate;
        double axis_minimum = 0.0;
        if (!(s.max_denominator > 2.0 * s.min_denominator))
            axis_minimum = rate ? funnel_axis_floor(s.min_denominator / years) * years
                                : funnel_axis_floor(s.min_denominator);
        double axis_maximum =
            rate ? funnel_axis_ceiling(s.max_denominator / years) * years : funnel_axis_ceiling(s.max_denominator);
        if (rate) {
            axis_minimum = std::floor(axis_minimum * av);
            axis_maximum = std::ceil(axis_maximum * av);
        }
        const std::vector<double> axis = funnel_axis(axis_minimum, axis_maximum, options.statistic);
        if (options.statistic != FunnelStatistic::ratio) out.baseline[g] = av * options.multiplier;

        for (std::size_t r = 0; r < funnel_axis_points; ++r) {
            const std::size_t row = g * funnel_axis_points + r;
            const double a = axis[r];
            out.axis[row] = a;
            if (options.statistic == FunnelStatistic::proportion) {
                const double m = options.multiplier;
                out.lower_2s[row] = r_max(0.0, sigma_adjustment(z_975, a, av, FunnelSide::low, m));
                out.upper_2s[row] = r_min(100.0, sigma_adjustment(z_975, a, av, FunnelSide::high, m));
                out.lower_3s[row] = r_max(0.0, sigma_adjustment(z_999, a, av, FunnelSide::low, m));
                out.upper_3s[row] = r_min(100.0, sigma_adjustment(z_999, a, av, FunnelSide::high, m));
                continue;
            }
            // The lower limit on the ratio needs the larger expected count: the
            // package's "high" search; the upper limit its "low" search.
            const double expected[4] = {poisson_funnel_expected(a, 0.025, FunnelSide::high),
                                        poisson_funnel_expected(a, 0.025, FunnelSide::low),
                                        poisson_funnel_expected(a, 0.001, FunnelSide::high),
                                        poisson_funnel_expected(a, 0.001, FunnelSide::low)};
            std::vector<double>* denominators[4] = {&out.lower_2s_denominator, &out.upper_2s_denominator,
                                                    &out.lower_3s_denominator, &out.upper_3s_denominator};
            std::vector<double>* limits[4] = {&out.lower_2s, &out.upper_2s, &out.lower_3s, &out.upper_3s};
            for (std::size_t k = 0; k < 4; ++k) {
                if (options.statistic == FunnelStatistic::ratio) {
                    const double limit = a / expected[k];
                    (*denominators[k])[row] = expected[k];
                    (*limits[k])[row] = options.ratio_type == FunnelRatioType::count ? limit - 1.0 : limit * 100.0;
                } else {
                    const double population = expected[k] / av;
                    (*limits[k])[row] = a / population * options.multiplier;
                    (*denominators[k])[row] = population / years;
                }
            }
        }
    }
    return out;
}

void funnel_significance(const FunnelData& data, std::span<const std::size_t> offsets,
                         const FunnelOptions& options, std::span<FunnelSignificance> out) {
    check_options(options, false);
    check_rows(data, options);
    check_offsets_cover(offsets, data.numerator.size());
    detail::check_length(data.numerator.size(), out.size(), "significance", "numerator");
    using S = FunnelSignificance;
    const std::size_t groups = offsets.size() - 1;
    const double z_975 = qnorm(0.975);
    const double z_999 = qnorm(0.999);
    RatioLimits outer(0.998), inner(0.95);
    for (std::size_t g = 0; g < groups; ++g) {
        const std::size_t begin = offsets[g];
        const std::size_t end = offsets[g + 1];
        const GroupSummary s = summarise(data, options, begin, end, true);
        for (std::size_t i = begin; i < end; ++i) {
            const double x = data.numerator[i];
            S result = S::not_significant;
            if (options.statistic == FunnelStatistic::proportion) {
                const double n = data.denominator[i];
                const double p = x / n;
                const double av = s.average;
                if (p < sigma_adjustment(z_999, n, av, FunnelSide::low, 1.0)) result = S::low_0_001;
                else if (p < sigma_adjustment(z_975, n, av, FunnelSide::low, 1.0)) result = S::low_0_025;
                else if (p > sigma_adjustment(z_999, n, av, FunnelSide::high, 1.0)) result = S::high_0_001;
                else if (p > sigma_adjustment(z_975, n, av, FunnelSide::high, 1.0)) result = S::high_0_025;
            } else {
                // Ratios compare the count's limits over the expected count with 1;
                // rates the same over the implied population with the group average.
                const bool ratio = options.statistic == FunnelStatistic::ratio;
                const double d = ratio ? data.denominator[i] : derived_denominator(data, options, i, true);
                const double centre = ratio ? 1.0 : s.average;
                if (centre < outer.at(x, FunnelSide::low) / d) result = S::high_0_001;
                else if (centre < inner.at(x, FunnelSide::low) / d) result = S::high_0_025;
                else if (centre > outer.at(x, FunnelSide::high) / d) result = S::low_0_001;
                else if (centre > inner.at(x, FunnelSide::high) / d) result = S::low_0_025;
                if (!ratio && options.rate_type == FunnelRateType::dsr && x < 10.0) result = S::not_applicable;
            }
            out[i] = result;
        }
    }
}

std::vector<FunnelSignificance> funnel_significance(const FunnelData& data, std::span<const std::size_t> offsets,
                                                    const FunnelOptions& options) {
    std::vector<FunnelSignificance> out(data.numerator.size(), FunnelSignificance::not_significant);
    funnel_significance(data, offsets, options, out);
    return out;
}

void funnel_points(const FunnelData& data, const FunnelOptions& options, std::span<double> rate_chart,
                   std::span<double> denominator_derived) {
    FunnelOptions rate_options = options;
    rate_options.statistic = FunnelStatistic::rate;
    check_options(rate_options, true);
    const std::size_t rows = data.numerator.size();
    detail::check_length(rows, data.rate.size(), "rate", "numerator");
    const bool has_denominator = !data.denominator.empty();
    if (has_denominator) detail::check_length(rows, data.denominator.size(), "denominator", "numerator");
    detail::check_length(rows, rate_chart.size(), "rate_chart", "numerator");
    detail::check_length(rows, denominator_derived.size(), "denominator_derived", "numerator");
    const double m = options.multiplier;
    const double years = options.years_of_data;
    for (std::size_t i = 0; i < rows; ++i) {
        const double x = data.numerator[i];
        const double r = data.rate[i];
        if (x == 0.0) {
            const double n = has_denominator ? data.denominator[i] : nan;
            if (!has_denominator || n == 0.0 || std::isnan(n))
                detail::fail_row(i, has_denominator ? "denominator" : "rate",
                                 "for rates, where there are 0 events for a record, the denominator must be "
                                 "provided");
        }
        if (options.rate_type == FunnelRateType::dsr) {
            // R's case_when: a missing count is neither < 10 nor not, so gives NA.
            const bool small = !(x >= 10.0);
            rate_chart[i] = small ? nan : r;
            denominator_derived[i] = small ? nan : (m * x / r) / years;
        } else {
            rate_chart[i] = r;
            denominator_derived[i] = (x == 0.0 && has_denominator) ? data.denominator[i] / years : (m * x / r) / years;
        }
    }
}

} // namespace boardroom::indicators

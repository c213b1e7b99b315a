// Slope and relative index of inequality (Low & Low 2004) as PHEindicatormethods'
// phe_sii, FindXValues and SimulationFunc. The point estimates are a least-squares
// fit (Eigen's Householder QR, as R's lm uses a Householder QR), so they agree with the
// package to rounding. The limits come from a simulation with a documented generator
// of our own (R's set.seed stream is not reproduced), so they agree to Monte Carlo
// error, which is what the package's own tests allow.
#include "boardroom/indicators/inequality.hpp"

#include "detail.hpp"

#include <Eigen/Dense>
#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <string>

namespace boardroom::indicators {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

std::string group_label(std::size_t g) { return "group " + std::to_string(g + 1); }

// SplitMix64's output function: spreads seed + g over all 64 bits so neighbouring
// groups start their Mersenne Twisters far apart.
std::uint64_t splitmix64(std::uint64_t x) noexcept {
    std::uint64_t z = x + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Standard normal deviates by Marsaglia's polar method on std::mt19937_64, written
// out (std::normal_distribution's algorithm differs between standard libraries, and
// the sequence is part of the documented behaviour).
class NormalSource {
public:
    explicit NormalSource(std::uint64_t seed) : engine_(seed) {}

    double next() {
        if (has_spare_) {
            has_spare_ = false;
            return spare_;
        }
        double u = 0.0, v = 0.0, s = 0.0;
        do {
            u = 2.0 * uniform() - 1.0;
            v = 2.0 * uniform() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double factor = std::sqrt(-2.0 * std::log(s) / s);
        spare_ = v * factor;
        has_spare_ = true;
        return u * factor;
    }

private:
    double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

    std::mt19937_64 engine_;
    double spare_{0.0};
    bool has_spare_{false};
};

double expit(double t) noexcept { return std::exp(t) / (1.0 + std::exp(t)); }

// The package's transformation onto the simulation scale.
double to_scale(double v, SiiValueType type) noexcept {
    switch (type) {
    case SiiValueType::rate: return std::log(v);
    case SiiValueType::proportion: return std::log(v / (1.0 - v));
    case SiiValueType::normal: break;
    }
    return v;
}

double from_scale(double t, SiiValueType type) noexcept {
    switch (type) {
    case SiiValueType::rate: return std::exp(t);
    case SiiValueType::proportion: return expit(t);
    case SiiValueType::normal: break;
    }
    return t;
}

// The k-th smallest (1-based, as R indexes its sorted vector) or NaN outside 1..n.
double order_statistic(std::vector<double>& values, double position) {
    if (!(position >= 1.0 && position <= static_cast<double>(values.size()))) return nan;
    const auto k = static_cast<std::ptrdiff_t>(position) - 1;
    std::nth_element(values.begin(), values.begin() + k, values.end());
    return values[static_cast<std::size_t>(k)];
}

void check_inputs(const SiiData& data, const SiiOptions& options) {
    const std::size_t rows = data.quantile.size();
    detail::check_length(rows, data.population.size(), "population", "quantile");
    const bool has_value = !data.value.empty();
    const bool has_se = !data.se.empty();
    const bool has_limits = !data.lower_cl.empty() || !data.upper_cl.empty();
    if (has_value) detail::check_length(rows, data.value.size(), "value", "quantile");
    if (!has_value) {
        if (options.value_type != SiiValueType::proportion || data.x.empty())
            detail::fail("", "value", "phe_sii needs values, or counts x when the indicator is a proportion");
        detail::check_length(rows, data.x.size(), "x", "quantile");
    }
    if (has_se) detail::check_length(rows, data.se.size(), "se", "quantile");
    if (has_limits) {
        detail::check_length(rows, data.lower_cl.size(), "lower_cl", "quantile");
        detail::check_length(rows, data.upper_cl.size(), "upper_cl", "quantile");
    }
    if (!has_se && !has_limits) detail::fail("", "se", "phe_sii needs either lower_cl and upper_cl, or se");
    if (options.transform) {
        if (options.value_type == SiiValueType::normal)
            detail::fail("", "value_type", "value_type must be a rate (1) or proportion (2) when transform is true");
        if (has_se) detail::fail("", "se", "se must not be given when transform is true (the limits are used)");
        if (!has_limits) detail::fail("", "lower_cl", "lower_cl and upper_cl are needed when transform is true");
    }
    if (options.repetitions < 1000)
        detail::fail("", "repetitions",
                     "the number of repetitions must be 1000 or greater, not " + std::to_string(options.repetitions));
    if (options.levels.empty()) detail::fail("", "confidence", "at least one confidence level is needed");
    for (double level : options.levels)
        if (!(level >= 0.9 && level < 1.0))
            detail::fail("", "confidence",
                         "confidence levels must lie between 0.9 and 1 (or 90 and 100), not " + detail::number(level));
    if (!std::isfinite(options.multiplier) || options.multiplier == 0.0)
        detail::fail("", "multiplier", "the multiplier must be a non-zero number, not " + detail::number(options.multiplier));

    const bool proportion = options.value_type == SiiValueType::proportion;
    for (std::size_t i = 0; i < rows; ++i) {
        if (std::isnan(data.quantile[i])) detail::fail_row(i, "quantile", "the quantile is missing");
        const double pop = data.population[i];
        if (!(pop > 0.0) || std::isinf(pop))
            detail::fail_row(i, "population", "populations must be positive numbers, not " + detail::number(pop));
        if (has_se && !(data.se[i] >= 0.0))
            detail::fail_row(i, "se", "standard errors must not be negative or missing, not " + detail::number(data.se[i]));
        if (has_limits) {
            if (std::isnan(data.lower_cl[i])) detail::fail_row(i, "lower_cl", "the lower confidence limit is missing");
            if (std::isnan(data.upper_cl[i])) detail::fail_row(i, "upper_cl", "the upper confidence limit is missing");
        }
        if (!proportion) continue;
        if (has_value && (data.value[i] < 0.0 || data.value[i] > 1.0))
            detail::fail_row(i, "value", "proportions must lie between 0 and 1, not " + detail::number(data.value[i]));
        if (has_limits) {
            for (const auto& [column, name] : {std::pair{data.lower_cl, "lower_cl"}, std::pair{data.upper_cl, "upper_cl"}})
                if (column[i] < 0.0 || column[i] > 1.0)
                    detail::fail_row(i, name,
                                     "confidence limits of proportions must lie between 0 and 1, not " +
                                         detail::number(column[i]));
        }
        if (!has_value && data.x[i] <= 0.0)
            detail::fail_row(i, "x", "counts must be greater than zero, not " + detail::number(data.x[i]));
    }
}

std::size_t distinct_quantiles(std::span<const double> quantile) {
    std::vector<double> all(quantile.begin(), quantile.end());
    std::sort(all.begin(), all.end());
    return static_cast<std::size_t>(std::unique(all.begin(), all.end()) - all.begin());
}

// One group's inputs in quantile order, on the simulation scale.
struct GroupRows {
    std::vector<double> population, value, se;
};

} // namespace

std::vector<double> sii_midpoints(std::span<const double> population) {
    long double total = 0.0L;
    for (double p : population) total += p;
    const double sum = static_cast<double>(total);
    std::vector<double> out(population.size());
    long double cumulative = 0.0L; // R's cumsum accumulates in long double
    for (std::size_t i = 0; i < population.size(); ++i) {
        const double share = population[i] / sum;
        out[i] = i == 0 ? share / 2.0 : share / 2.0 + static_cast<double>(cumulative);
        cumulative += share;
    }
    return out;
}

SiiResult slope_index_of_inequality(const SiiData& data, std::span<const std::size_t> offsets,
                                    const SiiOptions& options) {
    check_inputs(data, options);
    detail::check_offsets(offsets, data.quantile.size(), "rows");
    const std::size_t quantiles = distinct_quantiles(data.quantile);
    if (quantiles < 5 || quantiles > 100)
        detail::fail("", "quantile",
                     "the number of quantiles must be between 5 and 100, not " + std::to_string(quantiles));

    const std::size_t groups = offsets.size() - 1;
    const std::size_t levels = options.levels.size();
    SiiResult out;
    out.groups = groups;
    out.levels = levels;
    out.quantiles = quantiles;
    out.complete.assign(groups, 0);
    for (auto* column : {&out.sii, &out.rii, &out.intercept}) column->assign(groups, nan);
    for (auto* column : {&out.sii_lower, &out.sii_upper, &out.rii_lower, &out.rii_upper}) column->assign(groups * levels, nan);

    const SiiValueType type = options.value_type;
    const bool transform = options.transform;
    const double m = options.multiplier;
    const double z = boost::math::quantile(boost::math::normal_distribution<double>(0.0, 1.0), 0.975);
    const std::size_t reps = options.repetitions;
    std::vector<double> sii_draws(reps), rii_draws(reps);

    for (std::size_t g = 0; g < groups; ++g) {
        std::vector<std::size_t> rows;
        for (std::size_t i = offsets[g]; i < offsets[g + 1]; ++i) rows.push_back(i);
        std::stable_sort(rows.begin(), rows.end(),
                         [&](std::size_t a, std::size_t b) { return data.quantile[a] < data.quantile[b]; });
        for (std::size_t k = 1; k < rows.size(); ++k)
            if (data.quantile[rows[k]] == data.quantile[rows[k - 1]])
                detail::fail(group_label(g), "quantile",
                             "quantile " + detail::number(data.quantile[rows[k]]) + " appears more than once (" +
                                 detail::row_label(rows[k - 1]) + " and " + detail::row_label(rows[k]) + ")");
        if (rows.size() != quantiles) continue; // a quantile is missing: the package drops the group

        GroupRows q;
        bool values_present = true;
        for (std::size_t i : rows) {
            const double v = data.value.empty() ? data.x[i] / data.population[i] : data.value[i];
            const double t = to_scale(v, type);
            double se = 0.0;
            if (!data.se.empty()) se = data.se[i];
            else se = (to_scale(data.upper_cl[i], type) - to_scale(data.lower_cl[i], type)) / z / 2.0;
            values_present = values_present && !std::isnan(t) && !std::isnan(se);
            q.population.push_back(data.population[i]);
            q.value.push_back(t);
            q.se.push_back(se);
        }
        if (!values_present) continue;
        out.complete[g] = 1;

        // Regression of sqrt(a) y on sqrt(a) and b sqrt(a), no constant term.
        const auto k = static_cast<Eigen::Index>(rows.size());
        long double total = 0.0L;
        for (double p : q.population) total += p;
        const std::vector<double> b = sii_midpoints(q.population);
        Eigen::MatrixX2d design(k, 2);
        Eigen::VectorXd y(k);
        for (Eigen::Index i = 0; i < k; ++i) {
            const auto u = static_cast<std::size_t>(i);
            const double sqrt_a = std::sqrt(q.population[u] / static_cast<double>(total));
            design(i, 0) = sqrt_a;
            design(i, 1) = b[u] * sqrt_a;
            y(i) = sqrt_a * (transform ? q.value[u] : from_scale(q.value[u], type));
        }
        const Eigen::Vector2d coef = design.householderQr().solve(y);
        const double a = coef(0);
        const double slope = coef(1);

        // Point estimates, back-transformed at x = 0 and x = 1 when the fit was on
        // the log or logit scale.
        double x_half = nan;
        if (!transform) {
            out.sii[g] = m * slope;
            const double rii = (a + slope) / a;
            out.rii[g] = m < 0.0 ? 1.0 / rii : rii;
            out.intercept[g] = a;
        } else {
            const double x1 = a + slope;
            x_half = (a + x1) / 2.0;
            const double at0 = from_scale(a, type);
            const double at1 = from_scale(x1, type);
            out.sii[g] = (at1 - at0) * m;
            out.rii[g] = m < 0.0 ? 1.0 / (at1 / at0) : at1 / at0;
            out.intercept[g] = at0 * std::abs(m);
        }

        // The simulation: parameters = (X'X)^-1 X' (sqrt(a) y) for each draw of y.
        const Eigen::Matrix<double, 2, Eigen::Dynamic> weights =
            (design.transpose() * design).inverse() * design.transpose();
        std::vector<double> w0(rows.size()), w1(rows.size());
        for (Eigen::Index i = 0; i < k; ++i) {
            w0[static_cast<std::size_t>(i)] = weights(0, i) * design(i, 0);
            w1[static_cast<std::size_t>(i)] = weights(1, i) * design(i, 0);
        }
        NormalSource normal(splitmix64(options.seed + g));
        for (std::size_t r = 0; r < reps; ++r) {
            double intercept_r = 0.0;
            double slope_r = 0.0;
            for (std::size_t i = 0; i < rows.size(); ++i) {
                double draw = q.value[i] + q.se[i] * normal.next();
                if (!transform) draw = from_scale(draw, type);
                intercept_r += w0[i] * draw;
                slope_r += w1[i] * draw;
            }
            sii_draws[r] = transform ? slope_r : slope_r * m;
            const double rii = (slope_r + intercept_r) / intercept_r;
            rii_draws[r] = (m < 0.0 && !transform) ? 1.0 / rii : rii;
        }

        const auto n = static_cast<double>(reps);
        for (std::size_t l = 0; l < levels; ++l) {
            const double level = options.levels[l];
            const double c = level + (1.0 - level) / 2.0;
            const double lower_at = std::nearbyint(n * (1.0 - c));
            const double upper_at = std::nearbyint(n * c);
            const std::size_t cell = l * groups + g;
            const double sii_lower = order_statistic(sii_draws, lower_at);
            const double sii_upper = order_statistic(sii_draws, upper_at);
            if (!transform) {
                out.sii_lower[cell] = sii_lower;
                out.sii_upper[cell] = sii_upper;
                out.rii_lower[cell] = order_statistic(rii_draws, lower_at);
                out.rii_upper[cell] = order_statistic(rii_draws, upper_at);
                continue;
            }
            // The package swaps the ends for a rate when the multiplier is below 1
            // and for a proportion when it is below 0; kept as it is.
            const bool swap = type == SiiValueType::rate ? m < 1.0 : m < 0.0;
            const double at0_lower = from_scale(x_half - sii_lower / 2.0, type);
            const double at0_upper = from_scale(x_half - sii_upper / 2.0, type);
            const double at1_lower = from_scale(x_half + sii_lower / 2.0, type);
            const double at1_upper = from_scale(x_half + sii_upper / 2.0, type);
            const double from_lower = (at1_lower - at0_lower) * m;
            const double from_upper = (at1_upper - at0_upper) * m;
            out.sii_lower[cell] = swap ? from_upper : from_lower;
            out.sii_upper[cell] = swap ? from_lower : from_upper;
            out.rii_lower[cell] = swap ? 1.0 / (at1_upper / at0_upper) : at1_lower / at0_lower;
            out.rii_upper[cell] = swap ? 1.0 / (at1_lower / at0_lower) : at1_upper / at0_upper;
        }
    }
    return out;
}

} // namespace boardroom::indicators

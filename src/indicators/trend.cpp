// Trend markers as PHEindicatormethods::assign_trend_markers (branch add_trend_markers
// of dhsc-govuk/PHEindicatormethods). The sums are formed in the package's order,
// and the outlier check leaves out each point in turn exactly as it does.
#include "boardroom/indicators/trend.hpp"

#include "detail.hpp"

#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

namespace boardroom::indicators {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

double sum(std::span<const double> v) {
    long double total = 0.0L; // R's sum() accumulates in long double
    for (double x : v) total += x;
    return static_cast<double>(total);
}

// R's sign(): -1, 0 or 1 (NaN stays NaN).
double r_sign(double x) noexcept { return x > 0.0 ? 1.0 : x < 0.0 ? -1.0 : x; }

// The weighted regression's sums over points with weight 1 / sigma^2.
struct WeightedSums {
    double w, wvt, wt, wv, wt2;
};

WeightedSums weighted_sums(std::span<const double> value, std::span<const double> lower,
                           std::span<const double> upper, std::span<const double> time, double confidence) {
    const double z2 = boost::math::quantile(boost::math::normal_distribution<double>(0.0, 1.0),
                                            1.0 - (1.0 - confidence) / 2.0) *
                      2.0;
    std::vector<double> w(value.size()), wvt(value.size()), wt(value.size()), wv(value.size()), wt2(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        const double half = (upper[i] - lower[i]) / z2;
        const double sigma2 = half * half;
        w[i] = 1.0 / sigma2;
        wvt[i] = (value[i] * time[i]) / sigma2;
        wt[i] = time[i] / sigma2;
        wv[i] = value[i] / sigma2;
        wt2[i] = (time[i] * time[i]) / sigma2;
    }
    return {sum(w), sum(wvt), sum(wt), sum(wv), sum(wt2)};
}

double weighted_gradient(const WeightedSums& s) noexcept {
    return (s.w * s.wvt - s.wt * s.wv) / (s.w * s.wt2 - s.wt * s.wt);
}

// A group's last five points, in time order.
struct Window {
    std::vector<double> time, a, b, c; // proportion: a = numerator, b = denominator
};

template <class Gradient>
bool outlier_reverses(const Window& w, double gradient, Gradient&& fit) {
    for (std::size_t j = 0; j < w.time.size(); ++j) {
        Window without;
        for (std::size_t i = 0; i < w.time.size(); ++i) {
            if (i == j) continue;
            without.time.push_back(w.time[i]);
            without.a.push_back(w.a[i]);
            without.b.push_back(w.b[i]);
            if (!w.c.empty()) without.c.push_back(w.c[i]);
        }
        if (r_sign(fit(without)) != r_sign(gradient)) return true;
    }
    return false;
}

} // namespace

std::string_view label(TrendMarker marker, Polarity polarity) noexcept {
    switch (marker) {
    case TrendMarker::cannot_be_calculated: return "Cannot be calculated";
    case TrendMarker::no_significant_change: return "No significant change";
    case TrendMarker::increasing:
        return polarity == Polarity::high_is_good  ? "Increasing and getting better"
               : polarity == Polarity::low_is_good ? "Increasing and getting worse"
                                                   : "Increasing";
    case TrendMarker::decreasing:
        return polarity == Polarity::high_is_good  ? "Decreasing and getting worse"
               : polarity == Polarity::low_is_good ? "Decreasing and getting better"
                                                   : "Decreasing";
    }
    return "";
}

std::string_view label(TrendReason reason) noexcept {
    switch (reason) {
    case TrendReason::duplicate_years: return "Duplicate years in group";
    case TrendReason::not_enough_points: return "Not enough data points";
    case TrendReason::missing_values: return "Missing values";
    case TrendReason::missing_limits: return "Missing at least one confidence interval value";
    case TrendReason::outlier_found: return "Outlier found";
    case TrendReason::significant: return "No outliers and significant trend";
    case TrendReason::not_significant: return "No significant trend";
    }
    return "";
}

double logistic_trend_gradient(std::span<const double> numerator, std::span<const double> denominator,
                               std::span<const double> time) {
    const std::size_t n = time.size();
    std::vector<double> logit(n), logit_t(n), t2(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double p = numerator[i] / denominator[i];
        logit[i] = std::log(p / (1.0 - p));
        logit_t[i] = logit[i] * time[i];
        t2[i] = time[i] * time[i];
    }
    const double count = static_cast<double>(n);
    const double sum_t = sum(time);
    return (count * sum(logit_t) - sum(logit) * sum_t) / (count * sum(t2) - sum_t * sum_t);
}

double logistic_trend_chi_squared(std::span<const double> numerator, std::span<const double> denominator,
                                  std::span<const double> time) {
    const std::size_t n = time.size();
    std::vector<double> ct(n), dt(n), dt2(n);
    for (std::size_t i = 0; i < n; ++i) {
        ct[i] = numerator[i] * time[i];
        dt[i] = denominator[i] * time[i];
        dt2[i] = denominator[i] * (time[i] * time[i]);
    }
    const double sum_d = sum(denominator);
    const double sum_c = sum(numerator);
    const double sum_dt = sum(dt);
    const double difference = sum_d * sum(ct) - sum_c * sum_dt;
    return sum_d * (difference * difference) / (sum_c * (sum_d - sum_c) * (sum_d * sum(dt2) - sum_dt * sum_dt));
}

double weighted_trend_gradient(std::span<const double> value, std::span<const double> lower,
                               std::span<const double> upper, std::span<const double> time, double confidence) {
    return weighted_gradient(weighted_sums(value, lower, upper, time, confidence));
}

double weighted_trend_chi_squared(std::span<const double> value, std::span<const double> lower,
                                  std::span<const double> upper, std::span<const double> time, double confidence) {
    const WeightedSums s = weighted_sums(value, lower, upper, time, confidence);
    const double gradient = weighted_gradient(s);
    const double variance = s.w / (s.w * s.wt2 - s.wt * s.wt);
    return gradient * gradient / variance;
}

TrendResults trend_markers(const TrendData& data, std::span<const std::size_t> offsets, const TrendOptions& options) {
    const std::size_t rows = data.time.size();
    const bool proportion = options.value_type == TrendValueType::proportion;
    if (proportion) {
        detail::check_length(rows, data.numerator.size(), "numerator", "time");
        detail::check_length(rows, data.denominator.size(), "denominator", "time");
    } else {
        detail::check_length(rows, data.value.size(), "value", "time");
        detail::check_length(rows, data.lower.size(), "lower_cl", "time");
        detail::check_length(rows, data.upper.size(), "upper_cl", "time");
        if (!(options.confidence > 0.0 && options.confidence < 1.0))
            detail::fail("", "confidence",
                         "confidence level must be between 0.9 and 1 (or 90 and 100), not " +
                             detail::number(options.confidence));
        detail::check_multiplier(options.multiplier);
    }
    detail::check_offsets(offsets, rows, "rows");
    for (std::size_t i = 0; i < rows; ++i)
        if (!std::isfinite(data.time[i])) detail::fail_row(i, "time", "the time period is missing or infinite");

    const std::size_t groups = offsets.size() - 1;
    TrendResults out;
    out.marker.assign(groups, TrendMarker::cannot_be_calculated);
    out.reason.assign(groups, TrendReason::not_enough_points);
    out.chi_squared.assign(groups, nan);
    out.gradient.assign(groups, nan);
    out.last_row.assign(groups, 0);

    std::vector<std::size_t> order;
    for (std::size_t g = 0; g < groups; ++g) {
        if (offsets[g] == offsets[g + 1])
            detail::fail("group " + std::to_string(g + 1), "time", "the group has no rows");
        order.resize(offsets[g + 1] - offsets[g]);
        std::iota(order.begin(), order.end(), offsets[g]);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return data.time[a] < data.time[b]; });
        out.last_row[g] = order.back();
        for (std::size_t k = 1; k < order.size(); ++k) {
            if (data.time[order[k]] != data.time[order[k - 1]]) continue;
            if (groups == 1)
                detail::fail_row(order[k], "time",
                                 "time periods must contain unique values (" + detail::number(data.time[order[k]]) +
                                     " appears more than once)");
            out.reason[g] = TrendReason::duplicate_years;
            break;
        }
        if (out.reason[g] == TrendReason::duplicate_years || order.size() < trend_points) continue;

        Window w;
        bool values_missing = false, limits_missing = false;
        for (std::size_t k = order.size() - trend_points; k < order.size(); ++k) {
            const std::size_t i = order[k];
            w.time.push_back(data.time[i]);
            if (proportion) {
                w.a.push_back(data.numerator[i]);
                w.b.push_back(data.denominator[i]);
                values_missing = values_missing || std::isnan(data.numerator[i]) || std::isnan(data.denominator[i]);
            } else {
                w.a.push_back(data.value[i] / options.multiplier);
                w.b.push_back(data.lower[i]);
                w.c.push_back(data.upper[i]);
                values_missing = values_missing || std::isnan(w.a.back());
                limits_missing = limits_missing || std::isnan(data.lower[i]) || std::isnan(data.upper[i]);
            }
        }
        if (values_missing || limits_missing) {
            out.reason[g] = values_missing ? TrendReason::missing_values : TrendReason::missing_limits;
            continue;
        }

        auto fit = [&](const Window& v) {
            return proportion ? logistic_trend_gradient(v.a, v.b, v.time)
                              : weighted_trend_gradient(v.a, v.b, v.c, v.time, options.confidence);
        };
        const double gradient = fit(w);
        const double chi2 = proportion ? logistic_trend_chi_squared(w.a, w.b, w.time)
                                       : weighted_trend_chi_squared(w.a, w.b, w.c, w.time, options.confidence);
        out.gradient[g] = gradient;
        out.chi_squared[g] = chi2;
        if (!(chi2 > trend_chi_squared_threshold)) {
            out.marker[g] = TrendMarker::no_significant_change;
            out.reason[g] = TrendReason::not_significant;
        } else if (outlier_reverses(w, gradient, fit)) {
            out.marker[g] = TrendMarker::no_significant_change;
            out.reason[g] = TrendReason::outlier_found;
        } else {
            out.marker[g] = gradient < 0.0 ? TrendMarker::decreasing : TrendMarker::increasing;
            out.reason[g] = TrendReason::significant;
        }
    }
    return out;
}

} // namespace boardroom::indicators

// Funnel plots, quantiles, SII/RII and trend markers: numpy in, numpy out. Inputs are
// converted with the GIL held; each kernel runs once over all groups (offsets) with the
// GIL released, and its results are copied into numpy arrays afterwards.
#include "pybind11.hpp"

#include <pybind11/numpy.h>

#include "boardroom/core/error.hpp"
#include "boardroom/indicators.hpp"

#include <algorithm>
#include <optional>
#include <string>

namespace boardroom::python {

namespace {

namespace ind = boardroom::indicators;
using DoubleArray = py::array_t<double, py::array::c_style | py::array::forcecast>;
using OffsetArray = py::array_t<std::size_t, py::array::c_style | py::array::forcecast>;
using OptionalArray = std::optional<DoubleArray>;

std::span<const double> span_of(const DoubleArray& a, const char* field) {
    if (a.ndim() != 1) throw InputError({"", 0, "", field}, "expected a one-dimensional array");
    return {a.data(), static_cast<std::size_t>(a.shape(0))};
}

std::span<const double> optional_span(const OptionalArray& a, const char* field) {
    return a ? span_of(*a, field) : std::span<const double>();
}

std::span<const std::size_t> offsets_of(const OffsetArray& a) {
    return {a.data(), static_cast<std::size_t>(a.size())};
}

py::array_t<double> to_array(const std::vector<double>& v) {
    return py::array_t<double>(static_cast<py::ssize_t>(v.size()), v.data());
}

// (levels, groups) from a level-major vector.
py::array_t<double> to_matrix(const std::vector<double>& v, std::size_t levels, std::size_t groups) {
    py::array_t<double> out({static_cast<py::ssize_t>(levels), static_cast<py::ssize_t>(groups)});
    std::copy(v.begin(), v.end(), out.mutable_data());
    return out;
}

template <class E>
py::array_t<std::uint8_t> to_codes(const std::vector<E>& v) {
    py::array_t<std::uint8_t> out(static_cast<py::ssize_t>(v.size()));
    auto* data = out.mutable_data();
    for (std::size_t i = 0; i < v.size(); ++i) data[i] = static_cast<std::uint8_t>(v[i]);
    return out;
}

ind::FunnelOptions funnel_options(const std::string& statistic, double multiplier, const std::string& ratio_type,
                                  const std::string& rate_type, double years_of_data) {
    ind::FunnelOptions o;
    if (statistic == "proportion") o.statistic = ind::FunnelStatistic::proportion;
    else if (statistic == "ratio") o.statistic = ind::FunnelStatistic::ratio;
    else if (statistic == "rate") o.statistic = ind::FunnelStatistic::rate;
    else throw InputError({"", 0, "", "statistic"}, "statistic must be proportion, ratio or rate, not '" + statistic + "'");
    if (ratio_type == "count") o.ratio_type = ind::FunnelRatioType::count;
    else if (ratio_type == "isr") o.ratio_type = ind::FunnelRatioType::isr;
    else throw InputError({"", 0, "", "ratio_type"}, "ratio_type must be count or isr, not '" + ratio_type + "'");
    if (rate_type == "dsr") o.rate_type = ind::FunnelRateType::dsr;
    else if (rate_type == "crude") o.rate_type = ind::FunnelRateType::crude;
    else throw InputError({"", 0, "", "rate_type"}, "rate_type must be dsr or crude, not '" + rate_type + "'");
    o.multiplier = multiplier;
    o.years_of_data = years_of_data;
    return o;
}

ind::Polarity polarity_of(const std::string& text) {
    if (text == "high_is_good") return ind::Polarity::high_is_good;
    if (text == "low_is_good") return ind::Polarity::low_is_good;
    if (text == "none") return ind::Polarity::no_judgement;
    throw InputError({"", 0, "", "polarity"}, "unknown polarity '" + text + "' (expected high_is_good, low_is_good or none)");
}

void register_funnels(py::module_& m) {
    m.def(
        "funnel_limits",
        [](const DoubleArray& numerator, const OptionalArray& denominator, const OptionalArray& rate,
           const OffsetArray& offsets, const std::string& statistic, double multiplier, const std::string& ratio_type,
           const std::string& rate_type, double years_of_data) {
            const ind::FunnelData data{span_of(numerator, "numerator"), optional_span(denominator, "denominator"),
                                       optional_span(rate, "rate")};
            const auto options = funnel_options(statistic, multiplier, ratio_type, rate_type, years_of_data);
            ind::FunnelLimits limits;
            {
                py::gil_scoped_release release;
                limits = ind::funnel_limits(data, offsets_of(offsets), options);
            }
            py::dict out;
            out["axis"] = to_array(limits.axis);
            out["lower_2s_denominator"] = to_array(limits.lower_2s_denominator);
            out["upper_2s_denominator"] = to_array(limits.upper_2s_denominator);
            out["lower_3s_denominator"] = to_array(limits.lower_3s_denominator);
            out["upper_3s_denominator"] = to_array(limits.upper_3s_denominator);
            out["lower_2s"] = to_array(limits.lower_2s);
            out["upper_2s"] = to_array(limits.upper_2s);
            out["lower_3s"] = to_array(limits.lower_3s);
            out["upper_3s"] = to_array(limits.upper_3s);
            out["baseline"] = to_array(limits.baseline);
            return out;
        },
        py::arg("numerator"), py::arg("denominator"), py::arg("rate"), py::arg("offsets"), py::arg("statistic"),
        py::arg("multiplier"), py::arg("ratio_type") = "count", py::arg("rate_type") = "dsr",
        py::arg("years_of_data") = 1.0,
        "Funnel control limits over the 100-point axis of every group (group-major rows): a dict of arrays.");

    m.def(
        "funnel_significance",
        [](const DoubleArray& numerator, const OptionalArray& denominator, const OptionalArray& rate,
           const OffsetArray& offsets, const std::string& statistic, double multiplier, const std::string& rate_type) {
            const ind::FunnelData data{span_of(numerator, "numerator"), optional_span(denominator, "denominator"),
                                       optional_span(rate, "rate")};
            const auto options = funnel_options(statistic, multiplier, "count", rate_type, 1.0);
            std::vector<ind::FunnelSignificance> out;
            {
                py::gil_scoped_release release;
                out = ind::funnel_significance(data, offsets_of(offsets), options);
            }
            return to_codes(out);
        },
        py::arg("numerator"), py::arg("denominator"), py::arg("rate"), py::arg("offsets"), py::arg("statistic"),
        py::arg("multiplier"), py::arg("rate_type") = "dsr",
        "Each row's funnel significance: codes into FUNNEL_SIGNIFICANCE_LABELS.");

    m.def(
        "funnel_points",
        [](const DoubleArray& numerator, const OptionalArray& denominator, const DoubleArray& rate,
           const std::string& rate_type, double multiplier, double years_of_data) {
            const ind::FunnelData data{span_of(numerator, "numerator"), optional_span(denominator, "denominator"),
                                       span_of(rate, "rate")};
            const auto options = funnel_options("rate", multiplier, "count", rate_type, years_of_data);
            const auto rows = static_cast<py::ssize_t>(data.numerator.size());
            py::array_t<double> chart(rows), derived(rows);
            const std::span<double> chart_span{chart.mutable_data(), data.numerator.size()};
            const std::span<double> derived_span{derived.mutable_data(), data.numerator.size()};
            {
                py::gil_scoped_release release;
                ind::funnel_points(data, options, chart_span, derived_span);
            }
            return py::make_tuple(chart, derived);
        },
        py::arg("numerator"), py::arg("denominator"), py::arg("rate"), py::arg("rate_type"), py::arg("multiplier"),
        py::arg("years_of_data"), "Rate funnel plotting points: (rate_chart, denominator_derived).");

    py::list labels;
    for (int code = 0; code <= static_cast<int>(ind::FunnelSignificance::not_applicable); ++code)
        labels.append(std::string(ind::label(static_cast<ind::FunnelSignificance>(code))));
    m.attr("FUNNEL_SIGNIFICANCE_LABELS") = py::tuple(labels);
}

void register_quantiles_and_sii(py::module_& m) {
    m.def(
        "quantiles",
        [](const DoubleArray& values, const OffsetArray& offsets,
           const py::array_t<std::uint8_t, py::array::c_style | py::array::forcecast>& invert, int nquantiles) {
            const auto vs = span_of(values, "values");
            const std::span<const std::uint8_t> inv{invert.data(), static_cast<std::size_t>(invert.size())};
            py::array_t<double> out(static_cast<py::ssize_t>(vs.size()));
            const std::span<double> out_span{out.mutable_data(), vs.size()};
            {
                py::gil_scoped_release release;
                ind::assign_quantiles(vs, offsets_of(offsets), inv, nquantiles, out_span);
            }
            return out;
        },
        py::arg("values"), py::arg("offsets"), py::arg("invert"), py::arg("nquantiles"),
        "Quantile of each value within its group (NaN for none), as phe_quantile.");

    m.def(
        "sii",
        [](const DoubleArray& quantile, const DoubleArray& population, const OptionalArray& value,
           const OptionalArray& x, const OptionalArray& se, const OptionalArray& lower_cl, const OptionalArray& upper_cl,
           const OffsetArray& offsets, int value_type, bool transform, double multiplier,
           const std::vector<double>& levels, std::size_t repetitions, std::uint64_t seed) {
            ind::SiiData data{span_of(quantile, "quantile"), span_of(population, "population"),
                              optional_span(value, "value"),       optional_span(x, "x"),
                              optional_span(se, "se"),             optional_span(lower_cl, "lower_cl"),
                              optional_span(upper_cl, "upper_cl")};
            if (value_type < 0 || value_type > 2)
                throw InputError({"", 0, "", "value_type"}, "value_type should be 0, 1 or 2");
            ind::SiiOptions options;
            options.value_type = static_cast<ind::SiiValueType>(value_type);
            options.transform = transform;
            options.multiplier = multiplier;
            options.levels = levels;
            options.repetitions = repetitions;
            options.seed = seed;
            ind::SiiResult r;
            {
                py::gil_scoped_release release;
                r = ind::slope_index_of_inequality(data, offsets_of(offsets), options);
            }
            py::array_t<bool> complete(static_cast<py::ssize_t>(r.groups));
            std::copy(r.complete.begin(), r.complete.end(), complete.mutable_data());
            return py::make_tuple(complete, to_array(r.sii), to_array(r.rii), to_array(r.intercept),
                                  to_matrix(r.sii_lower, r.levels, r.groups), to_matrix(r.sii_upper, r.levels, r.groups),
                                  to_matrix(r.rii_lower, r.levels, r.groups), to_matrix(r.rii_upper, r.levels, r.groups),
                                  r.quantiles);
        },
        py::arg("quantile"), py::arg("population"), py::arg("value"), py::arg("x"), py::arg("se"), py::arg("lower_cl"),
        py::arg("upper_cl"), py::arg("offsets"), py::arg("value_type"), py::arg("transform"), py::arg("multiplier"),
        py::arg("levels"), py::arg("repetitions"), py::arg("seed"),
        "SII and RII per group: (complete, sii, rii, intercept, sii_lower, sii_upper, rii_lower, rii_upper "
        "[levels, groups], distinct quantiles).");
    m.attr("SII_DEFAULT_SEED") = ind::sii_default_seed;
}

void register_trends(py::module_& m) {
    m.def(
        "trend_markers",
        [](const DoubleArray& time, const OptionalArray& numerator, const OptionalArray& denominator,
           const OptionalArray& value, const OptionalArray& lower, const OptionalArray& upper, const OffsetArray& offsets,
           const std::string& value_type, double confidence, double multiplier) {
            ind::TrendData data{span_of(time, "time"),         optional_span(numerator, "numerator"),
                                optional_span(denominator, "denominator"), optional_span(value, "value"),
                                optional_span(lower, "lower_cl"),  optional_span(upper, "upper_cl")};
            ind::TrendOptions options;
            if (value_type == "proportion") options.value_type = ind::TrendValueType::proportion;
            else if (value_type == "other") options.value_type = ind::TrendValueType::other;
            else throw InputError({"", 0, "", "value_type"}, "value_type must be proportion or other, not '" + value_type + "'");
            options.confidence = confidence;
            options.multiplier = multiplier;
            ind::TrendResults r;
            {
                py::gil_scoped_release release;
                r = ind::trend_markers(data, offsets_of(offsets), options);
            }
            py::array_t<std::size_t> last(static_cast<py::ssize_t>(r.last_row.size()));
            std::copy(r.last_row.begin(), r.last_row.end(), last.mutable_data());
            return py::make_tuple(to_codes(r.marker), to_codes(r.reason), to_array(r.chi_squared), to_array(r.gradient),
                                  last);
        },
        py::arg("time"), py::arg("numerator"), py::arg("denominator"), py::arg("value"), py::arg("lower_cl"),
        py::arg("upper_cl"), py::arg("offsets"), py::arg("value_type"), py::arg("confidence") = 0.95,
        py::arg("multiplier") = 1.0,
        "Recent trend per group: (marker codes, reason codes, chi_squared, gradient, last_row).");

    m.def(
        "trend_marker_labels",
        [](const std::string& polarity) {
            const auto p = polarity_of(polarity);
            py::list labels;
            for (int code = 0; code <= static_cast<int>(ind::TrendMarker::no_significant_change); ++code)
                labels.append(std::string(ind::label(static_cast<ind::TrendMarker>(code), p)));
            return py::tuple(labels);
        },
        py::arg("polarity"), "Words for each trend marker code under a polarity (high_is_good, low_is_good, none).");

    py::list reasons;
    for (int code = 0; code <= static_cast<int>(ind::TrendReason::not_significant); ++code)
        reasons.append(std::string(ind::label(static_cast<ind::TrendReason>(code))));
    m.attr("TREND_REASON_LABELS") = py::tuple(reasons);
    m.attr("TREND_CHI_SQUARED_THRESHOLD") = ind::trend_chi_squared_threshold;
}

} // namespace

void register_indicators_variation(py::module_& m) {
    register_funnels(m);
    register_quantiles_and_sii(m);
    register_trends(m);
}

} // namespace boardroom::python

// Standardised rates and life expectancy for boardroom._core.indicators: numpy in,
// numpy out. Inputs are converted with the GIL held; outputs are allocated as numpy
// arrays and the kernels fill them with the GIL released, all groups in one call.
#include "pybind11.hpp"

#include <pybind11/numpy.h>

#include "boardroom/core/error.hpp"
#include "boardroom/indicators/age_bands.hpp"
#include "boardroom/indicators/dsr.hpp"
#include "boardroom/indicators/isr.hpp"
#include "boardroom/indicators/life_expectancy.hpp"
#include "boardroom/indicators/standard_population.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace boardroom::python {

namespace {

namespace ind = boardroom::indicators;
using DoubleArray = py::array_t<double, py::array::c_style | py::array::forcecast>;
using IndexArray = py::array_t<std::size_t, py::array::c_style | py::array::forcecast>;

template <class T>
std::span<const T> span_of(const py::array_t<T, py::array::c_style | py::array::forcecast>& a, const char* field) {
    if (a.ndim() != 1) throw InputError({"", 0, "", field}, "expected a one-dimensional array");
    return {a.data(), static_cast<std::size_t>(a.shape(0))};
}

template <class T>
std::span<T> mutable_span(py::array_t<T>& a) {
    return {a.mutable_data(), static_cast<std::size_t>(a.size())};
}

py::array_t<double> vector_of(std::size_t size) { return py::array_t<double>(static_cast<py::ssize_t>(size)); }

// value (rows,), lower and upper (levels, rows): numpy arrays the kernel fills.
struct IntervalArrays {
    py::array_t<double> value, lower, upper;
    IntervalArrays(std::size_t rows, std::size_t levels)
        : value(static_cast<py::ssize_t>(rows)),
          lower({static_cast<py::ssize_t>(levels), static_cast<py::ssize_t>(rows)}),
          upper({static_cast<py::ssize_t>(levels), static_cast<py::ssize_t>(rows)}) {}
    ind::IntervalSpans spans() { return {mutable_span(value), mutable_span(lower), mutable_span(upper)}; }
};

std::size_t group_count(std::span<const std::size_t> offsets) {
    if (offsets.empty()) throw InputError({"", 0, "", "offsets"}, "offsets needs at least one element");
    return offsets.size() - 1;
}

// Band codes in their own width (a categorical's int8 codes are not widened); any
// other integer array is converted to int64 into `keep`.
ind::BandCodes band_codes(const py::array& codes, const py::array_t<std::int32_t, py::array::c_style | py::array::forcecast>& position,
                          py::array& keep) {
    ind::BandCodes bands;
    bands.position = span_of(position, "position");
    const py::dtype dtype = codes.dtype();
    const bool plain = codes.ndim() == 1 && dtype.kind() == 'i' &&
                       (codes.flags() & py::array::c_style) != 0;
    const auto size = static_cast<std::size_t>(codes.ndim() == 1 ? codes.shape(0) : 0);
    if (plain && dtype.itemsize() == 1)
        bands.codes = std::span<const std::int8_t>(static_cast<const std::int8_t*>(codes.data()), size);
    else if (plain && dtype.itemsize() == 2)
        bands.codes = std::span<const std::int16_t>(static_cast<const std::int16_t*>(codes.data()), size);
    else if (plain && dtype.itemsize() == 4)
        bands.codes = std::span<const std::int32_t>(static_cast<const std::int32_t*>(codes.data()), size);
    else {
        py::array_t<std::int64_t, py::array::c_style | py::array::forcecast> wide(codes);
        if (wide.ndim() != 1) throw InputError({"", 0, "", "ageband"}, "expected a one-dimensional array");
        bands.codes = std::span<const std::int64_t>(wide.data(), static_cast<std::size_t>(wide.shape(0)));
        keep = wide;
    }
    return bands;
}

py::object problem_of(const ind::BandProblem& problem) {
    if (!problem) return py::none();
    static constexpr const char* kinds[] = {"none", "missing_label", "unknown_band", "repeated_band", "absent_band"};
    return py::make_tuple(kinds[static_cast<std::size_t>(problem.kind)], problem.group, problem.row, problem.band,
                          problem.count);
}

template <class T>
py::tuple as_tuple(const T& values) {
    py::list out;
    for (double v : values) out.append(v);
    return py::tuple(out);
}

// The options of the isr kernels from the Python arguments.
ind::IsrOptions isr_options(const std::string& statistic, double multiplier) {
    ind::IsrOptions options;
    if (statistic == "ratio") options.statistic = ind::IsrStatistic::ratio;
    else if (statistic == "rate") options.statistic = ind::IsrStatistic::rate;
    else throw InputError({"", 0, "", "statistic"}, "unknown statistic '" + statistic + "' (ratio or rate)");
    options.multiplier = multiplier;
    return options;
}

} // namespace

void register_indicators_standardised(py::module_& m) {
    m.attr("ESP2013") = as_tuple(ind::esp2013);
    m.attr("ESP2013_20") = as_tuple(ind::esp2013_20);
    m.attr("LIFE_TABLE_AGES") = as_tuple(ind::life_table_start_ages);

    m.def(
        "parse_age_band",
        [](std::string_view label) -> std::optional<std::pair<double, double>> {
            const std::optional<ind::AgeBand> band = ind::parse_age_band(label);
            if (!band) return std::nullopt;
            return std::pair{band->start, band->end};
        },
        py::arg("label"),
        "The band a label names as (first age, last age): last age inf for an open band (\"90+\"), nan when the "
        "label gives only the first age; None when the label names no band.");

    m.def(
        "dsr",
        [](const DoubleArray& x, const DoubleArray& n, const DoubleArray& stdpop, const IndexArray& offsets,
           const std::vector<double>& levels, double multiplier, bool per_band) {
            ind::DsrData data{span_of(x, "x"), span_of(n, "n"), span_of(stdpop, "stdpop"), span_of(offsets, "offsets"),
                              per_band ? ind::StandardLayout::per_band : ind::StandardLayout::per_row};
            const std::size_t groups = group_count(data.offsets);
            IntervalArrays out(groups, levels.size());
            auto total_count = vector_of(groups), total_pop = vector_of(groups);
            {
                py::gil_scoped_release release;
                ind::dsr_intervals(data, levels, out.spans(), {mutable_span(total_count), mutable_span(total_pop)},
                                   {multiplier});
            }
            return py::make_tuple(out.value, out.lower, out.upper, total_count, total_pop);
        },
        py::arg("x"), py::arg("n"), py::arg("stdpop"), py::arg("offsets"), py::arg("levels"),
        py::arg("multiplier") = 100000.0, py::arg("per_band") = false,
        "Directly standardised rates of groups of rows (group g is rows offsets[g]:offsets[g+1]), Dobson limits: "
        "(value, lower[levels, groups], upper, total_count, total_pop). per_band: stdpop holds one value per band.");

    m.def(
        "dsr_banded",
        [](const DoubleArray& x, const DoubleArray& n, const py::array& codes,
           const py::array_t<std::int32_t, py::array::c_style | py::array::forcecast>& position,
           const DoubleArray& stdpop, const std::optional<IndexArray>& order, const IndexArray& offsets,
           const std::vector<double>& levels, double multiplier) {
            py::array keep;
            ind::BandedDsrData data{span_of(x, "x"), span_of(n, "n"), band_codes(codes, position, keep),
                                    span_of(stdpop, "stdpop"), {}, span_of(offsets, "offsets")};
            if (order) data.order = span_of(*order, "order");
            const std::size_t groups = group_count(data.offsets);
            IntervalArrays out(groups, levels.size());
            auto total_count = vector_of(groups), total_pop = vector_of(groups);
            ind::BandProblem problem;
            {
                py::gil_scoped_release release;
                problem = ind::dsr_banded_intervals(data, levels, out.spans(),
                                                    {mutable_span(total_count), mutable_span(total_pop)}, {multiplier});
            }
            return py::make_tuple(out.value, out.lower, out.upper, total_count, total_pop, problem_of(problem));
        },
        py::arg("x"), py::arg("n"), py::arg("codes"), py::arg("position"), py::arg("stdpop"), py::arg("order"),
        py::arg("offsets"), py::arg("levels"), py::arg("multiplier") = 100000.0,
        "Directly standardised rates with the standard population (one value per band) matched to rows by band in "
        "one pass: codes (any integer width; negative: no label) index position (each label's band, -1: none); rows "
        "in input order, order (None: the identity) puts them in group order, group g is order[offsets[g]:"
        "offsets[g+1]]. Returns (value, lower, upper, total_count, total_pop, problem): problem is None, or (kind, "
        "group, row, band, count) for the first band problem (outputs then unspecified).");

    m.def(
        "dsr_nonindependent",
        [](const DoubleArray& x, const DoubleArray& eventfreq, const IndexArray& band, const DoubleArray& n,
           const DoubleArray& stdpop, const IndexArray& offsets, const std::vector<double>& levels, double multiplier) {
            ind::EventFrequencyData data{span_of(x, "x"),           span_of(eventfreq, "eventfreq"),
                                         span_of(band, "ageband"),  span_of(n, "n"),
                                         span_of(stdpop, "stdpop"), span_of(offsets, "offsets")};
            const std::size_t groups = group_count(data.offsets);
            IntervalArrays out(groups, levels.size());
            auto total_count = vector_of(groups), total_pop = vector_of(groups);
            {
                py::gil_scoped_release release;
                ind::dsr_nonindependent_intervals(data, levels, out.spans(),
                                                  {mutable_span(total_count), mutable_span(total_pop)}, {multiplier});
            }
            return py::make_tuple(out.value, out.lower, out.upper, total_count, total_pop);
        },
        py::arg("x"), py::arg("eventfreq"), py::arg("band"), py::arg("n"), py::arg("stdpop"), py::arg("offsets"),
        py::arg("levels"), py::arg("multiplier") = 100000.0,
        "DSRs for non-independent events from counts of individuals by event frequency (rows of a group ordered by "
        "eventfreq; band: integer band codes): (value, lower, upper, total_count, total_pop).");

    m.def(
        "isr",
        [](const std::optional<DoubleArray>& x, const DoubleArray& n, const DoubleArray& x_ref, const DoubleArray& n_ref,
           const IndexArray& offsets, const std::vector<double>& levels, const std::string& statistic,
           double multiplier, bool per_band, const std::optional<DoubleArray>& observed_totals) {
            const ind::IsrOptions options = isr_options(statistic, multiplier);
            ind::IsrData data;
            if (x) data.x = span_of(*x, "x");
            data.n = span_of(n, "n");
            data.x_ref = span_of(x_ref, "x_ref");
            data.n_ref = span_of(n_ref, "n_ref");
            data.offsets = span_of(offsets, "offsets");
            data.layout = per_band ? ind::StandardLayout::per_band : ind::StandardLayout::per_row;
            if (observed_totals) data.observed_totals = span_of(*observed_totals, "observed_totals");
            const std::size_t groups = group_count(data.offsets);
            IntervalArrays out(groups, levels.size());
            auto observed = vector_of(groups), expected = vector_of(groups);
            auto ref_rate = vector_of(options.statistic == ind::IsrStatistic::rate ? groups : 0);
            {
                py::gil_scoped_release release;
                ind::isr_intervals(data, levels, out.spans(),
                                   {mutable_span(observed), mutable_span(expected), mutable_span(ref_rate)}, options);
            }
            return py::make_tuple(out.value, out.lower, out.upper, observed, expected, ref_rate);
        },
        py::arg("x"), py::arg("n"), py::arg("x_ref"), py::arg("n_ref"), py::arg("offsets"), py::arg("levels"),
        py::arg("statistic") = "ratio", py::arg("multiplier") = 1.0, py::arg("per_band") = false,
        py::arg("observed_totals") = py::none(),
        "Indirectly standardised ratios or rates of groups of rows: (value, lower, upper, observed, expected, "
        "ref_rate). x may be None when observed_totals (one per group) are given.");

    m.def(
        "isr_banded",
        [](const std::optional<DoubleArray>& x, const DoubleArray& n, const py::array& codes,
           const py::array_t<std::int32_t, py::array::c_style | py::array::forcecast>& position,
           const DoubleArray& x_ref, const DoubleArray& n_ref, const std::optional<IndexArray>& order,
           const IndexArray& offsets, const std::vector<double>& levels, const std::string& statistic,
           double multiplier, const std::optional<DoubleArray>& observed_totals) {
            const ind::IsrOptions options = isr_options(statistic, multiplier);
            py::array keep;
            ind::BandedIsrData data;
            if (x) data.x = span_of(*x, "x");
            data.n = span_of(n, "n");
            data.bands = band_codes(codes, position, keep);
            data.x_ref = span_of(x_ref, "x_ref");
            data.n_ref = span_of(n_ref, "n_ref");
            if (order) data.order = span_of(*order, "order");
            data.offsets = span_of(offsets, "offsets");
            if (observed_totals) data.observed_totals = span_of(*observed_totals, "observed_totals");
            const std::size_t groups = group_count(data.offsets);
            IntervalArrays out(groups, levels.size());
            auto observed = vector_of(groups), expected = vector_of(groups);
            auto ref_rate = vector_of(options.statistic == ind::IsrStatistic::rate ? groups : 0);
            ind::BandProblem problem;
            {
                py::gil_scoped_release release;
                problem = ind::isr_banded_intervals(
                    data, levels, out.spans(), {mutable_span(observed), mutable_span(expected), mutable_span(ref_rate)},
                    options);
            }
            return py::make_tuple(out.value, out.lower, out.upper, observed, expected, ref_rate, problem_of(problem));
        },
        py::arg("x"), py::arg("n"), py::arg("codes"), py::arg("position"), py::arg("x_ref"), py::arg("n_ref"),
        py::arg("order"), py::arg("offsets"), py::arg("levels"), py::arg("statistic") = "ratio",
        py::arg("multiplier") = 1.0, py::arg("observed_totals") = py::none(),
        "Indirectly standardised ratios or rates with the reference (one value per band) matched to rows by band in "
        "one pass, rows and codes as dsr_banded: (value, lower, upper, observed, expected, ref_rate, problem).");

    m.def(
        "life_expectancy",
        [](const DoubleArray& deaths, const DoubleArray& population, const DoubleArray& startage,
           const IndexArray& offsets, const std::vector<double>& levels, double top_age) {
            ind::LifeTableData data{span_of(deaths, "deaths"), span_of(population, "population"),
                                    span_of(startage, "startage"), span_of(offsets, "offsets"), top_age};
            const std::size_t rows = data.deaths.size();
            const std::size_t groups = group_count(data.offsets);
            IntervalArrays out(rows, levels.size());
            auto pops_used = vector_of(rows), dths_used = vector_of(rows);
            py::array_t<std::uint8_t> status(static_cast<py::ssize_t>(groups));
            {
                py::gil_scoped_release release;
                auto codes = mutable_span(status);
                static_assert(sizeof(ind::LifeTableStatus) == sizeof(std::uint8_t));
                std::span<ind::LifeTableStatus> status_span(reinterpret_cast<ind::LifeTableStatus*>(codes.data()),
                                                            codes.size());
                ind::life_expectancy_intervals(data, levels, out.spans(),
                                               {mutable_span(pops_used), mutable_span(dths_used), status_span});
            }
            return py::make_tuple(out.value, out.lower, out.upper, pops_used, dths_used, status);
        },
        py::arg("deaths"), py::arg("population"), py::arg("startage"), py::arg("offsets"), py::arg("levels"),
        py::arg("top_age") = 90.0,
        "Life expectancy at every band of groups of 20 life-table rows (0, 1, 5, ..., 90; 19 ending 85 with "
        "top_age=85): (value, lower, upper, "
        "pops_used, dths_used, status[groups]) with status 0 ok, 1 missing values, 2 negative deaths, 3 population "
        "<= 0, 4 deaths > population, 5 total population <= 5,000.");
}

} // namespace boardroom::python

// numpy in, numpy out. Inputs are converted with the GIL held; outputs are
// allocated as numpy arrays up front and the kernels write into them with the
// GIL released, so a 1e7-row call makes no copy beyond the forcecast of inputs.
#include "pybind11.hpp"

#include <pybind11/numpy.h>

#include "boardroom/core/error.hpp"
#include "boardroom/indicators.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace boardroom::python {

namespace {

namespace ind = boardroom::indicators;
using DoubleArray = py::array_t<double, py::array::c_style | py::array::forcecast>;

std::span<const double> span_of(const DoubleArray& a, const char* field) {
    if (a.ndim() != 1) throw InputError({"", 0, "", field}, "expected a one-dimensional array");
    return {a.data(), static_cast<std::size_t>(a.shape(0))};
}

template <class T>
std::span<T> mutable_span(py::array_t<T>& a) {
    return {a.mutable_data(), static_cast<std::size_t>(a.size())};
}

// A caller's out= array: float64, C-contiguous, writable and of the expected shape, so
// the kernel writes into it directly (a converted copy would lose the results).
py::array_t<double> out_array(const py::object& given, std::vector<py::ssize_t> shape, const char* field) {
    if (given.is_none()) return py::array_t<double>(shape);
    if (!py::isinstance<py::array>(given))
        throw InputError({"", 0, "", field}, std::string(field) + "_out must be a numpy array");
    auto array = py::reinterpret_borrow<py::array>(given);
    const bool shaped = array.ndim() == static_cast<py::ssize_t>(shape.size()) &&
                        std::equal(shape.begin(), shape.end(), array.shape());
    if (!array.dtype().is(py::dtype::of<double>()) || !(array.flags() & py::array::c_style) ||
        !array.writeable() || !shaped) {
        std::string expected;
        for (const auto extent : shape) expected += (expected.empty() ? "" : ", ") + std::to_string(extent);
        throw InputError({"", 0, "", field},
                         std::string(field) + "_out must be a writable C-contiguous float64 array of shape (" +
                             expected + (shape.size() == 1 ? ",)" : ")"));
    }
    return py::reinterpret_borrow<py::array_t<double>>(array);
}

// value (rows,), lower and upper (levels, rows): numpy arrays the kernel fills, new or
// the caller's (out=).
struct IntervalArrays {
    py::array_t<double> value, lower, upper;
    IntervalArrays(std::size_t rows, std::size_t levels, const py::object& value_out = py::none(),
                   const py::object& lower_out = py::none(), const py::object& upper_out = py::none())
        : value(out_array(value_out, {static_cast<py::ssize_t>(rows)}, "value")),
          lower(out_array(lower_out, {static_cast<py::ssize_t>(levels), static_cast<py::ssize_t>(rows)}, "lower")),
          upper(out_array(upper_out, {static_cast<py::ssize_t>(levels), static_cast<py::ssize_t>(rows)}, "upper")) {}
    ind::IntervalSpans spans() { return {mutable_span(value), mutable_span(lower), mutable_span(upper)}; }
    py::tuple result() const { return py::make_tuple(value, lower, upper); }
};

ind::Polarity parse_polarity(const std::string& text) {
    if (text == "high_is_good" || text == "high") return ind::Polarity::high_is_good;
    if (text == "low_is_good" || text == "low") return ind::Polarity::low_is_good;
    if (text == "none" || text == "no_judgement") return ind::Polarity::no_judgement;
    throw InputError({"", 0, "", "polarity"},
                     "unknown polarity '" + text + "' (expected high_is_good, low_is_good or none)");
}

ind::SmallCountRule small_count_rule(double low, double high, bool high_inclusive, bool zero_exempt) {
    ind::SmallCountRule rule;
    rule.low = low;
    rule.high = high;
    rule.high_inclusive = high_inclusive;
    rule.zero_exempt = zero_exempt;
    return rule;
}

template <class T>
py::array_t<std::uint8_t> as_codes(const std::vector<T>& values) {
    py::array_t<std::uint8_t> out(static_cast<py::ssize_t>(values.size()));
    auto* data = out.mutable_data();
    for (std::size_t i = 0; i < values.size(); ++i) data[i] = static_cast<std::uint8_t>(values[i]);
    return out;
}

py::array_t<double> as_array(const std::vector<double>& values) {
    return py::array_t<double>(static_cast<py::ssize_t>(values.size()), values.data());
}

using TableArray = py::array_t<double, py::array::c_style | py::array::forcecast>;
using MarkArray = py::array_t<std::uint8_t, py::array::c_style | py::array::forcecast>;

std::vector<ind::Suppression> marks_of(const MarkArray& marks) {
    std::vector<ind::Suppression> out;
    out.reserve(static_cast<std::size_t>(marks.size()));
    for (py::ssize_t i = 0; i < marks.size(); ++i) {
        const auto code = marks.data()[i];
        if (code > 2) throw InputError({"", 0, "", "marks"}, "marks are 0 (shown), 1 or 2 (hidden)");
        out.push_back(static_cast<ind::Suppression>(code));
    }
    return out;
}

// A published table with its margins: values and marks of the same (rows + 1, cols + 1) shape.
ind::SuppressedTable table_of(const TableArray& values, const MarkArray& marks) {
    if (values.ndim() != 2 || marks.ndim() != 2 || values.shape(0) != marks.shape(0) ||
        values.shape(1) != marks.shape(1) || values.shape(0) < 2 || values.shape(1) < 2)
        throw InputError({"", 0, "", "marks"}, "values and marks must be tables of the same shape, with margins");
    ind::SuppressedTable table;
    table.rows = static_cast<std::size_t>(values.shape(0)) - 1;
    table.cols = static_cast<std::size_t>(values.shape(1)) - 1;
    table.values.assign(values.data(), values.data() + values.size());
    table.marks = marks_of(marks);
    return table;
}

// A published list: cells then their total, and one mark each.
ind::SuppressedLine line_of(const DoubleArray& values, const MarkArray& marks) {
    const auto vs = span_of(values, "values");
    if (marks.ndim() != 1 || static_cast<std::size_t>(marks.shape(0)) != vs.size())
        throw InputError({"", 0, "", "marks"}, "give one mark per value, the total's last");
    return {{vs.begin(), vs.end()}, marks_of(marks)};
}

} // namespace

void register_indicators(py::module_& m) {
    m.def(
        "proportion",
        [](const DoubleArray& x, const DoubleArray& n, const std::vector<double>& levels, const std::string& method,
           double multiplier, const py::object& value_out, const py::object& lower_out, const py::object& upper_out) {
            const auto xs = span_of(x, "x");
            const auto ns = span_of(n, "n");
            ind::ProportionOptions options;
            options.multiplier = multiplier;
            if (method == "wilson") options.method = ind::ProportionMethod::wilson;
            else if (method == "clopper_pearson" || method == "exact")
                options.method = ind::ProportionMethod::clopper_pearson;
            else throw InputError({"", 0, "", "method"}, "unknown method '" + method + "' (expected wilson or clopper_pearson)");
            IntervalArrays out(xs.size(), levels.size(), value_out, lower_out, upper_out);
            {
                py::gil_scoped_release release;
                ind::proportion_intervals(xs, ns, levels, out.spans(), options);
            }
            return out.result();
        },
        py::arg("x"), py::arg("n"), py::arg("levels"), py::arg("method") = "wilson", py::arg("multiplier") = 1.0,
        py::arg("value_out") = py::none(), py::arg("lower_out") = py::none(), py::arg("upper_out") = py::none(),
        "Proportions and limits: (value, lower[levels, rows], upper[levels, rows]), written into the *_out "
        "arrays when given.");

    m.def(
        "rate",
        [](const DoubleArray& x, const DoubleArray& n, const std::vector<double>& levels, double multiplier,
           const py::object& value_out, const py::object& lower_out, const py::object& upper_out) {
            const auto xs = span_of(x, "x");
            const auto ns = span_of(n, "n");
            ind::RateOptions options;
            options.multiplier = multiplier;
            IntervalArrays out(xs.size(), levels.size(), value_out, lower_out, upper_out);
            py::array_t<bool> exact(static_cast<py::ssize_t>(xs.size()));
            {
                py::gil_scoped_release release;
                ind::rate_intervals(xs, ns, levels, out.spans(), mutable_span(exact), options);
            }
            return py::make_tuple(out.value, out.lower, out.upper, exact);
        },
        py::arg("x"), py::arg("n"), py::arg("levels"), py::arg("multiplier") = 100000.0,
        py::arg("value_out") = py::none(), py::arg("lower_out") = py::none(), py::arg("upper_out") = py::none(),
        "Crude rates and limits: (value, lower, upper, exact) where exact marks rows with exact Poisson limits; "
        "written into the *_out arrays when given.");

    m.def(
        "mean_summaries",
        [](const DoubleArray& sum, const DoubleArray& sd, const DoubleArray& count,
           const std::vector<double>& levels, const py::object& value_out, const py::object& lower_out,
           const py::object& upper_out) {
            ind::MeanSummaries groups{span_of(sum, "value_sum"), span_of(sd, "stdev"), span_of(count, "value_count"),
                                      ind::Spread::standard_deviation};
            IntervalArrays out(groups.sum.size(), levels.size(), value_out, lower_out, upper_out);
            {
                py::gil_scoped_release release;
                ind::mean_intervals(groups, levels, out.spans());
            }
            return out.result();
        },
        py::arg("value_sum"), py::arg("stdev"), py::arg("value_count"), py::arg("levels"),
        py::arg("value_out") = py::none(), py::arg("lower_out") = py::none(), py::arg("upper_out") = py::none(),
        "Means and Student's t limits from group sums, standard deviations and counts.");

    m.def(
        "grouped_mean",
        [](const DoubleArray& values, const py::array_t<std::size_t, py::array::c_style | py::array::forcecast>& offsets,
           const std::vector<double>& levels, const py::object& value_out, const py::object& lower_out,
           const py::object& upper_out) {
            const auto vs = span_of(values, "x");
            const std::span<const std::size_t> os{offsets.data(), static_cast<std::size_t>(offsets.size())};
            if (os.empty()) throw InputError({"", 0, "", "offsets"}, "offsets needs at least one element");
            const std::size_t groups = os.size() - 1;
            IntervalArrays out(groups, levels.size(), value_out, lower_out, upper_out);
            py::array_t<double> sum(static_cast<py::ssize_t>(groups)), sd(static_cast<py::ssize_t>(groups)),
                count(static_cast<py::ssize_t>(groups));
            {
                py::gil_scoped_release release;
                ind::grouped_mean_intervals(vs, os, levels, out.spans(),
                                            {mutable_span(sum), mutable_span(sd), mutable_span(count)});
            }
            return py::make_tuple(out.value, out.lower, out.upper, sum, sd, count);
        },
        py::arg("values"), py::arg("offsets"), py::arg("levels"),
        py::arg("value_out") = py::none(), py::arg("lower_out") = py::none(), py::arg("upper_out") = py::none(),
        "Means of groups of raw values (group g is values[offsets[g]:offsets[g+1]]): "
        "(value, lower, upper, value_sum, stdev, value_count).");

    m.def(
        "group_order",
        [](const py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>& codes, std::size_t groups) {
            if (codes.ndim() != 1) throw InputError({"", 0, "", "codes"}, "expected a one-dimensional array");
            const std::span<const std::int64_t> cs{codes.data(), static_cast<std::size_t>(codes.shape(0))};
            ind::GroupOrder sorted;
            {
                py::gil_scoped_release release;
                sorted = ind::group_order(cs, groups);
            }
            // std::size_t and numpy's intp/uintp have the same width on every platform built.
            py::array_t<std::size_t> order(static_cast<py::ssize_t>(sorted.order.size()), sorted.order.data());
            py::array_t<std::size_t> offsets(static_cast<py::ssize_t>(sorted.offsets.size()), sorted.offsets.data());
            return py::make_tuple(order, offsets);
        },
        py::arg("codes"), py::arg("groups"),
        "Rows sorted by group code (a stable counting sort): (order, offsets), group g is "
        "order[offsets[g]:offsets[g+1]].");

    m.def(
        "sorted_groups",
        [](const py::list& keys, std::size_t rows) -> py::object {
            // Each key: (raw codes of any integer width, low, space, table or None). Arrays are
            // kept alive in `held` while the GIL is released.
            std::vector<ind::KeyCodes> codes;
            std::vector<py::array> held;
            for (const py::handle item : keys) {
                const auto key = item.cast<py::tuple>();
                if (key.size() != 4) throw InputError({"", 0, "", "keys"}, "each key is (codes, low, space, table)");
                ind::KeyCodes k;
                auto raw = key[0].cast<py::array>();
                const bool plain = raw.ndim() == 1 && raw.dtype().kind() == 'i' &&
                                   (raw.flags() & py::array::c_style) != 0;
                if (!plain || raw.dtype().itemsize() == 8) {
                    raw = py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>(raw);
                    if (raw.ndim() != 1) throw InputError({"", 0, "", "codes"}, "expected a one-dimensional array");
                }
                const auto size = static_cast<std::size_t>(raw.shape(0));
                switch (raw.dtype().itemsize()) {
                case 1: k.raw = std::span<const std::int8_t>(static_cast<const std::int8_t*>(raw.data()), size); break;
                case 2: k.raw = std::span<const std::int16_t>(static_cast<const std::int16_t*>(raw.data()), size); break;
                case 4: k.raw = std::span<const std::int32_t>(static_cast<const std::int32_t*>(raw.data()), size); break;
                default: k.raw = std::span<const std::int64_t>(static_cast<const std::int64_t*>(raw.data()), size);
                }
                held.push_back(raw);
                k.low = key[1].cast<std::int64_t>();
                k.space = key[2].cast<std::uint64_t>();
                if (!key[3].is_none()) {
                    py::array_t<std::int64_t, py::array::c_style | py::array::forcecast> table(key[3]);
                    k.table = {table.data(), static_cast<std::size_t>(table.size())};
                    held.push_back(table);
                }
                codes.push_back(k);
            }
            ind::SortedGroups groups;
            {
                py::gil_scoped_release release;
                groups = ind::sorted_groups(codes, rows);
            }
            if (!groups.sorted) return py::none();
            py::array_t<std::size_t> offsets(static_cast<py::ssize_t>(groups.offsets.size()), groups.offsets.data());
            py::array_t<std::int64_t> group_codes(static_cast<py::ssize_t>(groups.codes.size()), groups.codes.data());
            return py::make_tuple(offsets, group_codes);
        },
        py::arg("keys"), py::arg("rows"),
        "Groups of rows already in key order, with nothing written per row: keys are (codes of any integer width, "
        "low, space, table or None), code = raw - low (negative: space - 1), then table[code]. Returns None when the "
        "rows are not in key order, else (offsets, each group's mixed-radix key code).");

    m.def("set_threads", &ind::set_kernel_threads, py::arg("threads"),
          "Threads the proportion, rate and mean kernels may use (0: one per hardware thread).");
    m.def("threads", &ind::kernel_threads, "Threads the proportion, rate and mean kernels may use.");

    m.def(
        "compare",
        [](const py::array_t<double, py::array::c_style | py::array::forcecast>& lower,
           const py::array_t<double, py::array::c_style | py::array::forcecast>& upper, const DoubleArray& benchmark,
           const std::string& polarity) {
            if (lower.ndim() != 2 || upper.ndim() != 2)
                throw InputError({"", 0, "", "lower"}, "expected limits shaped (levels, rows)");
            const auto levels = static_cast<std::size_t>(lower.shape(0));
            const auto rows = static_cast<std::size_t>(lower.shape(1));
            const ind::Polarity pol = parse_polarity(polarity);
            py::array_t<std::uint8_t> codes(static_cast<py::ssize_t>(rows));
            const std::span<const double> lo{lower.data(), static_cast<std::size_t>(lower.size())};
            const std::span<const double> up{upper.data(), static_cast<std::size_t>(upper.size())};
            const auto bench = span_of(benchmark, "benchmark");
            {
                py::gil_scoped_release release;
                std::vector<ind::Category> out(rows);
                ind::compare_with_benchmark(lo, up, levels, bench, pol, out);
                auto* data = codes.mutable_data();
                for (std::size_t i = 0; i < rows; ++i) data[i] = static_cast<std::uint8_t>(out[i]);
            }
            return codes;
        },
        py::arg("lower"), py::arg("upper"), py::arg("benchmark"), py::arg("polarity"),
        "Fingertips comparison of each row's interval(s) with its benchmark: category codes.");

    m.def(
        "quintiles",
        [](const DoubleArray& values) {
            const auto vs = span_of(values, "value");
            std::vector<ind::Category> out;
            {
                py::gil_scoped_release release;
                out = ind::quintile_categories(vs);
            }
            return as_codes(out);
        },
        py::arg("values"), "Fingertips quintile of each value among all of them: category codes.");

    py::list labels, colours;
    for (int code = 0; code <= static_cast<int>(ind::Category::quintile_5); ++code) {
        const auto category = static_cast<ind::Category>(code);
        labels.append(std::string(ind::label(category)));
        colours.append(std::string(ind::colour(category)));
    }
    m.attr("CATEGORY_LABELS") = py::tuple(labels);
    m.attr("CATEGORY_COLOURS") = py::tuple(colours);

    m.def(
        "pool_rolling",
        [](const py::array_t<std::size_t, py::array::c_style | py::array::forcecast>& area_offsets,
           const py::array_t<int, py::array::c_style | py::array::forcecast>& year, const DoubleArray& numerator,
           const DoubleArray& denominator, int window, bool pool_available) {
            ind::YearlyCounts data{{area_offsets.data(), static_cast<std::size_t>(area_offsets.size())},
                                   {year.data(), static_cast<std::size_t>(year.size())},
                                   span_of(numerator, "numerator"),
                                   span_of(denominator, "denominator")};
            ind::PooledWindows pooled;
            {
                py::gil_scoped_release release;
                pooled = ind::pool_rolling_windows(
                    data, window, pool_available ? ind::GapRule::pool_available : ind::GapRule::skip_window);
            }
            py::array_t<std::size_t> area(static_cast<py::ssize_t>(pooled.size()), pooled.area.data());
            py::array_t<int> first(static_cast<py::ssize_t>(pooled.size()), pooled.first_year.data());
            py::array_t<int> last(static_cast<py::ssize_t>(pooled.size()), pooled.last_year.data());
            py::array_t<int> present(static_cast<py::ssize_t>(pooled.size()), pooled.years_present.data());
            return py::make_tuple(area, first, last, present, as_array(pooled.numerator), as_array(pooled.denominator),
                                  pooled.label);
        },
        py::arg("area_offsets"), py::arg("year"), py::arg("numerator"), py::arg("denominator"), py::arg("window"),
        py::arg("pool_available") = false,
        "Rolling windows per area: (area, first_year, last_year, years_present, numerator, denominator, label).");

    m.def(
        "percent_change",
        [](const DoubleArray& from, const DoubleArray& to) {
            const auto f = span_of(from, "from");
            const auto t = span_of(to, "to");
            py::array_t<double> out(static_cast<py::ssize_t>(f.size()));
            {
                py::gil_scoped_release release;
                ind::percent_change(f, t, mutable_span(out));
            }
            return out;
        },
        py::arg("from_"), py::arg("to"), "100 * (to - from) / from, from unrounded values; NaN where from is 0.");

    m.def(
        "period_label", &ind::period_label, py::arg("first_year"), py::arg("last_year"),
        "'2010-12' for 2010 to 2012.");

    m.def(
        "primary_suppression",
        [](const DoubleArray& counts, double low, double high, bool high_inclusive, bool zero_exempt) {
            const auto cs = span_of(counts, "count");
            std::vector<ind::Suppression> marks;
            {
                py::gil_scoped_release release;
                marks = ind::primary_suppression(cs, small_count_rule(low, high, high_inclusive, zero_exempt));
            }
            return as_codes(marks);
        },
        py::arg("counts"), py::arg("low"), py::arg("high"), py::arg("high_inclusive"), py::arg("zero_exempt"),
        "Marks of small counts: 0 shown, 1 primary.");

    m.def(
        "suppress_with_total",
        [](const DoubleArray& cells, double low, double high, bool high_inclusive, bool zero_exempt) {
            const auto rule = small_count_rule(low, high, high_inclusive, zero_exempt);
            const auto line = ind::suppress_with_total(span_of(cells, "count"), rule);
            ind::check_disclosure(line, rule);
            return py::make_tuple(as_array(line.values), as_codes(line.marks));
        },
        py::arg("cells"), py::arg("low"), py::arg("high"), py::arg("high_inclusive"), py::arg("zero_exempt"),
        "Cells then their total, with marks (0 shown, 1 primary, 2 secondary); checked for disclosure.");

    m.def(
        "suppress_table",
        [](const py::array_t<double, py::array::c_style | py::array::forcecast>& cells, double low, double high,
           bool high_inclusive, bool zero_exempt) {
            if (cells.ndim() != 2) throw InputError({"", 0, "", "cells"}, "expected a two-dimensional table");
            const auto rows = static_cast<std::size_t>(cells.shape(0));
            const auto cols = static_cast<std::size_t>(cells.shape(1));
            const auto rule = small_count_rule(low, high, high_inclusive, zero_exempt);
            ind::SuppressedTable table;
            {
                py::gil_scoped_release release;
                table = ind::suppress_table({cells.data(), rows * cols}, rows, cols, rule);
                ind::check_disclosure(table, rule);
            }
            const std::vector<py::ssize_t> shape{static_cast<py::ssize_t>(rows + 1), static_cast<py::ssize_t>(cols + 1)};
            py::array_t<double> values(shape, table.values.data());
            py::array_t<std::uint8_t> marks(shape);
            for (std::size_t i = 0; i < table.marks.size(); ++i)
                marks.mutable_data()[i] = static_cast<std::uint8_t>(table.marks[i]);
            return py::make_tuple(values, marks);
        },
        py::arg("cells"), py::arg("low"), py::arg("high"), py::arg("high_inclusive"), py::arg("zero_exempt"),
        "A table with row and column totals added, and marks; checked for disclosure.");

    m.def(
        "check_table_disclosure",
        [](const TableArray& values, const MarkArray& marks, double low, double high, bool high_inclusive,
           bool zero_exempt) {
            ind::check_disclosure(table_of(values, marks), small_count_rule(low, high, high_inclusive, zero_exempt));
        },
        py::arg("values"), py::arg("marks"), py::arg("low"), py::arg("high"), py::arg("high_inclusive"),
        py::arg("zero_exempt"),
        "Raises DisclosureError if a table marked for publication reveals a small count: shown, or hidden but "
        "known from the shown counts and margins to lie among the small counts.");

    m.def(
        "check_line_disclosure",
        [](const DoubleArray& values, const MarkArray& marks, double low, double high, bool high_inclusive,
           bool zero_exempt) {
            ind::check_disclosure(line_of(values, marks), small_count_rule(low, high, high_inclusive, zero_exempt));
        },
        py::arg("values"), py::arg("marks"), py::arg("low"), py::arg("high"), py::arg("high_inclusive"),
        py::arg("zero_exempt"),
        "Raises DisclosureError if a list (cells then total) marked for publication reveals a small count.");

    m.def(
        "table_feasible_ranges",
        [](const TableArray& values, const MarkArray& marks) {
            const auto table = table_of(values, marks);
            ind::FeasibleRanges ranges;
            {
                py::gil_scoped_release release;
                ranges = ind::feasible_ranges(table);
            }
            const std::vector<py::ssize_t> shape{values.shape(0), values.shape(1)};
            return py::make_tuple(py::array_t<double>(shape, ranges.lower.data()),
                                  py::array_t<double>(shape, ranges.upper.data()));
        },
        py::arg("values"), py::arg("marks"),
        "(lower, upper): the exact bounds of every entry given the shown ones, the margins and that no count is "
        "negative (shown entries: their count; upper may be inf).");

    m.def(
        "line_feasible_ranges",
        [](const DoubleArray& values, const MarkArray& marks) {
            const auto ranges = ind::feasible_ranges(line_of(values, marks));
            return py::make_tuple(as_array(ranges.lower), as_array(ranges.upper));
        },
        py::arg("values"), py::arg("marks"),
        "(lower, upper) of every value of a list (cells then total), as table_feasible_ranges.");

    m.def(
        "composite_rank",
        [](const py::array_t<double, py::array::c_style | py::array::forcecast>& values,
           const std::vector<std::string>& polarity) {
            if (values.ndim() != 2) throw InputError({"", 0, "", "values"}, "expected (indicators, areas) values");
            const auto indicators = static_cast<std::size_t>(values.shape(0));
            const auto areas = static_cast<std::size_t>(values.shape(1));
            std::vector<ind::Polarity> pol;
            for (const auto& p : polarity) pol.push_back(parse_polarity(p));
            if (pol.size() != indicators)
                throw InputError({"", 0, "", "polarity"}, "give one polarity per indicator");
            ind::CompositeRanking ranking;
            {
                py::gil_scoped_release release;
                ranking = ind::composite_ranking({values.data(), indicators * areas}, areas, pol);
            }
            py::array_t<double> ranks({static_cast<py::ssize_t>(indicators), static_cast<py::ssize_t>(areas)},
                                      ranking.ranks.data());
            py::array_t<std::size_t> used(static_cast<py::ssize_t>(areas), ranking.indicators_used.data());
            return py::make_tuple(ranks, as_array(ranking.mean_rank), used, as_array(ranking.composite_rank));
        },
        py::arg("values"), py::arg("polarity"),
        "Composite ranking: (ranks[indicators, areas], mean_rank, indicators_used, composite_rank).");
}

} // namespace boardroom::python

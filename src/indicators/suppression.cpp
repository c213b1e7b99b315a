#include "boardroom/indicators/suppression.hpp"

#include "boardroom/core/error.hpp"
#include "detail.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <tuple>

namespace boardroom::indicators {

namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);

bool hidden(Suppression mark) noexcept { return mark != Suppression::shown; }

// A published list or table seen as a flow network. Each line (a row or column with
// its margin, or a list with its total) says its cells sum to its margin; after
// flipping the sign of some lines every entry appears once with +1 and once with -1,
// so entries are arcs between line nodes and any change of the hidden entries that
// keeps every line true is a circulation on the hidden arcs. A hidden entry can take
// another value exactly when it lies on a cycle of hidden arcs that can carry one
// unit: forward along any arc, backward only along arcs whose count is above zero.
struct Network {
    struct Arc {
        std::size_t tail;
        std::size_t head;
    };
    std::size_t nodes{0};
    std::vector<Arc> arcs;                          // one per entry
    std::vector<std::vector<std::size_t>> lines;    // entries of each line, margin last
    std::vector<std::vector<std::size_t>> lines_of; // lines holding each entry
    std::vector<std::vector<std::size_t>> incident; // entries touching each node

    void index() {
        lines_of.assign(arcs.size(), {});
        for (std::size_t l = 0; l < lines.size(); ++l)
            for (std::size_t e : lines[l]) lines_of[e].push_back(l);
        incident.assign(nodes, {});
        for (std::size_t e = 0; e < arcs.size(); ++e) {
            incident[arcs[e].tail].push_back(e);
            incident[arcs[e].head].push_back(e);
        }
    }

    // Path from `from` to `to` over hidden arcs other than `skip`; `residual` limits
    // backward steps to arcs with a positive count, else any direction goes.
    bool path(const std::vector<double>& values, const std::vector<Suppression>& marks,
              std::size_t skip, std::size_t from, std::size_t to, bool residual) const {
        std::vector<bool> seen(nodes, false);
        std::vector<std::size_t> todo{from};
        seen[from] = true;
        while (!todo.empty()) {
            const std::size_t node = todo.back();
            todo.pop_back();
            if (node == to) return true;
            for (std::size_t e : incident[node]) {
                if (e == skip || !hidden(marks[e])) continue;
                std::size_t next = none;
                if (arcs[e].tail == node) next = arcs[e].head;
                else if (arcs[e].head == node && (!residual || values[e] > 0.0)) next = arcs[e].tail;
                if (next != none && !seen[next]) {
                    seen[next] = true;
                    todo.push_back(next);
                }
            }
        }
        return false;
    }

    // The hidden entry could be larger or smaller without breaking any line.
    bool movable(const std::vector<double>& values, const std::vector<Suppression>& marks,
                 std::size_t e) const {
        const Arc arc = arcs[e];
        if (path(values, marks, e, arc.head, arc.tail, true)) return true;
        return values[e] > 0.0 && path(values, marks, e, arc.tail, arc.head, true);
    }

    // On no cycle at all: the lines determine it by addition and subtraction alone.
    bool determined(const std::vector<Suppression>& marks, std::size_t e) const {
        const std::vector<double> unused;
        return !path(unused, marks, e, arcs[e].tail, arcs[e].head, false);
    }
};

// A list of cells and its total: cells are arcs 0 -> 1, the total 1 -> 0.
Network list_network(std::size_t cells) {
    Network net;
    net.nodes = 2;
    net.arcs.assign(cells, {0, 1});
    net.arcs.push_back({1, 0});
    net.lines.emplace_back();
    for (std::size_t e = 0; e <= cells; ++e) net.lines.back().push_back(e);
    net.index();
    return net;
}

// A rows x cols table with margins, (rows + 1) x (cols + 1) entries row-major. Nodes:
// row lines 0..rows, then column lines. Inner cells and the grand total run from
// their row to their column; row and column totals the other way.
Network table_network(std::size_t rows, std::size_t cols) {
    Network net;
    const std::size_t width = cols + 1;
    net.nodes = (rows + 1) + width;
    for (std::size_t r = 0; r <= rows; ++r) {
        for (std::size_t c = 0; c <= cols; ++c) {
            const std::size_t row_node = r;
            const std::size_t col_node = rows + 1 + c;
            if ((r < rows) == (c < cols)) net.arcs.push_back({row_node, col_node});
            else net.arcs.push_back({col_node, row_node});
        }
    }
    for (std::size_t r = 0; r <= rows; ++r) {
        net.lines.emplace_back();
        for (std::size_t c = 0; c <= cols; ++c) net.lines.back().push_back(r * width + c);
    }
    for (std::size_t c = 0; c <= cols; ++c) {
        net.lines.emplace_back();
        for (std::size_t r = 0; r <= rows; ++r) net.lines.back().push_back(r * width + c);
    }
    net.index();
    return net;
}

// Secondary cells: the smallest, but zeros last, because hidden cells that are all
// zero would be known to be zero from their line's sum.
bool before(double value, std::size_t index, double other_value, std::size_t other_index) {
    return std::make_tuple(value == 0.0, value, index) <
           std::make_tuple(other_value == 0.0, other_value, other_index);
}

// Shown entries of the lines holding `e`, best secondary candidate first.
std::vector<std::size_t> candidates(const Network& net, const std::vector<double>& values,
                                    const std::vector<Suppression>& marks, std::size_t e) {
    std::vector<std::size_t> out;
    for (std::size_t l : net.lines_of[e])
        for (std::size_t f : net.lines[l])
            if (!hidden(marks[f]) && std::find(out.begin(), out.end(), f) == out.end()) out.push_back(f);
    std::sort(out.begin(), out.end(),
              [&](std::size_t a, std::size_t b) { return before(values[a], a, values[b], b); });
    return out;
}

// Marks small entries primary, then hides more entries until (1) no line holds exactly
// one hidden entry and (2) every hidden small entry can take another value. Each pass
// hides one entry, so it ends (with everything hidden, every entry can move).
void suppress(const Network& net, const std::vector<double>& values,
              std::vector<Suppression>& marks, const SmallCountRule& rule) {
    for (std::size_t e = 0; e < values.size(); ++e)
        marks[e] = rule.is_small(values[e]) ? Suppression::primary : Suppression::shown;
    std::vector<bool> settled(values.size(), false);
    for (;;) {
        bool changed = false;
        for (const auto& line : net.lines) {
            const auto count = std::count_if(line.begin(), line.end(),
                                             [&](std::size_t e) { return hidden(marks[e]); });
            if (count != 1) continue;
            std::size_t best = none;
            for (std::size_t f : line)
                if (!hidden(marks[f]) && (best == none || before(values[f], f, values[best], best)))
                    best = f;
            if (best == none) continue;
            marks[best] = Suppression::secondary;
            changed = true;
        }
        if (changed) continue;

        // Hiding more only adds paths, so an entry found movable stays movable.
        std::size_t pinned = none;
        for (std::size_t e = 0; e < values.size() && pinned == none; ++e) {
            if (settled[e] || !hidden(marks[e]) || !rule.is_small(values[e])) continue;
            if (net.movable(values, marks, e)) settled[e] = true;
            else pinned = e;
        }
        if (pinned == none) return;
        const auto options = candidates(net, values, marks, pinned);
        std::size_t chosen = options.empty() ? none : options.front();
        for (std::size_t f : options) {
            marks[f] = Suppression::secondary;
            const bool frees = net.movable(values, marks, pinned);
            marks[f] = Suppression::shown;
            if (frees) {
                chosen = f;
                break;
            }
        }
        if (chosen == none) { // every line of `pinned` hidden: take the best shown entry anywhere
            for (std::size_t f = 0; f < values.size(); ++f)
                if (!hidden(marks[f]) && (chosen == none || before(values[f], f, values[chosen], chosen)))
                    chosen = f;
            if (chosen == none) return;
        }
        marks[chosen] = Suppression::secondary;
    }
}

// Throws DisclosureError for the first small count the marks reveal.
void audit(const Network& net, const std::vector<double>& values,
           const std::vector<Suppression>& marks, const SmallCountRule& rule,
           const auto& describe) {
    for (std::size_t e = 0; e < values.size(); ++e) {
        if (!hidden(marks[e]) && rule.is_small(values[e]))
            throw DisclosureError(describe(e) + ": the count " + detail::number(values[e]) +
                                  " is small but marked to be shown");
    }
    for (std::size_t e = 0; e < values.size(); ++e) {
        if (!hidden(marks[e]) || !rule.is_small(values[e]) || net.movable(values, marks, e)) continue;
        if (net.determined(marks, e))
            throw DisclosureError(describe(e) + ": the hidden count can be worked out from the "
                                                "shown counts and totals by subtraction");
        throw DisclosureError(describe(e) + ": the hidden count can be worked out from the shown "
                                            "counts and totals, since no count is negative");
    }
}

void check_count(double count, const std::string& record, const std::string& field) {
    if (std::isnan(count))
        detail::fail(record, field, "the count is missing; suppression needs every count");
    if (std::isinf(count)) detail::fail(record, field, "the count is infinite");
    if (count < 0.0)
        detail::fail(record, field, "the count (" + detail::number(count) + ") is negative");
}

std::string table_record(std::size_t r) { return "row " + std::to_string(r + 1); }
std::string table_field(std::size_t c) { return "column " + std::to_string(c + 1); }

// Tolerance for margins that should equal their line's sum.
bool same_total(double a, double b) noexcept {
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::max(std::fabs(a), std::fabs(b)));
}

} // namespace

SmallCountRule SmallCountRule::below(double threshold, bool zero_is_exempt) {
    return {0.0, threshold, false, zero_is_exempt};
}

SmallCountRule SmallCountRule::range(double lowest, double highest, bool zero_is_exempt) {
    return {lowest, highest, true, zero_is_exempt};
}

bool SmallCountRule::is_small(double count) const noexcept {
    if (std::isnan(count)) return false;
    if (count == 0.0 && zero_exempt) return false;
    if (count < low) return false;
    return high_inclusive ? count <= high : count < high;
}

void primary_suppression(std::span<const double> counts, const SmallCountRule& rule,
                         std::span<Suppression> out) {
    detail::check_length(counts.size(), out.size(), "out", "counts");
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const double count = counts[i];
        if (std::isinf(count)) detail::fail_row(i, "count", "the count is infinite");
        if (count < 0.0)
            detail::fail_row(i, "count", "the count (" + detail::number(count) + ") is negative");
        out[i] = rule.is_small(count) ? Suppression::primary : Suppression::shown;
    }
}

std::vector<Suppression> primary_suppression(std::span<const double> counts,
                                             const SmallCountRule& rule) {
    std::vector<Suppression> out(counts.size(), Suppression::shown);
    primary_suppression(counts, rule, out);
    return out;
}

SuppressedLine suppress_with_total(std::span<const double> cells, const SmallCountRule& rule) {
    SuppressedLine line;
    double total = 0.0;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        check_count(cells[i], detail::row_label(i), "count");
        total += cells[i];
    }
    line.values.assign(cells.begin(), cells.end());
    line.values.push_back(total);
    line.marks.resize(line.values.size());
    suppress(list_network(cells.size()), line.values, line.marks, rule);
    return line;
}

SuppressedTable suppress_table(std::span<const double> cells, std::size_t rows,
                               std::size_t cols, const SmallCountRule& rule) {
    detail::check_length(rows * cols, cells.size(), "cells", "rows x cols");
    SuppressedTable table;
    table.rows = rows;
    table.cols = cols;
    table.values.assign((rows + 1) * (cols + 1), 0.0);
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < cols; ++c) {
            const double count = cells[r * cols + c];
            check_count(count, table_record(r), table_field(c));
            table.values[table.index(r, c)] = count;
            table.values[table.index(r, cols)] += count;
            table.values[table.index(rows, c)] += count;
            table.values[table.index(rows, cols)] += count;
        }
    }
    table.marks.resize(table.values.size());
    suppress(table_network(rows, cols), table.values, table.marks, rule);
    return table;
}

void check_disclosure(const SuppressedLine& line, const SmallCountRule& rule) {
    if (line.values.empty() || line.marks.size() != line.values.size())
        detail::fail("", "marks", "a list needs its cells, its total last, and one mark per value");
    const std::size_t total = line.values.size() - 1;
    double sum = 0.0;
    for (std::size_t i = 0; i < line.values.size(); ++i) {
        check_count(line.values[i], i == total ? "total" : detail::row_label(i), "count");
        if (i != total) sum += line.values[i];
    }
    if (!same_total(sum, line.values[total]))
        detail::fail("total", "count",
                     "the total (" + detail::number(line.values[total]) +
                         ") is not the sum of the cells (" + detail::number(sum) + ")");
    audit(list_network(total), line.values, line.marks, rule, [&](std::size_t i) {
        return i == total ? std::string("the total") : detail::row_label(i);
    });
}

void check_disclosure(const SuppressedTable& table, const SmallCountRule& rule) {
    const std::size_t size = (table.rows + 1) * (table.cols + 1);
    if (table.values.size() != size || table.marks.size() != size)
        detail::fail("", "values",
                     "a table of " + std::to_string(table.rows) + " x " + std::to_string(table.cols) +
                         " cells needs " + std::to_string(size) + " values and marks with its margins");
    const std::size_t width = table.cols + 1;
    for (std::size_t e = 0; e < size; ++e)
        check_count(table.values[e], table_record(e / width), table_field(e % width));

    auto describe = [&](std::size_t e) {
        const std::size_t r = e / width;
        const std::size_t c = e % width;
        if (r == table.rows && c == table.cols) return std::string("the grand total");
        if (c == table.cols) return "the total of row " + std::to_string(r + 1);
        if (r == table.rows) return "the total of column " + std::to_string(c + 1);
        return "row " + std::to_string(r + 1) + ", column " + std::to_string(c + 1);
    };
    const Network net = table_network(table.rows, table.cols);
    for (const auto& line : net.lines) {
        double sum = 0.0;
        for (std::size_t k = 0; k + 1 < line.size(); ++k) sum += table.values[line[k]];
        const std::size_t margin = line.back();
        if (!same_total(sum, table.values[margin]))
            detail::fail(table_record(margin / width), table_field(margin % width),
                         describe(margin) + " (" + detail::number(table.values[margin]) +
                             ") is not the sum of its line (" + detail::number(sum) + ")");
    }
    audit(net, table.values, table.marks, rule, describe);
}

} // namespace boardroom::indicators

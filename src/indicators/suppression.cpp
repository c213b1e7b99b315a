#include "boardroom/indicators/suppression.hpp"

#include "boardroom/core/error.hpp"
#include "detail.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
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
// keeps every line true is a circulation on the hidden arcs: it may rise on any arc
// and fall on an arc by at most its count (no count is negative).
struct Network {
    struct Arc {
        std::size_t tail;
        std::size_t head;
    };
    std::size_t nodes{0};
    std::vector<Arc> arcs;                          // one per entry
    std::vector<std::vector<std::size_t>> lines;    // entries of each line, margin last
    std::vector<std::vector<std::size_t>> leaving;  // arcs out of each node
    std::vector<std::vector<std::size_t>> entering; // arcs into each node

    void index() {
        leaving.assign(nodes, {});
        entering.assign(nodes, {});
        for (std::size_t e = 0; e < arcs.size(); ++e) {
            leaving[arcs[e].tail].push_back(e);
            entering[arcs[e].head].push_back(e);
        }
    }

    // Whether entry `skip`'s tail can be reached from its head (or the other way round)
    // rising along hidden arcs only: then the entry has no upper (lower) limit.
    bool forward_path(const std::vector<Suppression>& marks, std::size_t skip, std::size_t from,
                      std::size_t to) const {
        std::vector<bool> seen(nodes, false);
        std::vector<std::size_t> todo{from};
        seen[from] = true;
        while (!todo.empty()) {
            const std::size_t node = todo.back();
            todo.pop_back();
            if (node == to) return true;
            for (std::size_t e : leaving[node]) {
                if (e == skip || !hidden(marks[e]) || seen[arcs[e].head]) continue;
                seen[arcs[e].head] = true;
                todo.push_back(arcs[e].head);
            }
        }
        return false;
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

// Residual capacities below this are taken as zero: counts are whole numbers or at
// least far coarser than this.
constexpr double tiny = 1e-9;

// Maximum flow (Dinic's blocking flows) on a small network, stopped once `limit` units
// have been pushed. The residual network stays available for a shortest-path search.
class FlowGraph {
public:
    struct Edge {
        std::size_t to;
        std::size_t reverse; // index of the reverse edge in adjacency[to]
        double capacity;     // residual
    };

    explicit FlowGraph(std::size_t nodes) : adjacency_(nodes), level_(nodes), next_(nodes) {}

    void add(std::size_t from, std::size_t to, double capacity) {
        adjacency_[from].push_back({to, adjacency_[to].size(), capacity});
        adjacency_[to].push_back({from, adjacency_[from].size() - 1, 0.0});
    }

    double max_flow(std::size_t source, std::size_t sink, double limit) {
        double flow = 0.0;
        while (flow < limit - tiny && levels(source, sink)) {
            std::fill(next_.begin(), next_.end(), 0);
            for (;;) {
                const double pushed = push(source, sink, limit - flow);
                if (pushed <= tiny) break;
                flow += pushed;
                if (flow >= limit - tiny) break;
            }
        }
        return flow;
    }

    const std::vector<std::vector<Edge>>& adjacency() const noexcept { return adjacency_; }

private:
    bool levels(std::size_t source, std::size_t sink) {
        std::fill(level_.begin(), level_.end(), -1);
        std::vector<std::size_t> queue{source};
        level_[source] = 0;
        for (std::size_t i = 0; i < queue.size(); ++i) {
            const std::size_t node = queue[i];
            for (const Edge& edge : adjacency_[node]) {
                if (edge.capacity <= tiny || level_[edge.to] >= 0) continue;
                level_[edge.to] = level_[node] + 1;
                queue.push_back(edge.to);
            }
        }
        return level_[sink] >= 0;
    }

    double push(std::size_t node, std::size_t sink, double amount) {
        if (node == sink) return amount;
        for (std::size_t& i = next_[node]; i < adjacency_[node].size(); ++i) {
            Edge& edge = adjacency_[node][i];
            if (edge.capacity <= tiny || level_[edge.to] != level_[node] + 1) continue;
            const double pushed = push(edge.to, sink, std::min(amount, edge.capacity));
            if (pushed > tiny) {
                edge.capacity -= pushed;
                adjacency_[edge.to][edge.reverse].capacity += pushed;
                return pushed;
            }
        }
        return 0.0;
    }

    std::vector<std::vector<Edge>> adjacency_;
    std::vector<int> level_;
    std::vector<std::size_t> next_;
};

// The hidden arcs other than `skip` as a flow network: an arc u -> v may rise without
// bound (capacity `unbounded`, more than any flow asked for) and fall by its count.
FlowGraph hidden_graph(const Network& net, const std::vector<double>& values,
                       const std::vector<Suppression>& marks, std::size_t skip, double unbounded) {
    FlowGraph graph(net.nodes);
    for (std::size_t f = 0; f < net.arcs.size(); ++f) {
        if (f == skip || !hidden(marks[f])) continue;
        graph.add(net.arcs[f].tail, net.arcs[f].head, unbounded);
        if (values[f] > tiny) graph.add(net.arcs[f].head, net.arcs[f].tail, values[f]);
    }
    return graph;
}

double hidden_total(const std::vector<double>& values, const std::vector<Suppression>& marks) {
    double sum = 0.0;
    for (std::size_t f = 0; f < values.size(); ++f)
        if (hidden(marks[f])) sum += values[f];
    return sum;
}

constexpr double infinity = std::numeric_limits<double>::infinity();

// Exact feasible range of hidden entry e: how far it can rise (flow from its head to its
// tail through the other hidden arcs) and fall (flow the other way, at most its count).
std::pair<double, double> exact_range(const Network& net, const std::vector<double>& values,
                                      const std::vector<Suppression>& marks, std::size_t e) {
    const auto arc = net.arcs[e];
    const double most = hidden_total(values, marks) + 1.0; // no finite flow exceeds this
    double upper = infinity;
    if (!net.forward_path(marks, e, arc.head, arc.tail)) {
        FlowGraph rise = hidden_graph(net, values, marks, e, most);
        upper = values[e] + rise.max_flow(arc.head, arc.tail, most);
    }
    double lower = 0.0;
    if (values[e] > 0.0) {
        FlowGraph fall = hidden_graph(net, values, marks, e, most);
        lower = std::max(0.0, values[e] - fall.max_flow(arc.tail, arc.head, values[e]));
    }
    return {lower, upper};
}

// How far hidden entry e can rise, asking no more than `limit`: an upper bound that is
// exact when below values[e] + limit.
double rise_up_to(const Network& net, const std::vector<double>& values,
                  const std::vector<Suppression>& marks, std::size_t e, double limit) {
    FlowGraph rise = hidden_graph(net, values, marks, e, limit);
    return values[e] + rise.max_flow(net.arcs[e].head, net.arcs[e].tail, limit);
}

// Whether the lines pin hidden entry e inside the small counts, and its range as far as
// computed (the upper bound is at least `high + 1` when not exact).
struct Verdict {
    bool disclosed{false};
    double lower{0.0};
    double upper{0.0};
};

Verdict judge(const Network& net, const std::vector<double>& values, const std::vector<Suppression>& marks,
              std::size_t e, const SmallCountRule& rule) {
    Verdict verdict;
    // Rising past the small counts is enough; ask for one unit beyond.
    const double limit = std::max(1.0, rule.high - values[e] + 1.0);
    verdict.upper = rise_up_to(net, values, marks, e, limit);
    verdict.lower = values[e];
    if (!rule.all_small(verdict.lower, verdict.upper)) return verdict;
    if (values[e] > 0.0) {
        FlowGraph fall = hidden_graph(net, values, marks, e, hidden_total(values, marks) + 1.0);
        verdict.lower = std::max(0.0, values[e] - fall.max_flow(net.arcs[e].tail, net.arcs[e].head, values[e]));
    }
    verdict.disclosed = rule.all_small(verdict.lower, verdict.upper);
    return verdict;
}

// Secondary cells: the smallest, but zeros last, because hidden zeros seldom protect.
bool before(double value, std::size_t index, double other_value, std::size_t other_index) {
    return std::make_tuple(value == 0.0, value, index) <
           std::make_tuple(other_value == 0.0, other_value, other_index);
}

// The cheapest shown entries whose hiding lets hidden entry e move from `source` to
// `sink` by more than it can now: a shortest path in the residual network of the hidden
// arcs (after a maximum flow, so it adds capacity), where a shown arc may be taken
// forward, or backward when its count is above zero, at its cost. Empty if none.
std::vector<std::size_t> widening_path(const Network& net, const std::vector<double>& values,
                                       const std::vector<Suppression>& marks, std::size_t e,
                                       bool rise, double limit, double& cost) {
    const std::size_t source = rise ? net.arcs[e].head : net.arcs[e].tail;
    const std::size_t sink = rise ? net.arcs[e].tail : net.arcs[e].head;
    FlowGraph graph = hidden_graph(net, values, marks, e, limit);
    graph.max_flow(source, sink, limit);

    double largest = 0.0;
    for (double v : values) largest = std::max(largest, v);
    auto price = [&](std::size_t f) { return (values[f] == 0.0 ? largest + 1.0 : values[f]) + 1.0; };

    // Dijkstra over at most a few dozen nodes: the simple quadratic form.
    std::vector<double> distance(net.nodes, infinity);
    std::vector<std::size_t> via(net.nodes, none);  // shown arc used to reach the node
    std::vector<std::size_t> from(net.nodes, none); // previous node
    std::vector<bool> done(net.nodes, false);
    distance[source] = 0.0;
    for (;;) {
        std::size_t node = none;
        for (std::size_t n = 0; n < net.nodes; ++n)
            if (!done[n] && distance[n] < infinity && (node == none || distance[n] < distance[node])) node = n;
        if (node == none || node == sink) break;
        done[node] = true;
        auto relax = [&](std::size_t next, double step, std::size_t arc) {
            if (distance[node] + step < distance[next]) {
                distance[next] = distance[node] + step;
                via[next] = arc;
                from[next] = node;
            }
        };
        for (const auto& edge : graph.adjacency()[node])
            if (edge.capacity > tiny) relax(edge.to, 0.0, none);
        for (std::size_t f : net.leaving[node])
            if (f != e && !hidden(marks[f])) relax(net.arcs[f].head, price(f), f);
        for (std::size_t f : net.entering[node])
            if (f != e && !hidden(marks[f]) && values[f] > 0.0) relax(net.arcs[f].tail, price(f), f);
    }
    std::vector<std::size_t> path;
    if (distance[sink] == infinity) return path;
    cost = distance[sink];
    for (std::size_t node = sink; node != source; node = from[node])
        if (via[node] != none) path.push_back(via[node]);
    return path;
}

// Marks small entries primary, then hides more entries until (1) no line holds exactly
// one hidden entry and (2) no hidden small entry is disclosed. Each pass hides at least
// one entry, so it ends (with everything hidden, every entry is unbounded above).
void suppress(const Network& net, const std::vector<double>& values,
              std::vector<Suppression>& marks, const SmallCountRule& rule) {
    for (std::size_t e = 0; e < values.size(); ++e)
        marks[e] = rule.is_small(values[e]) ? Suppression::primary : Suppression::shown;
    std::vector<bool> settled(values.size(), false);
    const bool can_fall_out = rule.low > 0.0 || rule.zero_exempt;
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

        // Hiding more only widens ranges, so an entry found safe stays safe.
        std::size_t pinned = none;
        for (std::size_t e = 0; e < values.size() && pinned == none; ++e) {
            if (settled[e] || !hidden(marks[e]) || !rule.is_small(values[e])) continue;
            if (judge(net, values, marks, e, rule).disclosed) pinned = e;
            else settled[e] = true;
        }
        if (pinned == none) return;

        const double rise_limit = std::max(1.0, rule.high - values[pinned] + 1.0);
        double rise_cost = infinity;
        auto path = widening_path(net, values, marks, pinned, true, rise_limit, rise_cost);
        if (can_fall_out && values[pinned] > 0.0) {
            double fall_cost = infinity;
            auto fall = widening_path(net, values, marks, pinned, false, values[pinned], fall_cost);
            if (!fall.empty() && fall_cost < rise_cost) path = std::move(fall);
        }
        if (path.empty()) { // nothing widens it: take the best shown entry anywhere
            std::size_t chosen = none;
            for (std::size_t f = 0; f < values.size(); ++f)
                if (!hidden(marks[f]) && (chosen == none || before(values[f], f, values[chosen], chosen)))
                    chosen = f;
            if (chosen == none) return;
            path.push_back(chosen);
        }
        for (std::size_t f : path) marks[f] = Suppression::secondary;
    }
}

std::string range_text(double lower, double upper) {
    if (lower == upper) return "exactly " + detail::number(lower);
    return "between " + detail::number(lower) + " and " + detail::number(upper);
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
        if (!hidden(marks[e]) || !rule.is_small(values[e])) continue;
        if (!judge(net, values, marks, e, rule).disclosed) continue;
        const auto [lower, upper] = exact_range(net, values, marks, e);
        throw DisclosureError(describe(e) + ": the hidden count can be worked out to be " +
                              range_text(lower, upper) +
                              " from the shown counts and totals (no count is negative), "
                              "so it is known to be small");
    }
}

FeasibleRanges ranges(const Network& net, const std::vector<double>& values,
                      const std::vector<Suppression>& marks) {
    FeasibleRanges out;
    out.lower = values;
    out.upper = values;
    for (std::size_t e = 0; e < values.size(); ++e) {
        if (!hidden(marks[e])) continue;
        std::tie(out.lower[e], out.upper[e]) = exact_range(net, values, marks, e);
    }
    return out;
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

bool SmallCountRule::all_small(double lower, double upper) const noexcept {
    if (!(lower <= upper) || std::isinf(upper)) return false;
    if (zero_exempt && lower <= 0.0) return false; // 0 lies in the range and is not small
    return is_small(lower) && is_small(upper);
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

namespace {

// The network of a list after checking it: sizes, counts, and the total.
Network checked_line(const SuppressedLine& line) {
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
    return list_network(total);
}

std::string describe_entry(const SuppressedTable& table, std::size_t e) {
    const std::size_t width = table.cols + 1;
    const std::size_t r = e / width;
    const std::size_t c = e % width;
    if (r == table.rows && c == table.cols) return "the grand total";
    if (c == table.cols) return "the total of row " + std::to_string(r + 1);
    if (r == table.rows) return "the total of column " + std::to_string(c + 1);
    return "row " + std::to_string(r + 1) + ", column " + std::to_string(c + 1);
}

// The network of a table after checking it: sizes, counts, and every margin.
Network checked_table(const SuppressedTable& table) {
    const std::size_t size = (table.rows + 1) * (table.cols + 1);
    if (table.values.size() != size || table.marks.size() != size)
        detail::fail("", "values",
                     "a table of " + std::to_string(table.rows) + " x " + std::to_string(table.cols) +
                         " cells needs " + std::to_string(size) + " values and marks with its margins");
    const std::size_t width = table.cols + 1;
    for (std::size_t e = 0; e < size; ++e)
        check_count(table.values[e], table_record(e / width), table_field(e % width));
    Network net = table_network(table.rows, table.cols);
    for (const auto& line : net.lines) {
        double sum = 0.0;
        for (std::size_t k = 0; k + 1 < line.size(); ++k) sum += table.values[line[k]];
        const std::size_t margin = line.back();
        if (!same_total(sum, table.values[margin]))
            detail::fail(table_record(margin / width), table_field(margin % width),
                         describe_entry(table, margin) + " (" + detail::number(table.values[margin]) +
                             ") is not the sum of its line (" + detail::number(sum) + ")");
    }
    return net;
}

} // namespace

void check_disclosure(const SuppressedLine& line, const SmallCountRule& rule) {
    const Network net = checked_line(line);
    const std::size_t total = line.values.size() - 1;
    audit(net, line.values, line.marks, rule, [&](std::size_t i) {
        return i == total ? std::string("the total") : detail::row_label(i);
    });
}

void check_disclosure(const SuppressedTable& table, const SmallCountRule& rule) {
    const Network net = checked_table(table);
    audit(net, table.values, table.marks, rule, [&](std::size_t e) { return describe_entry(table, e); });
}

FeasibleRanges feasible_ranges(const SuppressedLine& line) {
    return ranges(checked_line(line), line.values, line.marks);
}

FeasibleRanges feasible_ranges(const SuppressedTable& table) {
    return ranges(checked_table(table), table.values, table.marks);
}

} // namespace boardroom::indicators

// Small-number suppression: primary and secondary, and checks that no hidden small
// count can be pinned down to small values, by an independent brute-force search.
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/suppression.hpp"
#include "support/input_error.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace ind = boardroom::indicators;
using ind::Suppression;

namespace {

constexpr Suppression S = Suppression::shown;
constexpr Suppression P = Suppression::primary;
constexpr Suppression X = Suppression::secondary;

using boardroom::test::input_error;

// --- An attacker's view of a published table: each line (a row or column of the table
// with margins) says "inner entries sum to the margin"; hidden entries are unknowns,
// whole numbers from 0 to `bound`.
struct Attack {
    std::vector<std::vector<std::size_t>> lines; // inner entries, margin last
    std::size_t entries{0};
    long long bound{0};
    std::int64_t budget{0}; // search nodes left; the search gives up at 0
};

Attack table_attack(std::size_t rows, std::size_t cols, long long bound) {
    Attack a;
    const std::size_t width = cols + 1;
    a.entries = (rows + 1) * width;
    a.bound = bound;
    for (std::size_t r = 0; r <= rows; ++r) {
        std::vector<std::size_t> line;
        for (std::size_t c = 0; c <= cols; ++c) line.push_back(r * width + c);
        a.lines.push_back(line);
    }
    for (std::size_t c = 0; c <= cols; ++c) {
        std::vector<std::size_t> line;
        for (std::size_t r = 0; r <= rows; ++r) line.push_back(r * width + c);
        a.lines.push_back(line);
    }
    return a;
}

// Solves every line with one unknown left, to a fixed point; false on a contradiction.
bool propagate(const Attack& a, std::vector<long long>& value) {
    bool changed = true;
    while (changed) {
        changed = false;
        for (const auto& line : a.lines) {
            std::size_t unknown = line.size();
            std::size_t unknowns = 0;
            long long inner = 0;
            for (std::size_t k = 0; k + 1 < line.size(); ++k) {
                if (value[line[k]] < 0) {
                    unknown = k;
                    ++unknowns;
                } else {
                    inner += value[line[k]];
                }
            }
            const long long margin = value[line.back()];
            if (margin < 0) ++unknowns;
            if (margin >= 0 && inner > margin) return false;
            if (unknowns == 0) {
                if (inner != margin) return false;
            } else if (unknowns == 1) {
                const long long solved = margin < 0 ? inner : margin - inner;
                if (solved < 0 || solved > a.bound) return false;
                value[margin < 0 ? line.back() : line[unknown]] = solved;
                changed = true;
            }
        }
    }
    return true;
}

// Depth-first search for any completion, trying values near `truth` first.
bool complete(Attack& a, std::vector<long long> value, const std::vector<long long>& truth) {
    if (--a.budget < 0) return false;
    if (!propagate(a, value)) return false;
    std::size_t free = a.entries;
    for (std::size_t e = 0; e < a.entries; ++e)
        if (value[e] < 0) {
            free = e;
            break;
        }
    if (free == a.entries) return true;
    for (long long step = 0; step <= a.bound; ++step) {
        for (long long v : {truth[free] + step, truth[free] - step}) {
            if (v < 0 || v > a.bound || (step == 0 && v != truth[free])) continue;
            auto next = value;
            next[free] = v;
            if (complete(a, next, truth)) return true;
            if (step == 0) break;
        }
    }
    return false;
}

// True when some completion gives entry `target` a value other than its true one.
bool has_alternative(Attack a, const std::vector<long long>& published, std::size_t target,
                     const std::vector<long long>& truth) {
    a.budget = 2'000'000;
    for (long long step = 1; step <= a.bound; ++step) {
        for (long long v : {truth[target] + step, truth[target] - step}) {
            if (v < 0 || v > a.bound) continue;
            auto value = published;
            value[target] = v;
            if (complete(a, value, truth)) return true;
        }
    }
    EXPECT_GT(a.budget, 0) << "the brute-force search ran out of budget";
    return false;
}

// True when some completion gives entry `target` a value that is not small: the
// outsider cannot tell that the hidden count is small.
bool has_value_outside(Attack a, const std::vector<long long>& published, std::size_t target,
                       const std::vector<long long>& truth, const ind::SmallCountRule& rule) {
    a.budget = 2'000'000;
    for (long long step = 1; step <= a.bound + truth[target]; ++step) {
        for (long long v : {truth[target] + step, truth[target] - step}) {
            if (v < 0 || v > a.bound || rule.is_small(static_cast<double>(v))) continue;
            auto value = published;
            value[target] = v;
            if (complete(a, value, truth)) return true;
        }
    }
    EXPECT_GT(a.budget, 0) << "the brute-force search ran out of budget";
    return false;
}

// Least and greatest value of entry `target` over all completions (whole numbers up to
// the attack's bound); the greatest is -1 when it grows with the bound (no limit).
std::pair<long long, long long> brute_range(Attack a, const std::vector<long long>& published,
                                            std::size_t target, const std::vector<long long>& truth) {
    auto possible = [&](const Attack& attack, long long v) {
        Attack copy = attack;
        copy.budget = 2'000'000;
        auto value = published;
        value[target] = v;
        const bool found = complete(copy, value, truth);
        EXPECT_GT(copy.budget, 0) << "the brute-force search ran out of budget";
        return found;
    };
    auto greatest = [&](const Attack& attack) {
        long long upper = attack.bound;
        while (upper > truth[target] && !possible(attack, upper)) --upper;
        return upper;
    };
    long long lower = 0;
    while (lower < truth[target] && !possible(a, lower)) ++lower;
    const long long upper = greatest(a);
    Attack wider = a;
    wider.bound += 7;
    return {lower, greatest(wider) > upper ? -1 : upper};
}

// The plain subtraction attack alone: which hidden entries it pins down.
std::vector<bool> solved_by_subtraction(const Attack& a, std::vector<long long> published) {
    std::vector<bool> solved(a.entries, false);
    const auto before = published;
    propagate(a, published);
    for (std::size_t e = 0; e < a.entries; ++e) solved[e] = before[e] < 0 && published[e] >= 0;
    return solved;
}

// Every hidden small count of a suppressed table keeps at least two possible values.
void expect_safe(const ind::SuppressedTable& table, const ind::SmallCountRule& rule,
                 const std::string& where) {
    const std::size_t size = table.values.size();
    std::vector<long long> truth(size);
    std::vector<long long> published(size);
    for (std::size_t e = 0; e < size; ++e) {
        truth[e] = std::llround(table.values[e]);
        published[e] = table.marks[e] == S ? truth[e] : -1;
        if (table.marks[e] == S) {
            EXPECT_FALSE(rule.is_small(table.values[e])) << where << ": entry " << e << " shown but small";
        }
    }
    const Attack attack = table_attack(table.rows, table.cols, 2 * truth.back() + 10);
    const auto solved = solved_by_subtraction(attack, published);
    for (std::size_t e = 0; e < size; ++e) {
        if (table.marks[e] == S || !rule.is_small(table.values[e])) continue;
        EXPECT_FALSE(solved[e]) << where << ": entry " << e << " recovered by subtraction";
        EXPECT_TRUE(has_value_outside(attack, published, e, truth, rule))
            << where << ": entry " << e << " (" << truth[e] << ") can only be small";
    }
    EXPECT_NO_THROW(ind::check_disclosure(table, rule)) << where;
}

// Every entry, margins included, of a rows x cols table.
ind::SuppressedTable with_margins(const std::vector<double>& cells, std::size_t rows, std::size_t cols) {
    ind::SuppressedTable table;
    table.rows = rows;
    table.cols = cols;
    table.values.assign((rows + 1) * (cols + 1), 0.0);
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < cols; ++c) {
            const double v = cells[r * cols + c];
            table.values[table.index(r, c)] = v;
            table.values[table.index(r, cols)] += v;
            table.values[table.index(rows, c)] += v;
            table.values[table.index(rows, cols)] += v;
        }
    table.marks.assign(table.values.size(), S);
    return table;
}

std::string show(const ind::SuppressedTable& t) {
    std::string out;
    for (std::size_t r = 0; r <= t.rows; ++r) {
        for (std::size_t c = 0; c <= t.cols; ++c) {
            const auto m = t.mark(r, c);
            out += std::to_string(std::llround(t.value(r, c))) + (m == S ? " " : m == P ? "p " : "s ");
        }
        out += "\n";
    }
    return out;
}

} // namespace

TEST(indicators_suppression_rule, BelowAndRange) {
    const ind::SmallCountRule seed{}; // below 5, zero included
    EXPECT_TRUE(seed.is_small(0.0));
    EXPECT_TRUE(seed.is_small(4.0));
    EXPECT_FALSE(seed.is_small(5.0));
    const auto range = ind::SmallCountRule::range(1.0, 5.0);
    EXPECT_FALSE(range.is_small(0.0));
    EXPECT_TRUE(range.is_small(1.0));
    EXPECT_TRUE(range.is_small(5.0));
    EXPECT_FALSE(range.is_small(6.0));
    const auto below = ind::SmallCountRule::below(10.0, true);
    EXPECT_FALSE(below.is_small(0.0));
    EXPECT_TRUE(below.is_small(9.5));
    EXPECT_FALSE(below.is_small(10.0));
    EXPECT_FALSE(below.is_small(std::numeric_limits<double>::quiet_NaN()));
}

TEST(indicators_suppression_primary, MarksSmallCounts) {
    const std::array<double, 6> counts{0.0, 3.0, 5.0, 12.0, 1.0, std::numeric_limits<double>::quiet_NaN()};
    const auto marks = ind::primary_suppression(counts, ind::SmallCountRule::range(1.0, 5.0));
    const std::vector<Suppression> expected{S, P, P, S, P, S};
    EXPECT_EQ(marks, expected);
    const std::array<double, 3> bad{1.0, 2.0, -3.0};
    const auto error = input_error([&] { static_cast<void>(ind::primary_suppression(bad, {})); });
    EXPECT_EQ(error.record(), "row 3");
    EXPECT_EQ(error.field(), "count");
}

TEST(indicators_suppression_line, HidesTheSmallestOtherCell) {
    const std::array<double, 4> cells{3.0, 10.0, 12.0, 7.0};
    const auto line = ind::suppress_with_total(cells, {});
    const std::vector<double> values{3.0, 10.0, 12.0, 7.0, 32.0};
    EXPECT_EQ(line.values, values);
    const std::vector<Suppression> marks{P, S, S, X, S};
    EXPECT_EQ(line.marks, marks);
    EXPECT_NO_THROW(ind::check_disclosure(line, {}));
}

TEST(indicators_suppression_line, PrefersNonZeroSecondaryCells) {
    // A hidden 3 and a hidden 0 would sum to the total minus 10: nothing learnt there,
    // but zeros hide nothing in general, so the 10 is taken.
    const std::array<double, 3> cells{3.0, 0.0, 10.0};
    const auto line = ind::suppress_with_total(cells, ind::SmallCountRule::range(1.0, 5.0));
    const std::vector<Suppression> marks{P, S, X, S};
    EXPECT_EQ(line.marks, marks);
}

TEST(indicators_suppression_line, SmallTotalIsHiddenToo) {
    const std::array<double, 3> cells{2.0, 1.0, 0.0};
    const auto line = ind::suppress_with_total(cells, ind::SmallCountRule::range(1.0, 5.0));
    const std::vector<Suppression> marks{P, P, S, P};
    EXPECT_EQ(line.marks, marks);
    EXPECT_NO_THROW(ind::check_disclosure(line, ind::SmallCountRule::range(1.0, 5.0)));
}

TEST(indicators_suppression_line_disclosure, RevealedCountsThrow) {
    ind::SuppressedLine line{{3.0, 10.0, 12.0, 25.0}, {P, S, S, S}};
    EXPECT_THROW(ind::check_disclosure(line, {}), boardroom::DisclosureError); // 25 - 10 - 12
    line.marks = {S, S, X, S};
    EXPECT_THROW(ind::check_disclosure(line, {}), boardroom::DisclosureError); // shown
    line.marks = {P, X, S, S};
    EXPECT_NO_THROW(ind::check_disclosure(line, {}));
    // Hidden counts that sum to zero are each zero.
    ind::SuppressedLine zeros{{0.0, 0.0, 9.0, 9.0}, {P, X, S, S}};
    EXPECT_THROW(ind::check_disclosure(zeros, {}), boardroom::DisclosureError);
    // A total that is not the sum is bad input, not a disclosure question.
    ind::SuppressedLine wrong{{3.0, 10.0, 12.0, 26.0}, {P, X, S, S}};
    EXPECT_THROW(ind::check_disclosure(wrong, {}), boardroom::InputError);
}

TEST(indicators_suppression_table, SmallCellHiddenWithAFourCellCycle) {
    const std::vector<double> cells{3, 20, 30,   //
                                    25, 40, 35,  //
                                    22, 18, 50};
    const auto table = ind::suppress_table(cells, 3, 3, {});
    // Margins: rows 53, 100, 90; columns 50, 78, 115; total 243.
    EXPECT_EQ(table.value(0, 3), 53.0);
    EXPECT_EQ(table.value(3, 1), 78.0);
    EXPECT_EQ(table.value(3, 3), 243.0);
    const std::vector<Suppression> expected{P, X, S, S,  //
                                            S, S, S, S,  //
                                            X, X, S, S,  //
                                            S, S, S, S};
    EXPECT_EQ(table.marks, expected) << show(table);
    expect_safe(table, {}, "four-cell cycle");
}

TEST(indicators_suppression_table_disclosure, BridgeBetweenTwoCyclesIsRecoverable) {
    // Two 2 x 2 blocks of hidden cells joined by one hidden cell (row 2, column 3):
    // every line holds two or more hidden cells, yet rows 1-2 minus columns 1-2 give it.
    const std::vector<double> cells{10, 11, 30, 31,  //
                                    12, 13, 3, 32,   //
                                    33, 34, 14, 15,  //
                                    35, 36, 16, 17};
    ind::SuppressedTable table;
    table.rows = 4;
    table.cols = 4;
    table.values.assign(25, 0.0);
    for (std::size_t r = 0; r < 4; ++r)
        for (std::size_t c = 0; c < 4; ++c) {
            const double v = cells[r * 4 + c];
            table.values[table.index(r, c)] = v;
            table.values[table.index(r, 4)] += v;
            table.values[table.index(4, c)] += v;
            table.values[table.index(4, 4)] += v;
        }
    table.marks.assign(25, S);
    for (auto [r, c] : std::vector<std::pair<std::size_t, std::size_t>>{
             {0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 2}, {2, 3}, {3, 2}, {3, 3}})
        table.marks[table.index(r, c)] = X;
    table.marks[table.index(1, 2)] = P;

    // The subtraction attack alone finds nothing, but the brute force pins it down.
    std::vector<long long> truth(25);
    std::vector<long long> published(25);
    for (std::size_t e = 0; e < 25; ++e) {
        truth[e] = std::llround(table.values[e]);
        published[e] = table.marks[e] == S ? truth[e] : -1;
    }
    const Attack attack = table_attack(4, 4, 2 * truth.back() + 10);
    EXPECT_FALSE(solved_by_subtraction(attack, published)[table.index(1, 2)]);
    EXPECT_FALSE(has_alternative(attack, published, table.index(1, 2), truth));
    EXPECT_THROW(ind::check_disclosure(table, {}), boardroom::DisclosureError);

    // suppress_table on the same primaries ends with nothing recoverable.
    std::vector<double> small_cells = cells;
    const auto fixed = ind::suppress_table(small_cells, 4, 4, ind::SmallCountRule::below(4.0));
    expect_safe(fixed, ind::SmallCountRule::below(4.0), "bridge fixed");
}

TEST(indicators_suppression_table_disclosure, ShownSmallOrInconsistentMargins) {
    const std::vector<double> cells{3, 20, 25, 40};
    auto table = ind::suppress_table(cells, 2, 2, {});
    EXPECT_NO_THROW(ind::check_disclosure(table, {}));
    table.marks[table.index(0, 0)] = S;
    EXPECT_THROW(ind::check_disclosure(table, {}), boardroom::DisclosureError);
    table.marks[table.index(0, 0)] = P;
    table.marks[table.index(0, 1)] = S; // row 1: 23 - 20 = 3
    EXPECT_THROW(ind::check_disclosure(table, {}), boardroom::DisclosureError);
    table.values[table.index(0, 2)] = 24.0;
    const auto error = input_error([&] { ind::check_disclosure(table, {}); });
    EXPECT_EQ(error.record(), "row 1");
    EXPECT_EQ(error.field(), "column 3");
}

TEST(indicators_suppression_table, BadCellsNameRowAndColumn) {
    const std::vector<double> cells{1, 2, 3, 4, -5, 6};
    auto error = input_error([&] { static_cast<void>(ind::suppress_table(cells, 2, 3, {})); });
    EXPECT_EQ(error.record(), "row 2");
    EXPECT_EQ(error.field(), "column 2");
    const std::vector<double> gaps{1, 2, std::numeric_limits<double>::quiet_NaN(), 4};
    error = input_error([&] { static_cast<void>(ind::suppress_table(gaps, 2, 2, {})); });
    EXPECT_EQ(error.record(), "row 2");
    EXPECT_EQ(error.field(), "column 1");
    error = input_error([&] { static_cast<void>(ind::suppress_table(gaps, 3, 2, {})); });
    EXPECT_EQ(error.field(), "cells");
}

TEST(indicators_suppression_table, RandomTablesCannotBeUndone) {
    std::mt19937 random(20151210);
    std::uniform_int_distribution<int> size(1, 4);
    std::uniform_int_distribution<int> small(0, 6);
    std::uniform_int_distribution<int> large(5, 40);
    std::bernoulli_distribution is_small(0.35);
    const std::array<ind::SmallCountRule, 3> rules{ind::SmallCountRule{}, ind::SmallCountRule::range(1.0, 5.0),
                                                   ind::SmallCountRule::below(3.0, true)};
    int hidden_small = 0;
    for (int trial = 0; trial < 400; ++trial) {
        const auto rows = static_cast<std::size_t>(size(random));
        const auto cols = static_cast<std::size_t>(size(random));
        std::vector<double> cells(rows * cols);
        for (double& cell : cells) cell = is_small(random) ? small(random) : large(random);
        const auto& rule = rules[static_cast<std::size_t>(trial) % rules.size()];
        const auto table = ind::suppress_table(cells, rows, cols, rule);
        for (std::size_t e = 0; e < table.values.size(); ++e) {
            if (table.marks[e] == S) continue;
            hidden_small += rule.is_small(table.values[e]) ? 1 : 0;
            // Hidden entries are primaries exactly when small.
            EXPECT_EQ(table.marks[e] == P, rule.is_small(table.values[e]));
        }
        expect_safe(table, rule, "trial " + std::to_string(trial) + "\n" + show(table));
        if (::testing::Test::HasFailure()) break;
    }
    EXPECT_GT(hidden_small, 200); // the trials did exercise suppression
}

TEST(indicators_suppression_line, RandomListsCannotBeUndone) {
    // A list with its total is a one-row table whose column totals repeat the cells.
    std::mt19937 random(17072015);
    std::uniform_int_distribution<int> length(1, 6);
    std::uniform_int_distribution<int> value(0, 12);
    for (int trial = 0; trial < 300; ++trial) {
        std::vector<double> cells(static_cast<std::size_t>(length(random)));
        for (double& cell : cells) cell = value(random);
        const ind::SmallCountRule rule = trial % 2 == 0 ? ind::SmallCountRule{} : ind::SmallCountRule::range(1.0, 5.0);
        const auto line = ind::suppress_with_total(cells, rule);
        Attack attack;
        attack.entries = line.values.size();
        attack.bound = 2 * std::llround(line.values.back()) + 10;
        std::vector<std::size_t> all(line.values.size());
        for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
        attack.lines.push_back(all);
        std::vector<long long> truth(line.values.size());
        std::vector<long long> published(line.values.size());
        for (std::size_t i = 0; i < line.values.size(); ++i) {
            truth[i] = std::llround(line.values[i]);
            published[i] = line.marks[i] == S ? truth[i] : -1;
            if (line.marks[i] == S) {
                EXPECT_FALSE(rule.is_small(line.values[i]));
            }
        }
        for (std::size_t i = 0; i < line.values.size(); ++i) {
            if (line.marks[i] == S || !rule.is_small(line.values[i])) continue;
            EXPECT_TRUE(has_alternative(attack, published, i, truth)) << "trial " << trial << " cell " << i;
            EXPECT_TRUE(has_value_outside(attack, published, i, truth, rule)) << "trial " << trial << " cell " << i;
        }
        EXPECT_NO_THROW(ind::check_disclosure(line, rule));
    }
}

// --- Protection intervals: a hidden small count must not be known to be small.

TEST(indicators_suppression_rule, AllSmall) {
    const ind::SmallCountRule seed{};
    EXPECT_TRUE(seed.all_small(0.0, 4.0));
    EXPECT_FALSE(seed.all_small(0.0, 5.0));
    EXPECT_FALSE(seed.all_small(1.0, std::numeric_limits<double>::infinity()));
    const auto range = ind::SmallCountRule::range(1.0, 5.0); // zero shown
    EXPECT_TRUE(range.all_small(1.0, 5.0));
    EXPECT_FALSE(range.all_small(0.0, 5.0)); // could be 0, which is not small
    EXPECT_FALSE(range.all_small(1.0, 6.0));
    const auto exempt = ind::SmallCountRule::below(5.0, true);
    EXPECT_FALSE(exempt.all_small(0.0, 3.0));
    EXPECT_TRUE(exempt.all_small(2.0, 3.0));
}

TEST(indicators_suppression_line, HiddenCellsSummingBelowTheThresholdAreWidened) {
    // *, *, 50, 53 would tell that both hidden cells are at most 3.
    const std::array<double, 3> cells{1.0, 2.0, 50.0};
    ind::SuppressedLine pinned{{1.0, 2.0, 50.0, 53.0}, {P, P, S, S}};
    EXPECT_THROW(ind::check_disclosure(pinned, {}), boardroom::DisclosureError);
    const auto before = ind::feasible_ranges(pinned);
    EXPECT_EQ(before.lower, (std::vector<double>{0.0, 0.0, 50.0, 53.0}));
    EXPECT_EQ(before.upper, (std::vector<double>{3.0, 3.0, 50.0, 53.0}));

    const auto line = ind::suppress_with_total(cells, {});
    const std::vector<Suppression> marks{P, P, X, S}; // the next smallest cell, not the total
    EXPECT_EQ(line.marks, marks);
    EXPECT_NO_THROW(ind::check_disclosure(line, {}));
    const auto after = ind::feasible_ranges(line);
    EXPECT_EQ(after.lower, (std::vector<double>{0.0, 0.0, 0.0, 53.0}));
    EXPECT_EQ(after.upper, (std::vector<double>{53.0, 53.0, 53.0, 53.0}));

    // With the total hidden instead, the cells have no upper limit.
    const ind::SuppressedLine open{{1.0, 2.0, 50.0, 53.0}, {P, P, S, X}};
    EXPECT_NO_THROW(ind::check_disclosure(open, {}));
    const auto unbounded = ind::feasible_ranges(open);
    EXPECT_TRUE(std::isinf(unbounded.upper[0]));
    EXPECT_EQ(unbounded.lower[3], 50.0);
}

TEST(indicators_suppression_line, ZeroExemptListsMayHideLess) {
    // Zero exempt: hidden cells summing to 2 could each be 0, which is not small, so
    // nothing more is hidden.
    const std::array<double, 5> cells{1.0, 1.0, 6.0, 40.0, 0.0};
    const auto exempt = ind::SmallCountRule::below(5.0, true);
    const auto line = ind::suppress_with_total(cells, exempt);
    const std::vector<Suppression> marks{P, P, S, S, S, S};
    EXPECT_EQ(line.marks, marks);
    EXPECT_NO_THROW(ind::check_disclosure(line, exempt));
    // Zero small: 1, 1 and 0 hidden sum to 2, so all three are known to be small.
    const auto seed = ind::suppress_with_total(cells, {});
    const std::vector<Suppression> seed_marks{P, P, X, S, P, S};
    EXPECT_EQ(seed.marks, seed_marks);
    EXPECT_THROW(ind::check_disclosure(ind::SuppressedLine{seed.values, {P, P, S, S, P, S}}, {}),
                 boardroom::DisclosureError);
}

TEST(indicators_suppression_line, DisclosureMessageGivesTheRange) {
    const ind::SuppressedLine line{{1.0, 2.0, 50.0, 53.0}, {P, X, S, S}};
    try {
        ind::check_disclosure(line, {});
        FAIL() << "expected a DisclosureError";
    } catch (const boardroom::DisclosureError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("row 1"), std::string::npos) << message;
        EXPECT_NE(message.find("between 0 and 3"), std::string::npos) << message;
    }
}

TEST(indicators_suppression_table, CycleWhoseHiddenCellsSumBelowTheThreshold) {
    // The old rule (every hidden small count can move) accepted the four-cell cycle
    // 1, 2 / 20, 25: yet 1 can only rise as far as 3, since 2 can only fall to 0.
    const std::vector<double> cells{1, 2, 30,  //
                                    20, 25, 40};
    auto old = with_margins(cells, 2, 3);
    old.marks[old.index(0, 0)] = P;
    old.marks[old.index(0, 1)] = P;
    old.marks[old.index(1, 0)] = X;
    old.marks[old.index(1, 1)] = X;
    EXPECT_THROW(ind::check_disclosure(old, {}), boardroom::DisclosureError);
    const auto ranges = ind::feasible_ranges(old);
    EXPECT_EQ(ranges.lower[old.index(0, 0)], 0.0);
    EXPECT_EQ(ranges.upper[old.index(0, 0)], 3.0);
    EXPECT_EQ(ranges.lower[old.index(1, 1)], 24.0);
    EXPECT_EQ(ranges.upper[old.index(1, 1)], 27.0);

    const auto table = ind::suppress_table(cells, 2, 3, {});
    expect_safe(table, {}, "cycle below the threshold\n" + show(table));
    const auto fixed = ind::feasible_ranges(table);
    EXPECT_GE(fixed.upper[table.index(0, 0)], 5.0) << show(table);
    EXPECT_GE(fixed.upper[table.index(0, 1)], 5.0) << show(table);
}

TEST(indicators_suppression_table, RangeRulePinnedInsideTheRange) {
    // With 1 to 5 small (zero shown): the cycle 3, 2 / 30, 2 lets the 3 move only
    // between 1 and 5, so it is known to be small.
    const std::vector<double> cells{3, 2, 40,  //
                                    30, 2, 50};
    const auto rule = ind::SmallCountRule::range(1.0, 5.0);
    auto old = with_margins(cells, 2, 3);
    for (auto [r, c] : std::vector<std::pair<std::size_t, std::size_t>>{{0, 0}, {0, 1}, {1, 1}})
        old.marks[old.index(r, c)] = P;
    old.marks[old.index(1, 0)] = X;
    const auto ranges = ind::feasible_ranges(old);
    EXPECT_EQ(ranges.lower[old.index(0, 0)], 1.0);
    EXPECT_EQ(ranges.upper[old.index(0, 0)], 5.0);
    EXPECT_THROW(ind::check_disclosure(old, rule), boardroom::DisclosureError);
    EXPECT_NO_THROW(ind::check_disclosure(old, ind::SmallCountRule::range(1.0, 3.0))); // 4 and 5 are not small there

    const auto table = ind::suppress_table(cells, 2, 3, rule);
    expect_safe(table, rule, "range rule\n" + show(table));
}

TEST(indicators_suppression_table, ZeroExemptTables) {
    const std::vector<double> cells{0, 1, 2, 30,  //
                                    0, 12, 0, 25, //
                                    4, 40, 33, 0};
    for (const auto& rule : {ind::SmallCountRule::below(5.0, true), ind::SmallCountRule{}}) {
        const auto table = ind::suppress_table(cells, 3, 4, rule);
        expect_safe(table, rule, "zero exempt " + std::to_string(rule.zero_exempt) + "\n" + show(table));
        for (std::size_t r = 0; r < 3; ++r)
            for (std::size_t c = 0; c < 4; ++c)
                if (cells[r * 4 + c] == 0.0) {
                    EXPECT_EQ(table.mark(r, c) != S, !rule.zero_exempt) << show(table);
                }
    }
}

TEST(indicators_suppression_table, FeasibleRangesMatchBruteForce) {
    // Small enough for the exhaustive search: up to 2 x 3 cells, counts up to 6.
    std::mt19937 random(4122026);
    std::uniform_int_distribution<int> size(1, 3);
    std::uniform_int_distribution<int> value(0, 6);
    std::bernoulli_distribution hide(0.4);
    for (int trial = 0; trial < 80; ++trial) {
        const auto rows = static_cast<std::size_t>(size(random) == 3 ? 2 : 1);
        const auto cols = static_cast<std::size_t>(size(random));
        std::vector<double> cells(rows * cols);
        for (double& cell : cells) cell = value(random);
        auto table = with_margins(cells, rows, cols);
        for (auto& mark : table.marks) mark = hide(random) ? X : S;
        const auto ranges = ind::feasible_ranges(table);
        std::vector<long long> truth(table.values.size());
        std::vector<long long> published(table.values.size());
        for (std::size_t e = 0; e < truth.size(); ++e) {
            truth[e] = std::llround(table.values[e]);
            published[e] = table.marks[e] == S ? truth[e] : -1;
        }
        const Attack attack = table_attack(rows, cols, truth.back() + 4);
        for (std::size_t e = 0; e < truth.size(); ++e) {
            if (table.marks[e] == S) {
                EXPECT_EQ(ranges.lower[e], table.values[e]);
                EXPECT_EQ(ranges.upper[e], table.values[e]);
                continue;
            }
            const auto [lower, upper] = brute_range(attack, published, e, truth);
            EXPECT_EQ(ranges.lower[e], static_cast<double>(lower)) << "trial " << trial << " entry " << e << "\n" << show(table);
            if (upper < 0) {
                EXPECT_TRUE(std::isinf(ranges.upper[e])) << "trial " << trial << " entry " << e << "\n" << show(table);
            } else {
                EXPECT_EQ(ranges.upper[e], static_cast<double>(upper)) << "trial " << trial << " entry " << e << "\n" << show(table);
            }
        }
        if (::testing::Test::HasFailure()) break;
    }
}

TEST(indicators_suppression_table, LargerTablesStayQuick) {
    // 12 x 16 with many small counts: the fixed point and the audit stay fast.
    std::mt19937 random(1512);
    std::bernoulli_distribution is_small(0.4);
    std::uniform_int_distribution<int> small(0, 4);
    std::uniform_int_distribution<int> large(5, 200);
    std::vector<double> cells(12 * 16);
    for (double& cell : cells) cell = is_small(random) ? small(random) : large(random);
    const auto table = ind::suppress_table(cells, 12, 16, {});
    EXPECT_NO_THROW(ind::check_disclosure(table, {}));
    const auto ranges = ind::feasible_ranges(table);
    for (std::size_t e = 0; e < table.values.size(); ++e)
        if (table.marks[e] != S && ind::SmallCountRule{}.is_small(table.values[e])) {
            EXPECT_GE(ranges.upper[e], 5.0);
        }
}

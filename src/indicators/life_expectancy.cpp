// Life expectancy: PHEindicatormethods R/LifeExpectancy.R (phe_life_expectancy) is the
// reference; Chiang (1984) method II life table, Silcocks et al. (2001) for the 90+ band.
#include "boardroom/indicators/life_expectancy.hpp"

#include "detail.hpp"

#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace boardroom::indicators {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t bands = life_table_start_ages.size();
constexpr double radix = 1e5; // l at age 0, the package's 1e5

std::string group_label(std::size_t g) { return "group " + std::to_string(g + 1); }

// Exactly the expected bands in order: the 20 bands 0, 1, 5, ..., 90+, or with an 85+ top band
// the first 19; anything else is an input error naming the group.
void check_bands(std::span<const double> startage, std::size_t g, std::size_t expected) {
    if (startage.size() != expected) {
        std::size_t missing = 0;
        while (missing < bands) {
            bool found = false;
            for (double a : startage) found = found || a == life_table_start_ages[missing];
            if (!found) break;
            ++missing;
        }
        std::string reason = "the group has " + std::to_string(startage.size()) +
                             " age bands; a life table needs the " + std::to_string(expected) +
                             " bands 0, 1, 5, 10, ..., " + detail::number(life_table_start_ages[expected - 1]);
        if (missing < expected)
            reason += " (band " + detail::number(life_table_start_ages[missing]) + " is missing)";
        detail::fail(group_label(g), "startage", reason);
    }
    for (std::size_t b = 0; b < startage.size(); ++b) {
        if (startage[b] == life_table_start_ages[b]) continue;
        std::string reason = "band " + std::to_string(b + 1) + " starts at age " +
                             detail::number(startage[b]) + ", not " +
                             detail::number(life_table_start_ages[b]);
        for (std::size_t k = 0; k < b; ++k)
            if (startage[k] == startage[b]) reason += " (a duplicated band)";
        reason += "; bands must be 0, 1, 5, 10, ..., " + detail::number(life_table_start_ages[expected - 1]) +
                  " in that order";
        detail::fail(group_label(g), "startage", reason);
    }
}

LifeTableStatus check_values(std::span<const double> deaths, std::span<const double> population) {
    const std::size_t count = deaths.size();
    for (std::size_t b = 0; b < count; ++b)
        if (std::isnan(deaths[b]) || std::isnan(population[b])) return LifeTableStatus::missing_values;
    // The package's order of checks: negative deaths, populations, deaths > population, size.
    for (double d : deaths)
        if (d < 0.0) return LifeTableStatus::negative_deaths;
    for (double p : population)
        if (p <= 0.0) return LifeTableStatus::nonpositive_population;
    for (std::size_t b = 0; b < count; ++b)
        if (deaths[b] > population[b]) return LifeTableStatus::deaths_exceed_population;
    long double total = 0.0L;
    for (double p : population) total += p;
    if (static_cast<double>(total) <= life_expectancy_min_population)
        return LifeTableStatus::small_population;
    return LifeTableStatus::ok;
}

// pops_used and dths_used: sums from the oldest band down, as the package's cumsum (long double).
void write_cumulative(std::span<const double> population, std::span<const double> deaths,
                      std::span<double> pops_used, std::span<double> dths_used) {
    long double pops = 0.0L, dths = 0.0L;
    for (std::size_t b = population.size(); b-- > 0;) {
        pops += population[b];
        dths += deaths[b];
        pops_used[b] = static_cast<double>(pops);
        dths_used[b] = static_cast<double>(dths);
    }
}

struct Table {
    std::array<double, bands> e;  // life expectancy at the start of each band
    std::array<double, bands> se; // its standard error
};

// Chiang II with the package's expressions, in its order of operations.
Table life_table(std::span<const double> deaths, std::span<const double> population) {
    std::array<double, bands> width{}, a{}, m{}, q{}, l{}, d{}, big_l{}, sp{}, w{};
    Table t{};
    const std::size_t count = deaths.size(); // 20 count (90+ open) or 19 (85+ open)
    for (std::size_t b = 0; b < count; ++b) {
        m[b] = deaths[b] / population[b];
        a[b] = life_table_start_ages[b] == 0.0 ? 0.1 : 0.5;
        // The open band's width is 2 / M (the package's ni for the last band).
        width[b] = b + 1 < count ? life_table_start_ages[b + 1] - life_table_start_ages[b] : 2.0 / m[b];
        q[b] = deaths[b] <= population[b] / width[b] / a[b]
                   ? m[b] * width[b] / (1.0 + m[b] * width[b] * (1.0 - a[b]))
                   : 1.0;
    }
    // Survivors: cumprod(c(1e5, p_0, p_1, ...)), a long double product as R's cumprod.
    long double survivors = radix;
    for (std::size_t b = 0; b < count; ++b) {
        if (b > 0) survivors *= 1.0 - q[b - 1];
        l[b] = static_cast<double>(survivors);
    }
    for (std::size_t b = 0; b < count; ++b) {
        d[b] = l[b] - (b + 1 < count ? l[b + 1] : 0.0);
        big_l[b] = b + 1 < count ? width[b] * (l[b + 1] + a[b] * d[b]) : l[b] / m[b];
    }
    // Years lived from each band on: rev(cumsum(rev(L))), long double as R's cumsum.
    long double lived = 0.0L;
    for (std::size_t b = count; b-- > 0;) {
        lived += big_l[b];
        t.e[b] = l[b] == 0.0 ? 0.0 : static_cast<double>(lived) / l[b];
    }
    for (std::size_t b = 0; b < count; ++b) {
        if (b + 1 < count) {
            sp[b] = d[b] == 0.0 ? 0.0 : q[b] * q[b] * (1.0 - q[b]) / deaths[b];
            const double term = (1.0 - a[b]) * width[b] + t.e[b + 1];
            w[b] = sp[b] * (l[b] * l[b]) * (term * term);
        } else {
            // Silcocks et al. (2001): the open band's variance term.
            sp[b] = 4.0 / (deaths[b] * (m[b] * m[b]));
            const double half = l[b] / 2.0;
            w[b] = half * half * sp[b];
        }
    }
    long double weighted = 0.0L;
    for (std::size_t b = count; b-- > 0;) {
        weighted += w[b];
        t.se[b] = std::sqrt(static_cast<double>(weighted) / (l[b] * l[b]));
    }
    return t;
}

} // namespace

void life_expectancy_intervals(const LifeTableData& data, std::span<const double> levels,
                               IntervalSpans out, LifeTableColumns columns) {
    check_levels(levels);
    const std::size_t rows = data.deaths.size();
    detail::check_length(rows, data.population.size(), "population", "deaths");
    detail::check_length(rows, data.startage.size(), "startage", "deaths");
    detail::check_offsets(data.offsets, rows, "rows");
    const std::size_t groups = data.offsets.size() - 1;
    const std::size_t level_count = levels.size();
    detail::check_outputs(out, rows, level_count);
    detail::check_length(rows, columns.pops_used.size(), "pops_used", "deaths");
    detail::check_length(rows, columns.dths_used.size(), "dths_used", "deaths");
    detail::check_length(groups, columns.status.size(), "status", "offsets");

    std::array<double, 8> z_small{};
    std::vector<double> z_large;
    std::span<double> z(z_small.data(), level_count);
    if (level_count > z_small.size()) {
        z_large.resize(level_count);
        z = z_large;
    }
    for (std::size_t l = 0; l < level_count; ++l) z[l] = normal_critical_value(levels[l]);
    // The width rule is on the 95% interval whatever levels are asked for (the package's
    // qnorm(0.975) * SE > 10).
    const double z95 = normal_critical_value(level_95);
    const double half_width = life_expectancy_max_ci_width / 2.0;

    if (data.top_age != 90.0 && data.top_age != 85.0)
        detail::fail("", "top_age", "the open top band starts at 90 or 85, not " + detail::number(data.top_age));
    const std::size_t expected = data.top_age == 85.0 ? bands - 1 : bands;
    for (std::size_t g = 0; g < groups; ++g) {
        const std::size_t begin = data.offsets[g];
        const std::size_t size = data.offsets[g + 1] - begin;
        check_bands(data.startage.subspan(begin, size), g, expected);
    }
    for (std::size_t g = 0; g < groups; ++g) {
        const std::size_t begin = data.offsets[g];
        const std::size_t count = data.offsets[g + 1] - begin; // checked: 20, or 19 with an 85+ top band
        const auto deaths = data.deaths.subspan(begin, count);
        const auto population = data.population.subspan(begin, count);
        write_cumulative(population, deaths, columns.pops_used.subspan(begin, count),
                         columns.dths_used.subspan(begin, count));
        const LifeTableStatus status = check_values(deaths, population);
        columns.status[g] = status;
        if (status != LifeTableStatus::ok) {
            for (std::size_t b = 0; b < count; ++b) detail::set_row_missing(out, begin + b, rows, level_count);
            continue;
        }
        const Table t = life_table(deaths, population);
        for (std::size_t b = 0; b < count; ++b) {
            const std::size_t row = begin + b;
            const double e = t.e[b];
            const bool too_wide = z95 * t.se[b] > half_width; // false for NaN, as case_when
            out.value[row] = too_wide || std::isinf(e) ? nan : e;
            for (std::size_t l = 0; l < level_count; ++l) {
                out.lower[l * rows + row] = e - z[l] * t.se[b];
                out.upper[l * rows + row] = e + z[l] * t.se[b];
            }
        }
    }
}

LifeTable life_expectancy_intervals(const LifeTableData& data, std::span<const double> levels) {
    check_levels(levels);
    const std::size_t rows = data.deaths.size();
    detail::check_offsets(data.offsets, rows, "rows");
    const std::size_t groups = data.offsets.size() - 1;
    LifeTable table{IntervalTable::sized(rows, levels), std::vector<double>(rows, nan),
                    std::vector<double>(rows, nan),
                    std::vector<LifeTableStatus>(groups, LifeTableStatus::ok)};
    life_expectancy_intervals(data, levels, table.intervals.spans(),
                              {table.pops_used, table.dths_used, table.status});
    return table;
}

} // namespace boardroom::indicators

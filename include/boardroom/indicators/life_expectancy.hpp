// Life expectancy at every age band from an abridged life table (Chiang II), with
// Silcocks et al. (2001) confidence limits, for many areas in one call.
#pragma once

#include "boardroom/indicators/confidence.hpp"
#include "boardroom/indicators/standard_population.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace boardroom::indicators {

/// A group whose population summed over all bands is at or below this has no life
/// expectancy (PHEindicatormethods::phe_life_expectancy; PHE technical guide "Life
/// expectancy": too few people for a stable life table).
inline constexpr double life_expectancy_min_population = 5000.0;

/// A life expectancy whose 95% interval is wider than this many years is withheld
/// (value NaN, limits kept), as the package does.
inline constexpr double life_expectancy_max_ci_width = 20.0;

/// Why a group has no values. `ok` groups may still have values withheld for width.
enum class LifeTableStatus : std::uint8_t {
    ok,
    missing_values,           ///< a death count or population is NaN
    negative_deaths,          ///< some band has deaths < 0
    nonpositive_population,   ///< some band has population <= 0
    deaths_exceed_population, ///< some band has more deaths than people
    small_population,         ///< total population <= life_expectancy_min_population
};

/// Deaths and mid-year populations by life-table band. Group g is rows offsets[g] ..
/// offsets[g+1] and must hold exactly the 20 bands of life_table_start_ages, in that
/// order (startage = 0, 1, 5, ..., 90), or with top_age 85 the first 19 of them, the 85+
/// band open (PHEindicatormethods::phe_life_expectancy with age_contents ending at 85).
struct LifeTableData {
    std::span<const double> deaths;
    std::span<const double> population;
    std::span<const double> startage;
    std::span<const std::size_t> offsets;
    double top_age = 90.0; ///< first age of the open top band: 90 or 85
};

/// Per-row and per-group columns written beside the intervals.
struct LifeTableColumns {
    std::span<double> pops_used;         ///< per row: population of this band and all older
    std::span<double> dths_used;         ///< per row: deaths of this band and all older
    std::span<LifeTableStatus> status;   ///< per group
};

/// Life expectancy and limits at the start of every band of every group (layout of
/// `out` in confidence.hpp, one row per input row), as
/// PHEindicatormethods::phe_life_expectancy (R/LifeExpectancy.R) and the PHE technical
/// guide "Life expectancy": Chiang's method II abridged life table (Chiang 1984, "The
/// life table and its applications"), fraction of the interval lived by those dying
/// 0.1 in the first year and 0.5 after, the open top band (90+, or 85+) closed by L = l / M; variance
/// by Chiang's formula with the open band's term from Silcocks, Jenner & Reza (2001,
/// J Epidemiol Community Health 55:38-43), 4 / (deaths * M^2) weighted by (l / 2)^2.
/// Limits are value -/+ z * SE at each level.
///
/// A group that fails a data check (LifeTableStatus) gets NaN values and limits, as the
/// package suppresses it with a warning; pops_used and dths_used are always written. A
/// value whose 95% interval is wider than 20 years, or is infinite (no deaths at 90+),
/// is NaN while its limits are kept, as the package. Sums and products run in long
/// double, as R's cumsum() and cumprod() do. No allocation.
///
/// Throws InputError naming the group ("group N") and field "startage" when a group's
/// bands are missing, duplicated or out of order, and for bad levels, offsets or
/// output sizes.
void life_expectancy_intervals(const LifeTableData& data, std::span<const double> levels,
                               IntervalSpans out, LifeTableColumns columns);

/// Owning results of life_expectancy_intervals.
struct LifeTable {
    IntervalTable intervals;
    std::vector<double> pops_used;
    std::vector<double> dths_used;
    std::vector<LifeTableStatus> status;
};

/// Owning form of life_expectancy_intervals.
LifeTable life_expectancy_intervals(const LifeTableData& data, std::span<const double> levels);

} // namespace boardroom::indicators

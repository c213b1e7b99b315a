// Age bands as keys: standard and reference populations matched to rows by band label,
// never by row position.
#pragma once

#include <array>
#include <cstddef>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::indicators {

/// Ages `start` to `end` inclusive. `end` is +infinity for an open band ("90+") and NaN
/// when the label gives only the first age ("5", as PHEindicatormethods reads
/// `startage` in phe_life_expectancy).
struct AgeBand {
    double start = 0.0;
    double end = 0.0;
    friend constexpr bool operator==(const AgeBand&, const AgeBand&) = default;
};

/// The band a label names, or nothing. Read: "0-4", "00-04", "Age 5 to 9", "85 - 89
/// years", "90+", "90 and over", "<1" / "under 1" (0-0), and a bare first age ("5").
std::optional<AgeBand> parse_age_band(std::string_view label);

/// The label of a band as boardroom writes it: "0-4", "90+", "0" (a one-year band).
std::string band_label(AgeBand band);

inline constexpr double open_band = std::numeric_limits<double>::infinity();

/// The 19 bands of the European Standard Population 2013 (standard_population.hpp,
/// esp2013): 0-4, 5-9, ..., 85-89, 90+.
inline constexpr std::array<AgeBand, 19> esp2013_bands{{
    {0, 4},   {5, 9},   {10, 14}, {15, 19}, {20, 24}, {25, 29}, {30, 34},
    {35, 39}, {40, 44}, {45, 49}, {50, 54}, {55, 59}, {60, 64}, {65, 69},
    {70, 74}, {75, 79}, {80, 84}, {85, 89}, {90, open_band}}};

/// The 20 life-table bands of esp2013_20: 0, 1-4, 5-9, ..., 85-89, 90+.
inline constexpr std::array<AgeBand, 20> esp2013_20_bands{{
    {0, 0},   {1, 4},   {5, 9},   {10, 14}, {15, 19}, {20, 24}, {25, 29},
    {30, 34}, {35, 39}, {40, 44}, {45, 49}, {50, 54}, {55, 59}, {60, 64},
    {65, 69}, {70, 74}, {75, 79}, {80, 84}, {85, 89}, {90, open_band}}};

/// A standard (or reference) population keyed by band: values[k] belongs to bands[k].
struct KeyedStandard {
    std::span<const AgeBand> bands;
    std::span<const double> values;
    std::string_view name; ///< for messages ("ESP 2013")
};

/// ESP 2013 keyed by its 19 bands, or by its 20 life-table bands when every label is one
/// of those and some label is not one of the 19 (rows that split 0-4 into 0 and 1-4).
KeyedStandard esp2013_keyed(std::span<const std::string_view> labels);

/// Each row's value of `standard`, found by the row's band label, for rows in groups
/// (group g is rows offsets[g] .. offsets[g+1], as DsrData). A label matches a band of the
/// standard with the same first and last age, or the same first age when the label gives
/// only that. Every group with rows must hold every band of the standard exactly once,
/// in any order: the result never depends on row order. Throws InputError naming the
/// group ("group N") and field `field` (the age band column) for a label that is no band
/// of the standard, a band twice in a group, a band of the standard missing from a group,
/// and for bad offsets or a standard whose bands and values differ in number. Matching by
/// position (the "vector" standard populations of PHEindicatormethods::phe_dsr) gives a
/// silently wrong rate when rows are shuffled or sorted by label; the package's own test
/// workbook labels 55-59 as "55-69", unnoticed because it matched by position.
std::vector<double> standard_by_band(std::span<const std::string_view> labels,
                                     std::span<const std::size_t> offsets,
                                     const KeyedStandard& standard,
                                     std::string_view field = "ageband");

} // namespace boardroom::indicators

// Standard populations and the life table's age bands, as constants with their source.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <variant>

namespace boardroom::indicators {

/// The European Standard Population 2013 in 19 five-year bands (0-4, 5-9, ..., 85-89,
/// 90+), summing to 100,000. Source: Eurostat, "Revision of the European Standard
/// Population: report of Eurostat's task force" (2013), table 1; the same numbers as
/// PHEindicatormethods' `esp2013` data and the PHE technical guide "Directly
/// standardised rates".
inline constexpr std::array<double, 19> esp2013{5000.0, 5500.0, 5500.0, 5500.0, 6000.0,
                                                6000.0, 6500.0, 7000.0, 7000.0, 7000.0,
                                                7000.0, 6500.0, 6000.0, 5500.0, 5000.0,
                                                4000.0, 2500.0, 1500.0, 1000.0};

/// The 20-band form used with life-table age bands (0, 1-4, 5-9, ..., 90+): the 0-4
/// band of esp2013 split into 0 (1,000) and 1-4 (4,000), as in the Eurostat report
/// above (its single-year detail) and the PHE technical guide.
inline constexpr std::array<double, 20> esp2013_20{1000.0, 4000.0, 5500.0, 5500.0, 5500.0,
                                                   6000.0, 6000.0, 6500.0, 7000.0, 7000.0,
                                                   7000.0, 7000.0, 6500.0, 6000.0, 5500.0,
                                                   5000.0, 4000.0, 2500.0, 1500.0, 1000.0};

/// First age of each band of esp2013 (0, 5, ..., 90).
inline constexpr std::array<double, 19> esp2013_start_ages{0,  5,  10, 15, 20, 25, 30, 35, 40, 45,
                                                           50, 55, 60, 65, 70, 75, 80, 85, 90};

/// First age of each band of the abridged life table (0, 1-4, 5-9, ..., 85-89, 90+), the
/// bands PHEindicatormethods::phe_life_expectancy requires (its default `age_contents`)
/// and the PHE technical guide "Life expectancy" uses; also the bands of esp2013_20.
inline constexpr std::array<double, 20> life_table_start_ages{0,  1,  5,  10, 15, 20, 25,
                                                              30, 35, 40, 45, 50, 55, 60,
                                                              65, 70, 75, 80, 85, 90};

/// How a standardising vector (standard population, reference counts) lines up with
/// the rows of the data.
enum class StandardLayout : unsigned char {
    per_row,  ///< one value per row of the data (a column, PHEindicatormethods' "field")
    per_band, ///< one value per band, the same for every group: each group has exactly
              ///< that many rows, matched by position ("vector" in the package). Rows must
              ///< already be in band order; with band labels use standard_by_band
              ///< (age_bands.hpp), which matches by label and never by position, and per_row.
};

/// Each row's age band as a code into a table of labels (a factorisation of the band
/// column: a categorical's codes, or pandas.factorize's), with each label's band in the
/// standard population. Codes stay in their own width, so the column is read as it is.
struct BandCodes {
    /// One code per row, in input order; a negative code is a missing label.
    std::variant<std::span<const std::int8_t>, std::span<const std::int16_t>,
                 std::span<const std::int32_t>, std::span<const std::int64_t>>
        codes = std::span<const std::int32_t>{};
    /// The standard's band (0-based) of each label code; -1 for a label that is no band of it.
    std::span<const std::int32_t> position;
};

/// What stops rows from being matched to a standard population by band.
enum class BandProblemKind : std::uint8_t {
    none,
    missing_label, ///< a row has no band label
    unknown_band,  ///< a row's label is no band of the standard
    repeated_band, ///< a group has a band more than once
    absent_band,   ///< a group lacks a band of the standard
};

/// The first band problem of a call: of the first kind in the order of the enum, in
/// the first group that has it (so the same whatever the thread count).
struct BandProblem {
    BandProblemKind kind = BandProblemKind::none;
    std::size_t group = 0; ///< 0-based group
    std::size_t row = 0;   ///< 0-based position in group order (missing_label, unknown_band)
    std::size_t band = 0;  ///< the standard's band (repeated_band, absent_band)
    std::size_t count = 0; ///< how many times the band appears in the group (repeated_band)

    explicit operator bool() const noexcept { return kind != BandProblemKind::none; }
};

} // namespace boardroom::indicators

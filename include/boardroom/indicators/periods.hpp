// Rolling multi-year periods and changes between periods.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace boardroom::indicators {

/// Yearly counts of many areas, one row per area-year. Area a owns rows
/// area_offsets[a] .. area_offsets[a+1] (area_offsets has areas + 1 elements, starts
/// at 0, never decreases, ends at the row count), in strictly increasing year order.
struct YearlyCounts {
    std::span<const std::size_t> area_offsets;
    std::span<const int> year;
    std::span<const double> numerator;
    std::span<const double> denominator;
};

/// What to do with a window that misses some years of an area.
enum class GapRule : std::uint8_t {
    /// Only windows whose every year is present are produced (the default: a
    /// "2010-12" figure always covers three years).
    skip_window,
    /// A window is produced for every end year from the area's first year +
    /// window - 1 to its last year, pooling the years present; years_present says how
    /// many. A window with no year present is not produced.
    pool_available,
};

/// Pooled windows, one element per window in each vector, ordered by area, then
/// last year.
struct PooledWindows {
    std::vector<std::size_t> area;     ///< index of the area (0-based)
    std::vector<int> first_year;
    std::vector<int> last_year;
    std::vector<int> years_present;    ///< years actually pooled
    std::vector<double> numerator;     ///< sum over the years (NaN if any is NaN)
    std::vector<double> denominator;
    std::vector<std::string> label;    ///< period_label(first_year, last_year)

    std::size_t size() const noexcept { return area.size(); }
};

/// Pools numerators and denominators over rolling windows of `window_years`
/// consecutive years per area (PHOF 3-year rolling rates such as infant mortality
/// "2010-12"). A missing (NaN) count in a pooled year makes the pooled count NaN, as
/// R's sum(). Throws InputError naming the row and field for years out of order or
/// repeated within an area, for malformed offsets, for wrong span lengths and for
/// window_years < 1.
PooledWindows pool_rolling_windows(const YearlyCounts& data, int window_years,
                                   GapRule gaps = GapRule::skip_window);

/// "2010-12" for 2010 to 2012, "1999-01" across a century, "2012" for one year,
/// "1900-2012" when the span reaches 100 years or more (two digits would mislead).
std::string period_label(int first_year, int last_year);

/// Percentage change 100 * (to - from) / from, from unrounded values (so a change from
/// 5.0 to 4.6 as published may read -9% when the unrounded rates say so). NaN when
/// either value is NaN or `from` is 0 (the change is undefined).
double percent_change(double from, double to) noexcept;

/// percent_change row by row; throws InputError for spans of different lengths.
void percent_change(std::span<const double> from, std::span<const double> to,
                    std::span<double> out);

} // namespace boardroom::indicators

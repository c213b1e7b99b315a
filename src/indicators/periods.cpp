#include "boardroom/indicators/periods.hpp"

#include "detail.hpp"

#include <cmath>
#include <cstdlib>
#include <limits>

namespace boardroom::indicators {

namespace {

void add_window(PooledWindows& windows, std::size_t area, int first, int last, int present,
                double numerator, double denominator) {
    windows.area.push_back(area);
    windows.first_year.push_back(first);
    windows.last_year.push_back(last);
    windows.years_present.push_back(present);
    windows.numerator.push_back(numerator);
    windows.denominator.push_back(denominator);
    windows.label.push_back(period_label(first, last));
}

} // namespace

std::string period_label(int first_year, int last_year) {
    if (first_year == last_year) return std::to_string(first_year);
    const long long span = static_cast<long long>(last_year) - first_year;
    if (first_year < 0 || last_year < 0 || span < 0 || span >= 100)
        return std::to_string(first_year) + "-" + std::to_string(last_year);
    const int tail = last_year % 100;
    return std::to_string(first_year) + "-" + (tail < 10 ? "0" : "") + std::to_string(tail);
}

PooledWindows pool_rolling_windows(const YearlyCounts& data, int window_years, GapRule gaps) {
    if (window_years < 1)
        detail::fail("", "window_years",
                     "a window needs at least one year, not " + std::to_string(window_years));
    const std::size_t rows = data.year.size();
    detail::check_length(rows, data.numerator.size(), "numerator", "year");
    detail::check_length(rows, data.denominator.size(), "denominator", "year");
    detail::check_offsets(data.area_offsets, rows, "rows");

    PooledWindows windows;
    const long long k = window_years;
    for (std::size_t a = 0; a + 1 < data.area_offsets.size(); ++a) {
        const std::size_t begin = data.area_offsets[a];
        const std::size_t end = data.area_offsets[a + 1];
        for (std::size_t r = begin + 1; r < end; ++r) {
            if (data.year[r] <= data.year[r - 1])
                detail::fail_row(r, "year",
                                 "years of an area must increase: " + std::to_string(data.year[r]) +
                                     " follows " + std::to_string(data.year[r - 1]));
        }
        if (begin == end) continue;

        if (gaps == GapRule::skip_window) {
            // Years strictly increase, so k rows spanning k - 1 years are consecutive.
            for (std::size_t r = begin; r + static_cast<std::size_t>(k) <= end; ++r) {
                const std::size_t last = r + static_cast<std::size_t>(k) - 1;
                if (static_cast<long long>(data.year[last]) - data.year[r] != k - 1) continue;
                double numerator = 0.0;
                double denominator = 0.0;
                for (std::size_t y = r; y <= last; ++y) {
                    numerator += data.numerator[y];
                    denominator += data.denominator[y];
                }
                add_window(windows, a, data.year[r], data.year[last], window_years, numerator,
                           denominator);
            }
            continue;
        }

        const long long first_year = data.year[begin];
        const long long last_year = data.year[end - 1];
        std::size_t from = begin; // first row whose year is inside the window
        for (long long stop = first_year + k - 1; stop <= last_year; ++stop) {
            const long long start = stop - k + 1;
            while (from < end && data.year[from] < start) ++from;
            double numerator = 0.0;
            double denominator = 0.0;
            int present = 0;
            for (std::size_t y = from; y < end && data.year[y] <= stop; ++y) {
                numerator += data.numerator[y];
                denominator += data.denominator[y];
                ++present;
            }
            if (present == 0) continue;
            add_window(windows, a, static_cast<int>(start), static_cast<int>(stop), present,
                       numerator, denominator);
        }
    }
    return windows;
}

double percent_change(double from, double to) noexcept {
    if (std::isnan(from) || std::isnan(to) || from == 0.0)
        return std::numeric_limits<double>::quiet_NaN();
    return 100.0 * (to - from) / from;
}

void percent_change(std::span<const double> from, std::span<const double> to,
                    std::span<double> out) {
    detail::check_length(from.size(), to.size(), "to", "from");
    detail::check_length(from.size(), out.size(), "out", "from");
    for (std::size_t i = 0; i < from.size(); ++i) out[i] = percent_change(from[i], to[i]);
}

} // namespace boardroom::indicators

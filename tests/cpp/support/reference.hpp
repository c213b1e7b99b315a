// Reading the reference vectors (tests/data/reference, from PHEindicatormethods) and
// comparing against them: shared by the indicator tests.
#pragma once

#include "boardroom/core/error.hpp"
#include "input_error.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <iomanip>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <algorithm>

namespace boardroom::test {

inline constexpr double missing = std::numeric_limits<double>::quiet_NaN();

/// A reference CSV as R's write.csv leaves it: a header, quoted cells, "" or NA for NA.
struct Csv {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;

    std::size_t column(std::string_view name) const {
        for (std::size_t c = 0; c < header.size(); ++c)
            if (header[c] == name) return c;
        throw std::runtime_error("no column " + std::string(name));
    }
    bool has(std::string_view name) const {
        for (const auto& h : header)
            if (h == name) return true;
        return false;
    }
    const std::string& text(std::size_t row, std::string_view name) const { return rows.at(row).at(column(name)); }
    /// An empty cell (or NA) is R's NA: NaN.
    double number(std::size_t row, std::string_view name) const {
        const std::string& cell = text(row, name);
        if (cell.empty() || cell == "NA") return missing;
        return std::stod(cell);
    }
    std::vector<double> numbers(std::string_view name) const {
        std::vector<double> out;
        out.reserve(rows.size());
        for (std::size_t r = 0; r < rows.size(); ++r) out.push_back(number(r, name));
        return out;
    }
};

/// Reads tests/data/reference/<relative>: a byte-order mark is dropped, quoted cells may hold
/// commas, doubled quotes and line breaks (the package's own files have them in headers; a line
/// break inside quotes is not kept).
inline Csv read_reference_csv(const std::string& relative) {
    const std::string path = std::string(BOARDROOM_TEST_DATA_DIR) + "/reference/" + relative;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string data = buffer.str();
    if (data.rfind("\xEF\xBB\xBF", 0) == 0) data.erase(0, 3);
    std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < data.size(); ++i) {
        const char ch = data[i];
        auto& cell = records.back().back();
        if (quoted) {
            if (ch == '"' && i + 1 < data.size() && data[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else if (ch != '\r' && ch != '\n') {
                cell += ch;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            records.back().emplace_back();
        } else if (ch == '\n') {
            records.emplace_back(1);
        } else if (ch != '\r') {
            cell += ch;
        }
    }
    std::erase_if(records, [](const std::vector<std::string>& r) { return r.size() == 1 && r[0].empty(); });
    if (records.empty()) throw std::runtime_error(path + ": empty");
    Csv csv;
    csv.header = records.front();
    csv.rows.assign(records.begin() + 1, records.end());
    for (const auto& row : csv.rows)
        if (row.size() != csv.header.size()) throw std::runtime_error(path + ": a row has the wrong number of cells");
    return csv;
}

/// 1e-9 relative (or `relative`), 1e-12 absolute where the expected value is 0, NaN where R gives NA.
inline void expect_close(double actual, double expected, const std::string& where, double relative = 1e-9) {
    std::ostringstream message;
    message << std::setprecision(17) << where << ": expected " << expected << ", got " << actual;
    if (std::isnan(expected)) {
        EXPECT_TRUE(std::isnan(actual)) << message.str();
    } else if (expected == 0.0) {
        EXPECT_LE(std::fabs(actual), 1e-12) << message.str();
    } else {
        EXPECT_LE(std::fabs(actual - expected), relative * std::fabs(expected)) << message.str();
    }
}

/// A numeric column (NaN for NA).
inline std::vector<double> column(const Csv& csv, std::string_view name) { return csv.numbers(name); }

/// Offsets of the runs of equal values of a key column (the rows of a group are adjacent);
/// the key of each run is appended to `names` when given.
inline std::vector<std::size_t> runs(const Csv& csv, std::string_view key, std::vector<std::string>* names = nullptr) {
    std::vector<std::size_t> offsets{0};
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        const bool starts = r == 0 || csv.text(r, key) != csv.text(r - 1, key);
        if (r > 0 && starts) offsets.push_back(r);
        if (names && starts) names->push_back(csv.text(r, key));
    }
    offsets.push_back(csv.rows.size());
    return offsets;
}

/// "95%" -> 0.95, "99.8%" -> 0.998.
inline double level_from_text(const std::string& text) {
    if (text == "95%") return 0.95;
    if (text == "99.8%") return 0.998;
    throw std::runtime_error("unexpected confidence " + text);
}

} // namespace boardroom::test

// Grouping rows: the counting sort and the one pass over rows already in key order.
#include "boardroom/core/error.hpp"
#include "boardroom/indicators/groups.hpp"

#include "support/input_error.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace ind = boardroom::indicators;

using boardroom::test::input_error;

TEST(indicators_groups, GroupOrderIsAStableCountingSort) {
    const std::vector<std::int64_t> codes{2, 0, 2, 1, 0};
    const ind::GroupOrder sorted = ind::group_order(codes, 3);
    EXPECT_EQ(sorted.order, (std::vector<std::size_t>{1, 4, 3, 0, 2}));
    EXPECT_EQ(sorted.offsets, (std::vector<std::size_t>{0, 2, 3, 5}));
}

TEST(indicators_groups, SortedRowsAreCutWhereTheirCombinedKeyChanges) {
    // Key 1: categorical codes (int8, -1 missing, sorted last); key 2: years (int64, low 2014);
    // key 3: dictionary indices (int32) ranked by a table.
    const std::vector<std::int8_t> area{0, 0, 0, 0, 1, 1, -1, -1};
    const std::vector<std::int64_t> year{2014, 2014, 2015, 2015, 2014, 2014, 2015, 2015};
    const std::vector<std::int32_t> sex{1, 0, 1, 0, 1, 1, 1, 0};
    const std::vector<std::int64_t> rank{1, 0}; // index 0 ("M") sorts after index 1 ("F")
    std::vector<ind::KeyCodes> keys(3);
    keys[0].raw = std::span<const std::int8_t>(area);
    keys[0].space = 3;
    keys[1].raw = std::span<const std::int64_t>(year);
    keys[1].low = 2014;
    keys[1].space = 2;
    keys[2].raw = std::span<const std::int32_t>(sex);
    keys[2].space = 2;
    keys[2].table = rank;
    const ind::SortedGroups groups = ind::sorted_groups(keys, area.size());
    ASSERT_TRUE(groups.sorted);
    EXPECT_EQ(groups.offsets, (std::vector<std::size_t>{0, 1, 2, 3, 4, 6, 7, 8}));
    // Mixed radix, first key first: area * 4 + year * 2 + sex rank.
    EXPECT_EQ(groups.codes, (std::vector<std::int64_t>{0, 1, 2, 3, 4, 10, 11}));

    // Out of key order: nothing is returned, and the caller sorts.
    const std::vector<std::int64_t> shuffled{2015, 2014, 2015, 2015, 2014, 2014, 2015, 2015};
    keys[1].raw = std::span<const std::int64_t>(shuffled);
    EXPECT_FALSE(ind::sorted_groups(keys, area.size()).sorted);

    // A code outside its space names the row.
    const std::vector<std::int64_t> late{2014, 2014, 2015, 2016, 2014, 2014, 2015, 2015};
    keys[1].raw = std::span<const std::int64_t>(late);
    const auto error = input_error([&] { (void)ind::sorted_groups(keys, area.size()); });
    EXPECT_EQ(error.record(), "row 4");
    EXPECT_EQ(error.field(), "codes");
}

TEST(indicators_groups, SortedGroupsAcrossChunksAndWithoutKeys) {
    // More rows than one chunk, groups running across chunk ends.
    std::vector<std::int16_t> codes(10000);
    for (std::size_t i = 0; i < codes.size(); ++i) codes[i] = static_cast<std::int16_t>(i / 3000);
    std::vector<ind::KeyCodes> keys(1);
    keys[0].raw = std::span<const std::int16_t>(codes);
    keys[0].space = 5;
    const ind::SortedGroups groups = ind::sorted_groups(keys, codes.size());
    ASSERT_TRUE(groups.sorted);
    EXPECT_EQ(groups.offsets, (std::vector<std::size_t>{0, 3000, 6000, 9000, 10000}));
    EXPECT_EQ(groups.codes, (std::vector<std::int64_t>{0, 1, 2, 3}));
    const auto none = ind::sorted_groups({}, 4);
    ASSERT_TRUE(none.sorted);
    EXPECT_EQ(none.offsets, (std::vector<std::size_t>{0, 4}));
}

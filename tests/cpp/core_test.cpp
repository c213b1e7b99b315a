#include "boardroom/core/date.hpp"
#include "boardroom/core/error.hpp"
#include "boardroom/core/id.hpp"

#include <gtest/gtest.h>

#include <type_traits>

namespace br = boardroom;

TEST(InputError, MessageNamesFileLineAndField) {
    const br::InputError error({"examples/agenda.csv", 5, "", "purpose"}, "unknown purpose 'Informaton'");
    EXPECT_STREQ(error.what(), "examples/agenda.csv:5: field 'purpose': unknown purpose 'Informaton'");
    EXPECT_EQ(error.file(), "examples/agenda.csv");
    EXPECT_EQ(error.line(), 5u);
    EXPECT_EQ(error.field(), "purpose");
    EXPECT_EQ(error.reason(), "unknown purpose 'Informaton'");
}

TEST(InputError, RecordWithoutFileForArrays) {
    const br::InputError error({"", 0, "row 3", "x"}, "x (12) is greater than n (10)");
    EXPECT_STREQ(error.what(), "row 3: field 'x': x (12) is greater than n (10)");
}

TEST(Errors, AllDeriveFromOneRoot) {
    static_assert(std::is_base_of_v<br::Error, br::InputError>);
    static_assert(std::is_base_of_v<br::Error, br::ValidationError>);
    static_assert(std::is_base_of_v<br::Error, br::NotFoundError>);
    static_assert(std::is_base_of_v<br::Error, br::StorageError>);
    static_assert(std::is_base_of_v<br::Error, br::DisclosureError>);
    EXPECT_THROW(throw br::StorageError("/x/store.sqlite", "disk full"), br::Error);
    EXPECT_STREQ(br::StorageError("/x/store.sqlite", "disk full").what(), "/x/store.sqlite: disk full");
}

TEST(Date, ParsesIsoStrictly) {
    const auto date = br::parse_iso_date("2015-12-10");
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(*date, br::make_date(2015, 12, 10));
    EXPECT_EQ(br::to_iso_string(*date), "2015-12-10");
    EXPECT_FALSE(br::parse_iso_date("2015-02-30").has_value());
    EXPECT_FALSE(br::parse_iso_date("10/12/2015").has_value());
    EXPECT_FALSE(br::parse_iso_date("2015-12-1").has_value());
    EXPECT_FALSE(br::parse_iso_date("2015-12-10x").has_value());
    EXPECT_THROW(br::make_date(2015, 6, 31), br::ValidationError);
}

TEST(Date, PrintsAsAgendasDo) {
    EXPECT_EQ(br::to_long_string(br::make_date(2015, 12, 10)), "Thursday 10 December 2015");
    EXPECT_EQ(br::to_long_string(br::make_date(2015, 9, 17)), "Thursday 17 September 2015");
    EXPECT_EQ(br::to_agenda_string(br::TimeOfDay{14, 0}), "2.00 pm");
    EXPECT_EQ(br::to_agenda_string(br::TimeOfDay{0, 5}), "12.05 am");
    EXPECT_EQ(br::to_agenda_string(br::TimeOfDay{12, 30}), "12.30 pm");
}

TEST(TimeOfDay, ParsesAndValidates) {
    EXPECT_EQ(br::parse_time_of_day("14:00"), br::TimeOfDay(14, 0));
    EXPECT_FALSE(br::parse_time_of_day("24:00").has_value());
    EXPECT_FALSE(br::parse_time_of_day("2pm").has_value());
    EXPECT_THROW(br::TimeOfDay(25, 0), br::ValidationError);
    EXPECT_EQ(br::to_string(br::TimeOfDay{9, 5}), "09:05");
}

TEST(Id, IsStronglyTyped) {
    static_assert(!std::is_convertible_v<br::PersonId, br::BoardId>);
    static_assert(!std::is_convertible_v<std::int64_t, br::PersonId>);
    EXPECT_FALSE(br::PersonId{}.valid());
    EXPECT_TRUE(br::PersonId{3}.valid());
    EXPECT_LT(br::PersonId{2}, br::PersonId{3});
}

// The last check on public text: contact details found in one linear pass.
#include "boardroom/core/error.hpp"
#include "boardroom/governance/register.hpp"
#include "boardroom/report/public_text.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace br = boardroom;
namespace gov = boardroom::governance;

namespace {

gov::Register with_contact(const std::string& phone, const std::string& email, const std::string& postcode) {
    gov::Register reg;
    gov::Person p;
    p.given_name = "Ann";
    p.family_name = "Smith";
    p.contact = gov::ContactDetails{phone, email, postcode};
    gov::add_person(reg, p);
    return reg;
}

std::string refusal(const std::string& text, const gov::Register& reg) {
    try {
        br::report::check_public_text(text, reg, "pack.html");
    } catch (const br::DisclosureError& error) {
        return error.what();
    }
    return {};
}

} // namespace

TEST(PublicText, RecordedValuesAreFoundHoweverPrinted) {
    const auto reg = with_contact("01772 536083", "Ann.Smith@Example.org", "PR7 1DP");
    EXPECT_EQ(refusal("Venue: Town Hall, Chorley", reg), "");
    EXPECT_NE(refusal("ring 01772536083 today", reg).find("Ann Smith's telephone number"), std::string::npos);
    EXPECT_NE(refusal("ring 01772-536-083", reg).find("Ann Smith's telephone number"), std::string::npos);
    EXPECT_NE(refusal("ring +44 (0)1772 536083", reg).find("telephone number"), std::string::npos);
    EXPECT_NE(refusal("write to ann.smith@example.org", reg).find("Ann Smith's email address"), std::string::npos);
    EXPECT_NE(refusal("lives at pr71dp", reg).find("Ann Smith's postcode"), std::string::npos);
    EXPECT_NE(refusal("lives at PR7 1DP.", reg).find("postcode"), std::string::npos);
    EXPECT_EQ(refusal("Town Hall, PR7 2AA", reg), "") << "postcodes are private only where recorded";
    EXPECT_EQ(refusal("error message", reg).find("01772"), std::string::npos);
}

TEST(PublicText, AnyEmailOrUkNumberIsRefused) {
    const gov::Register none;
    EXPECT_NE(refusal("contact someone@council.gov.uk", none).find("an email address"), std::string::npos);
    EXPECT_NE(refusal("call 07700 900123", none).find("a telephone number"), std::string::npos);
    EXPECT_NE(refusal("call 0161 496 0000 now", none).find("a telephone number"), std::string::npos);
    EXPECT_EQ(refusal("12,261 partners; 2015-12-10; 10/12/2015; ref 2015/0123456789", none), "");
    EXPECT_EQ(refusal("a@b, user@localhost, @handle", none), "");
    EXPECT_EQ(refusal("Pages 3 - 10, items 1 2 3", none), "");
}

TEST(PublicText, LinearOnAMegabyteWord) {
    const gov::Register reg = with_contact("01772 536083", "ann@example.org", "PR7 1DP");
    for (const std::string& unit : {std::string("a.b-c_"), std::string("a@"), std::string("0 "), std::string("1")}) {
        std::string word;
        while (word.size() < (1u << 20)) word += unit;
        const auto start = std::chrono::steady_clock::now();
        (void)refusal(word, reg);
        const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        // A quadratic scan takes minutes here; a linear one milliseconds.
        EXPECT_LT(seconds, 2.0) << "unit '" << unit << "'";
    }
}

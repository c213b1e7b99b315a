#include "boardroom/core/error.hpp"
#include "boardroom/io/word_table.hpp"

#include <gtest/gtest.h>

namespace io = boardroom::io;

TEST(HtmlFragment, ParagraphsListsAndEntities) {
    EXPECT_EQ(io::html_fragment_to_text("<p>Greater awareness.</p> <p>Reduction in risk &amp; harm.</p>"),
              "Greater awareness.\nReduction in risk & harm.");
    EXPECT_EQ(io::html_fragment_to_text("<ul><li>One</li><li>Two &ndash; three</li></ul>"),
              "- One\n- Two \u2013 three");
    EXPECT_EQ(io::html_fragment_to_text("  plain text, a < b  "), "plain text, a < b");
    EXPECT_EQ(io::html_fragment_to_text("line<br/>break&#39;s &#x41;"), "line\nbreak's A");
    EXPECT_EQ(io::html_fragment_to_text("<p><strong>Bold</strong> word</p>"), "Bold word");
    EXPECT_EQ(io::html_fragment_to_text("AT&T &unknown; &"), "AT&T &unknown; &");
}

TEST(WordTable, MergesContinuationRowsCellByCell) {
    // The seed's agenda: a doubled tab in the header, a wrapped outcome on a continuation row.
    const std::string text =
        "Agenda Item\t\tItem for\tIntended Outcome\tLead\tTime/papers\n"
        "5\tSafeguarding\tInformation\tThe Board to receive any updates\tChair\t\n"
        "\n"
        "\t\t\tto be shared\t\n"
        "\t\t\tPossible report from Ofsted\t\n"
        "5a\tChild Sexual Exploitation\tDiscuss\tUpdate re CSE Sub-Group\tKarl Turner\n";
    const auto rows = io::parse_word_table(text, "agenda.txt", {.first_line = 13});
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].line, 13u);
    EXPECT_EQ(rows[0].cells.size(), 6u);
    EXPECT_EQ(rows[1].cells[3], "The Board to receive any updates\nto be shared\nPossible report from Ofsted");
    EXPECT_EQ(rows[1].continued, (std::vector<std::size_t>{16, 17}));
    EXPECT_EQ(rows[2].cells[0], "5a");
    EXPECT_EQ(rows[2].cells[5], "") << "short rows are padded";
}

TEST(WordTable, SkipsSeparatorsAndStripsHtml) {
    const std::string text =
        "1.2\t<p>Plan campaigns</p> <p>Develop partnership working including private children's</p>\tOutcome\n"
        "--\t---\t--\n"
        "\t<p>homes.</p>\t\n";
    const auto rows = io::parse_word_table(text, "plan.txt");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].cells[1], "Plan campaigns\nDevelop partnership working including private children's\nhomes.");
    EXPECT_EQ(rows[0].cells[2], "Outcome");
}

TEST(WordTable, ErrorsNameTheLine) {
    try {
        io::parse_word_table("\n\tstray continuation\n", "plan.txt", {.first_line = 900});
        FAIL() << "expected InputError";
    } catch (const boardroom::InputError& error) {
        EXPECT_EQ(error.file(), "plan.txt");
        EXPECT_EQ(error.line(), 901u);
    }
    EXPECT_THROW(io::parse_word_table("a\tb\tc\td\n", "t.txt", {.columns = 3}), boardroom::InputError);
    EXPECT_NO_THROW(io::parse_word_table("a\tb\tc\t\t\n", "t.txt", {.columns = 3}));
}

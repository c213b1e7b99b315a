// The one decoder every loader reads through, and messages that stay valid
// UTF-8 whatever bytes they quote.
#include "../../src/core/text.hpp"

#include "boardroom/core/error.hpp"
#include "support/input_error.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace br = boardroom;
namespace td = boardroom::text_detail;
using boardroom::test::input_error;

TEST(DecodeText, Utf8PassesAndTheByteOrderMarkIsDropped) {
    const auto plain = td::decode_text("Chair\xE2\x80\x99s \xC2\xA3" "5", "a.txt");
    EXPECT_EQ(plain.text, "Chair\xE2\x80\x99s \xC2\xA3" "5");
    EXPECT_FALSE(plain.windows_1252);
    const auto marked = td::decode_text("\xEF\xBB\xBFhello", "a.txt");
    EXPECT_EQ(marked.text, "hello");
    EXPECT_FALSE(marked.windows_1252);
    EXPECT_EQ(td::decode_text("", "a.txt").text, "");
}

TEST(DecodeText, WindowsCodePageIsConvertedAndFlagged) {
    const auto decoded = td::decode_text("Chair\x92s \xA3" "5 \x93quoted\x94 \x96 caf\xE9 \x80", "w.txt");
    EXPECT_EQ(decoded.text, "Chair\xE2\x80\x99s \xC2\xA3" "5 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x93 caf\xC3\xA9 \xE2\x82\xAC");
    EXPECT_TRUE(decoded.windows_1252);
    EXPECT_FALSE(td::invalid_utf8_at(decoded.text));
}

TEST(DecodeText, OtherBytesNameFileLineAndByteOffset) {
    // 0x81 has no Windows-1252 character.
    auto e = input_error([] { td::decode_text("line one\nline two \x81 here\n", "bad.csv"); });
    EXPECT_EQ(e.file(), "bad.csv");
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.record(), "byte offset 18");
    EXPECT_NE(e.reason().find("0x81"), std::string::npos) << e.what();
    EXPECT_FALSE(td::invalid_utf8_at(e.what()));

    // A file marked UTF-8 is not guessed at.
    e = input_error([] { td::decode_text("\xEF\xBB\xBF" "ab\n\x92", "marked.txt"); });
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.record(), "byte offset 6");

    // Lines count from where the text starts in its file.
    e = input_error([] { td::decode_text("x\n\x8D", "part.txt", 10); });
    EXPECT_EQ(e.line(), 11u);
}

TEST(Utf8, InvalidSequencesAreFound) {
    EXPECT_FALSE(td::invalid_utf8_at("plain \xC2\xA3 \xF0\x9F\x98\x80"));
    EXPECT_EQ(td::invalid_utf8_at("ab\xC0\xAF"), 2u);        // overlong
    EXPECT_EQ(td::invalid_utf8_at("a\xED\xA0\x80"), 1u);      // a surrogate (U+D800)
    EXPECT_EQ(td::invalid_utf8_at("a\xF4\x90\x80\x80"), 1u);  // above U+10FFFF
    EXPECT_EQ(td::invalid_utf8_at("abc\xE2\x80"), 3u);        // cut short
}

TEST(Utf8, MessagesAreCutOnCharacterBoundariesAndMadeValid) {
    const std::string pounds = "\xC2\xA3\xC2\xA3\xC2\xA3";  // three two-byte characters
    EXPECT_EQ(td::cut_utf8(pounds, 5), "\xC2\xA3\xC2\xA3");
    EXPECT_EQ(td::cut_utf8(pounds, 1), "");
    EXPECT_EQ(td::cut_utf8(pounds, 6), pounds);
    EXPECT_EQ(td::valid_utf8("a\x92z"), "a\xEF\xBF\xBDz");
    EXPECT_EQ(td::quote_input(pounds, 3), "\xC2\xA3...");
    for (std::size_t limit = 0; limit < 8; ++limit)
        EXPECT_FALSE(td::invalid_utf8_at(td::quote_input("x\xE2\x80\x99y\x92", limit))) << limit;
}

TEST(Utf8, ErrorMessagesAreAlwaysValid) {
    const br::InputError e({"f\xFF.csv", 3, "item \x92", "t\x93"}, "quotes \x92 a byte");
    EXPECT_FALSE(td::invalid_utf8_at(e.what())) << e.what();
    EXPECT_FALSE(td::invalid_utf8_at(e.file()));
    EXPECT_FALSE(td::invalid_utf8_at(e.record()));
    EXPECT_FALSE(td::invalid_utf8_at(e.field()));
    EXPECT_FALSE(td::invalid_utf8_at(e.reason()));
    EXPECT_FALSE(td::invalid_utf8_at(br::ValidationError("bad \xC3").what()));
    EXPECT_FALSE(td::invalid_utf8_at(br::StorageError("/tmp/\xFF", "gone").path()));
}

TEST(ReadTextFile, RefusesWhatIsNotAPlainFile) {
    const auto dir = std::filesystem::temp_directory_path() / "boardroom-core-text-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    EXPECT_THROW(td::read_file_bytes(dir), br::StorageError);
    EXPECT_THROW(td::read_file_bytes(dir / "missing.txt"), br::StorageError);
    // A FIFO would block the reader for ever: refused before it is opened.
    ASSERT_EQ(::mkfifo((dir / "fifo").c_str(), 0600), 0);
    EXPECT_THROW(td::read_file_bytes(dir / "fifo"), br::StorageError);
    std::ofstream(dir / "w.txt", std::ios::binary) << "\xA3" "5";
    const auto decoded = td::read_text_file(dir / "w.txt");
    EXPECT_EQ(decoded.text, "\xC2\xA3" "5");
    EXPECT_TRUE(decoded.windows_1252);
    std::filesystem::remove_all(dir);
}

TEST(RethrowAsInputError, LibraryExceptionsBecomeInputErrors) {
    auto e = input_error([] {
        try {
            throw std::out_of_range("stoi");
        } catch (...) {
            td::rethrow_as_input_error("src.txt");
        }
    });
    EXPECT_EQ(e.file(), "src.txt");
    EXPECT_THROW(
        [] {
            try {
                throw br::NotFoundError("kept");
            } catch (...) {
                td::rethrow_as_input_error("src.txt");
            }
        }(),
        br::NotFoundError);
}

// The agenda.csv of a meeting folder, beside a fixed meeting.csv.
#include "boardroom/io/meeting_csv.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto text = boardroom::fuzz::as_text(data, size);
    static const auto meeting =
        boardroom::io::CsvTable::parse("board,date,time,venue,status\nBoard,2015-12-10,14:00,Hall,scheduled\n",
                                       "meeting.csv");
    boardroom::fuzz::expect_result_or_error([&] {
        boardroom::io::load_meeting_tables(meeting, boardroom::io::CsvTable::parse(text, "agenda.csv"));
    });
    return 0;
}

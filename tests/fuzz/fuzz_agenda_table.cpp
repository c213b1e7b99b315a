// An agenda pasted from a Word table.
#include "boardroom/io/governance_agenda.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto text = boardroom::fuzz::as_text(data, size);
    boardroom::fuzz::expect_result_or_error([&] {
        boardroom::io::parse_agenda_table(text, "fuzz.txt", {.unmarked_part = boardroom::governance::AgendaPart::Public});
    });
    return 0;
}

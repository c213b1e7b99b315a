// The boards table (boards.tsv).
#include "boardroom/io/governance_import.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto text = boardroom::fuzz::as_text(data, size);
    boardroom::fuzz::expect_result_or_error([&] {
        boardroom::governance::Register reg;
        boardroom::io::import_boards_table(reg, text, "boards.tsv");
    });
    return 0;
}

// A contacts table as pasted text, attached to the people of the example's minutes.
#include "boardroom/governance/queries.hpp"
#include "boardroom/io/governance_contacts.hpp"
#include "boardroom/io/governance_import.hpp"
#include "fuzz_input.hpp"

#include <filesystem>

namespace {

// The register the bundled board folder gives, so that names can match people.
boardroom::governance::Register example_register() {
    boardroom::governance::Register reg;
    const std::filesystem::path dir = std::filesystem::path(BOARDROOM_SOURCE_DIR) / "examples" / "cpb-2015-09-17";
    boardroom::io::read_boards_table(reg, dir / "boards.tsv");
    const auto board = *boardroom::governance::find_board(reg, "CPB");
    boardroom::io::import_minutes(reg, board, boardroom::io::read_minutes(dir / "notes.txt"));
    return reg;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto base = example_register();
    const auto text = boardroom::fuzz::as_text(data, size);
    boardroom::fuzz::expect_result_or_error([&] {
        auto reg = base;
        boardroom::io::attach_contacts(reg, boardroom::io::parse_tab_table(text, "contacts.tsv"));
    });
    return 0;
}

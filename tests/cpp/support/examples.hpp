// The bundled example as the tests build it, written once: the Children's Partnership Board's
// boards, its notes of 17 September 2015 and its agenda of 10 December 2015.
#pragma once

#include "boardroom/governance/register.hpp"
#include "boardroom/io/governance_import.hpp"

#include <filesystem>
#include <optional>

namespace boardroom::test {

inline const std::filesystem::path kExampleFolder = std::filesystem::path(BOARDROOM_SOURCE_DIR) / "examples";

/// The CPB register. The papers print no Part I / Part II headings: the agenda is loaded as
/// Part I, and the notes' items with `minutes_part` (by default left unestablished, as loaded).
inline governance::Register cpb_register(std::optional<governance::AgendaPart> minutes_part = std::nullopt) {
    const auto folder = kExampleFolder / "cpb-2015-09-17";
    governance::Register reg;
    io::read_boards_table(reg, folder / "boards.tsv");
    const auto board = *governance::find_board(reg, "CPB");
    io::import_minutes(reg, board, io::read_minutes(folder / "notes.txt"), {.unmarked_part = minutes_part});
    io::import_agenda(reg, board,
                      io::read_agenda_table(folder / "agenda-2015-12-10.txt",
                                            {.unmarked_part = governance::AgendaPart::Public}));
    return reg;
}

} // namespace boardroom::test

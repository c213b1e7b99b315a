// A meeting kept as a folder of CSV files, the form the bundled examples take
// and the easiest one to type from a printed agenda:
//
//   meeting.csv  one row:  board, date (YYYY-MM-DD), time (HH:MM, optional),
//                          venue, status (scheduled | to be confirmed | held | cancelled)
//   agenda.csv   one row per item: number, title, purpose (Information | Action |
//                Discuss | Decision), part (I | II), and optionally
//                intended_outcome, lead (several separated by ';'), pages ("3-10"),
//                exempt_paragraph (1-7, Part II only), standing (yes | no),
//                urgent (yes | no) and urgent_reason (the special circumstances the
//                chair recorded for admitting urgent business; a reason alone
//                marks the item urgent, "urgent" = yes without one is an error)
//
// Every item must say whether it is Part I or Part II: an unmarked item is an
// error, never assumed public.
#pragma once

#include "boardroom/governance/data_quality.hpp"
#include "boardroom/governance/meeting.hpp"
#include "boardroom/io/csv.hpp"

#include <filesystem>
#include <vector>

namespace boardroom::io {

/// Loads meeting.csv and agenda.csv from `folder`. Throws InputError naming
/// the file, line and field at fault, or StorageError if a file cannot be read.
governance::Meeting load_meeting_folder(const std::filesystem::path& folder);
/// The same, adding a data-quality note for each file that was not UTF-8 and
/// was read as Windows-1252.
governance::Meeting load_meeting_folder(const std::filesystem::path& folder,
                                        std::vector<governance::DataQualityNote>& notes);

/// The same from tables already read: CSV files, or the "Meeting" and
/// "Agenda" sheets of a workbook (CsvTable::from_rows), so that errors name
/// the table's source, its row and the column.
governance::Meeting load_meeting_tables(const CsvTable& meeting, const CsvTable& agenda);

} // namespace boardroom::io

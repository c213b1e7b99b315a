// Contact details (telephone numbers, email addresses) as boards circulate
// them: a "List of Useful Names and Contact Details" pasted out of Word,
//
//   Name<TAB>Title<TAB>Organisation<TAB>Tel. Number
//   DIVISIONAL DESIGNATED SAFEGUARDING LEAD<TAB><TAB><TAB>
//   Sheila Minchin<TAB>Director of Quality & Support<TAB>West Lancashire College<TAB>01695 52361
//
// (the Prevent Duty material of the Children's Partnership Board's pack of
// 10 December 2015), or the same columns in a CSV file or a spreadsheet sheet.
// Contact details are private data (governance::ContactDetails): they are
// attached to people already in a Register, never published.
#pragma once

#include "boardroom/governance/data_quality.hpp"
#include "boardroom/governance/register.hpp"
#include "boardroom/io/csv.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::io {

/// Splits tab-separated text into a table: lines before the first line with
/// a tab are the document's heading and are skipped; the first tabbed line
/// is the header. Row numbers are the lines of `text` (plus `first_line` - 1).
/// Throws InputError for rows whose width differs from the header's.
CsvTable parse_tab_table(std::string_view text, std::string source, std::size_t first_line = 1);

/// Attaches the contact details of a contacts table to the people of `reg`.
/// Columns are found by their printed names, case and punctuation ignored:
/// "Name" (required), "Title", "Organisation", "Tel. Number" (or "Telephone",
/// "Phone") and "Email" (or "E-mail"); at least one of the last two. A row with
/// only its first cell filled is a section heading ("NOMINATED SAFEGUARDING
/// MANAGERS") and is skipped. An email address printed in the telephone cell
/// ("01772 413029 / 07943 050822 prevent@lancashire.pnn.police.uk") is taken
/// out of it as the email. Each name must name exactly one person of `reg`
/// (governance::find_people; the organisation settles a tie).
///
/// Throws InputError naming the table's source, the row's line and the field
/// ('Name', the telephone or email column) for a row without a name, a name
/// that names no one or several people, a second row for the same person, a
/// row with neither telephone nor email, or an email address that is not of
/// the form name@domain.tld. Nothing is attached unless the whole table is
/// good. Returns notes where the table and the register disagree (a title
/// the register does not hold for that person).
std::vector<governance::DataQualityNote> attach_contacts(governance::Register& reg, const CsvTable& table);

/// Reads a contacts file and attaches it: ".csv" as CSV, anything else as
/// tab-separated text. Throws StorageError if it cannot be read.
std::vector<governance::DataQualityNote> load_contacts(governance::Register& reg, const std::filesystem::path& path);

/// True for "name@domain.tld": one '@', no spaces, a dot inside the domain.
bool is_plausible_email(std::string_view text) noexcept;

} // namespace boardroom::io

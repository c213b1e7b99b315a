// Attendance as minutes print it. Two forms are read, line by line:
//
//  * partnership notes: "Name<TAB>Job title<TAB>Organisation" rows under
//    "Present:", "Apologies:", "In attendance:" or "Absent:" headings, with
//    "(Chair)" fused to a name ("Rebecca Huddleston(Chair)") and "Cllr"
//    honorifics;
//  * council minutes: "County Councillor Bill Winlow (Chair)", a "County
//    Councillors" heading, then a grid of initial + surname ("C Crompton
//    D Watts D O'Toole G Wilkins", "Mrs F Craig-Wilson"), then the
//    substitution sentence "CC Cynthia Dereli replaced CC Richard
//    Newman-Thompson, ... and CC Fabian Craig-Wilson replaced CC Vivien
//    Taylor for this meeting."
#pragma once

#include "boardroom/governance/data_quality.hpp"
#include "boardroom/governance/membership.hpp"
#include "boardroom/governance/people.hpp"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::io {

struct AttendanceEntry {
    std::size_t line{0};
    governance::AttendanceStatus status{governance::AttendanceStatus::Present};
    std::string printed;              ///< the name as printed, "(Chair)" included
    governance::PersonName name;      ///< parsed; chair_marker set for "(Chair)"
    std::string title;                ///< job title as printed; may be empty
    std::string organisation;         ///< as printed; empty in a member grid
    governance::PersonName replaces;  ///< Substitute only: the member replaced
    std::size_t replaces_line{0};     ///< line of the substitution sentence
    std::vector<std::string> other_forms; ///< other printed forms of this name
};

struct AttendanceList {
    std::string source;
    std::vector<AttendanceEntry> entries;  ///< in printed order; substitutes where listed
    std::vector<governance::DataQualityNote> notes;

    /// Entries with this status.
    std::size_t count(governance::AttendanceStatus status) const noexcept;
};

/// Parses an attendance block (either form, or both). `first_line` is the
/// line number of the first line of `text` in `source`. Throws InputError
/// naming source, line and field ('section', 'name', 'organisation',
/// 'substitution') for a row before any heading, an empty name, a tab row
/// without an organisation or with too many cells, a grid with a surname but
/// no initial, or a substitution clause that does not say who replaced whom.
/// Name forms that disagree (a substitute printed "Mrs F Craig-Wilson" in the
/// grid and "CC Fabian Craig-Wilson" in the sentence) are kept and noted.
AttendanceList parse_attendance_list(std::string_view text, const std::string& source, std::size_t first_line = 1);

/// Reads and parses a file; throws StorageError if it cannot be read.
AttendanceList read_attendance_list(const std::filesystem::path& path);

/// True if the line starts an attendance section: "Present:", "Apologies:",
/// "Apologies for absence:", "In attendance:", "Also present:", "Absent:".
bool is_attendance_heading(std::string_view line);

struct Substitution {
    governance::PersonName substitute;
    governance::PersonName replaced;
    std::string printed;  ///< the clause, "CC Cynthia Dereli replaced CC Richard Newman-Thompson"
};

/// True if the line reads as a substitution sentence ("X replaced Y").
bool is_substitution_sentence(std::string_view line);

/// Parses "A replaced B, C replaced D and E replaced F for this meeting."
/// ("substituted for" is read like "replaced"). Throws InputError naming
/// source, line and field 'substitution' for a clause without a substitute
/// and a member.
std::vector<Substitution> parse_substitutions(std::string_view sentence, const std::string& source,
                                              std::size_t line);

} // namespace boardroom::io

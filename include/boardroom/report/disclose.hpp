// The disclosure gate: the one place that decides what of a board's records
// may be published. Every public output (the pack, the JSON and Popolo
// exports, the draft agenda, matters arising, the forward plan, the public
// DataFrame views) is made from what disclose() returns, never by hiding
// parts of the private records at render time; check_public_text() then
// scans the finished text for contact details before it is written.
#pragma once

#include "boardroom/governance/meeting.hpp"
#include "boardroom/governance/register.hpp"
#include "boardroom/io/store_bundle.hpp"

#include <optional>
#include <string_view>

namespace boardroom::report {

struct DisclosureOptions {
    /// What a minute, action or declaration is when neither it, its minutes'
    /// Part I / Part II headings nor the meeting's agenda say which part it
    /// belongs to. std::nullopt (the default): disclose() refuses with a
    /// DisclosureError naming the meeting and item. Public states that the
    /// papers have no exempt business; Exempt withholds every such record.
    std::optional<governance::AgendaPart> unmarked_part{};
};

/// The title printed in public in place of a Part II item's title.
inline constexpr std::string_view withheld_title = "Not for publication";

/// The bundle as it may be published (Schedule 12A and section 100A of the
/// Local Government Act 1972; UK GDPR for personal data):
/// - Part II agenda items, minute items, actions, declarations and
///   forward-plan topics keep their number (or meeting and date), their part
///   and Schedule 12A paragraph; their titles become withheld_title and their
///   text, leads, papers, narrative, resolutions, owners and status notes are
///   removed; declarations on Part II items are removed, and with them the
///   record's minuted wording; the reason for Part II urgent business is
///   withheld (see public_view);
/// - the part of a record comes from the record itself, the minute item it
///   was raised at and the agenda item of the same meeting (item numbers
///   compared as governance::item_key), Part II winning; a record of no
///   established part is handled as options.unmarked_part says, by default
///   refused: DisclosureError naming the board, meeting and item;
/// - everyone's contact details and every data-quality note (they quote the
///   papers and name files on the officer's computer) are removed.
/// Plans, risk registers, diagnostics and self-assessments are kept as they
/// are. Throws ValidationError for a meeting that breaks the agenda rules.
io::BoardBundle disclose(const io::BoardBundle& bundle, const DisclosureOptions& options = {});

/// The register alone, as disclose() would publish it.
governance::Register disclose(const governance::Register& reg, const DisclosureOptions& options = {});

} // namespace boardroom::report

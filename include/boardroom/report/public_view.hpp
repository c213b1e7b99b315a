// What may be published. A public pack is made from a public view of the data,
// never by hiding parts of a private one at render time.
#pragma once

#include "boardroom/governance/meeting.hpp"

#include <string>
#include <string_view>

namespace boardroom::report {

/// The meeting as it may be shown to press and public, the part of the
/// disclosure gate (report::disclose) that applies to one meeting: Part II
/// items keep their number, purpose and exemption paragraph; their title
/// becomes withheld_title, their intended outcome, leads and papers are removed, and the reason recorded for urgent business is replaced
/// by "withheld (Exempt — paragraph N ...)". Throws ValidationError if the meeting breaks the agenda
/// rules (so an exempt item without its paragraph cannot slip through).
governance::Meeting public_view(const governance::Meeting& meeting);

/// "Exempt — paragraph 7 of Schedule 12A to the Local Government Act 1972",
/// the line printed under a Part II heading; empty for a Part I item.
std::string exempt_notice(const governance::AgendaItem& item);
/// The same for a paragraph (1-7, or 0 when the papers do not give it).
std::string exempt_notice(int paragraph);

/// Escapes &, <, >, " and ' for HTML text and attribute values.
std::string html_escape(std::string_view text);

} // namespace boardroom::report

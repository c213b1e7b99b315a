// The JSON interchange document (docs/json-format.md): a whole board bundle,
// or just its register or one plan, as {"format": "boardroom", "version": 1,
// ...}. Writing is deterministic (members in a fixed order, records in model
// order), so model -> JSON -> model -> JSON gives identical text.
//
// Also a Popolo-shaped export (https://www.popoloproject.com: persons,
// organizations, memberships, events) for open-data users; it is always public.
#pragma once

#include "boardroom/governance/register.hpp"
#include "boardroom/io/store_bundle.hpp"
#include "boardroom/plans/plan.hpp"

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace boardroom::io {

/// The document version this build writes; the version changes whenever the
/// members of the document change. Version 2 added agenda items'
/// `urgent_reason`; version 3 the `part` and `exempt_paragraph` of minutes,
/// actions, declarations and forward-plan entries, and contacts' `postcode`;
/// version 4 the `indicator` of plan actions and risks.
inline constexpr int json_format_version = 4;
/// The oldest version a reader still reads; it refuses versions outside
/// json_oldest_format_version..json_format_version.
inline constexpr int json_oldest_format_version = 1;

struct JsonOptions {
    /// A document that may be published: the bundle as the disclosure gate
    /// (report::disclose) makes it, and the written text checked for contact
    /// details (report::check_public_text); DisclosureError otherwise.
    bool public_only{false};
    /// Unset: included unless public_only. True with public_only: DisclosureError.
    std::optional<bool> include_contact_details{};
    /// Unset: included unless public_only. True with public_only: DisclosureError.
    std::optional<bool> include_exempt_content{};
    /// Spaces per level; negative for one line.
    int indent{2};
    /// Records of no established part, in a document without exempt content:
    /// see report::DisclosureOptions (std::nullopt: DisclosureError).
    std::optional<governance::AgendaPart> unmarked_part{};
};

/// Throws DisclosureError for options that ask a public document for private
/// data, for a record whose part is not established (see unmarked_part) and
/// for contact details left in the public text; ValidationError for a meeting
/// that breaks the agenda rules.
std::string to_json_text(const BoardBundle& bundle, const JsonOptions& options = {});
/// The same document written to `out` as it is made, `chunk_bytes` at a time (after whole
/// records), so a county's store is never held as one text: memory stays at one record and
/// one chunk. A public document is still checked whole (report::check_public_text) before
/// any of it is written. Throws StorageError when `out` fails, and as to_json_text.
void write_json(std::ostream& out, const BoardBundle& bundle, const JsonOptions& options = {},
                std::size_t chunk_bytes = std::size_t{1} << 20);
std::string to_json_text(const governance::Register& reg, const JsonOptions& options = {});
std::string to_json_text(const plans::Plan& plan, const JsonOptions& options = {});

/// Reads a document. `source_name` names the input in errors (a path, or a
/// name for text from elsewhere). Throws InputError for text that is not JSON
/// (with its line), a format that is not "boardroom", a version it does not
/// read (json_oldest_format_version to json_format_version), and any member that is unknown, of the wrong type or
/// has an impossible value, naming its JSON path as record ("people[3]",
/// "meetings[0].agenda[2]") and field ("honorific"). The records read are
/// then checked (check_references, plans::validate); a failure is an
/// InputError naming `source_name`.
BoardBundle bundle_from_json_text(std::string_view text, const std::string& source_name);
/// The register of a document (its plans and other parts are checked, then dropped).
governance::Register register_from_json_text(std::string_view text, const std::string& source_name);
/// The one plan of a document; InputError (field "plans") unless it has exactly one.
plans::Plan plan_from_json_text(std::string_view text, const std::string& source_name);

/// The register as Popolo: persons (name, honorific_prefix, given_name,
/// family_name, other_names), organizations (organisations and boards, with
/// classification and parent_id), memberships (person_id, organization_id,
/// role, on_behalf_of_id, start_date, end_date) and events (meetings with
/// organization_id, start_date, location, status, attendees, and their public
/// agenda items as children). Never contains contact details or Part II
/// content. Ids are "person/3", "organization/2", "board/1", "meeting/4".
std::string to_popolo_json_text(const governance::Register& reg, int indent = 2);

} // namespace boardroom::io

// Organisations and the people who sit on boards for them, modelled after
// Popolo's Person and Organization so that an open-data export is a mapping,
// not a redesign.
#pragma once

#include "boardroom/core/date.hpp"
#include "boardroom/core/id.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::governance {

struct Organisation {
    OrganisationId id;
    std::string name;                  ///< as first printed: "Chorley Council"
    std::vector<std::string> aliases;  ///< other printed forms: "LCC" for "Lancashire County Council"
    std::string classification;        ///< free text: "council", "NHS trust", "school"; may be empty
};

/// Private data: never part of a public export (the report and JSON layers must
/// refuse to publish it; see DisclosureError).
struct ContactDetails {
    std::string phone;
    std::string email;
    std::string postcode;  ///< of a private address; a venue's postcode is not private
};

/// A job title held from one date to another. Minutes rarely say when a title
/// changed, so either end may be unknown; `seen_on` records a date on which the
/// title was printed, which is always known when it came from a document.
struct DatedTitle {
    std::string title;
    std::optional<Date> from;
    std::optional<Date> to;
    std::optional<Date> seen_on;

    /// True if the title is known or assumed to be held on `date`: inside
    /// [from, to] with open ends treated as unbounded.
    bool held_on(Date date) const noexcept;
};

struct Person {
    PersonId id;
    std::string honorific;    ///< "Cllr", "CC", "Mrs", "Dr"; empty if none printed
    std::string given_name;   ///< "Yvonne", or an initial "C" when only that was printed
    std::string family_name;  ///< "Gagen", "Craig-Wilson", "O'Toole"
    /// Initials the board uses for this person in ACTION BY columns, when they
    /// differ from those derived from the name; empty to derive them.
    std::string initials;
    /// Other forms in which the name was printed ("Mrs F Craig-Wilson"), kept
    /// because the seeds disagree with themselves and we do not pick a winner.
    std::vector<std::string> other_names;
    std::vector<DatedTitle> titles;
    OrganisationId organisation;           ///< the employer or council, if known
    std::optional<ContactDetails> contact; ///< private
};

/// A name as printed, split into its parts. `chair_marker` holds "Chair" (or
/// "Deputy Chair", "Vice Chair") when "(Chair)" was printed after the name.
struct PersonName {
    std::string honorific;
    std::string given_name;
    std::string family_name;
    std::string chair_marker;
};

/// Splits "Cllr Yvonne Gagen", "County Councillor Bill Winlow (Chair)",
/// "Rebecca Huddleston(Chair)", "Mrs F Craig-Wilson", "CC Cynthia Dereli".
/// The family name is the last word; the honorific is any leading run of
/// "Cllr", "Councillor", "County Councillor", "CC", "Mr", "Mrs", "Ms", "Miss",
/// "Dr", "Prof", "Revd", "Sir", "Dame". Throws ValidationError for an empty name.
PersonName parse_person_name(std::string_view printed);

/// "Yvonne Gagen" (honorific left out).
std::string full_name(const Person& person);
/// "Cllr Yvonne Gagen".
std::string display_name(const Person& person);
/// The explicit initials if set, otherwise the first letter of each given name
/// and of each part of the family name: "Karl Turner" -> "KT",
/// "Fabian Craig-Wilson" -> "FCW". Always upper case.
std::string initials_of(const Person& person);

/// True if the honorific is one a council gives its elected members ("Cllr",
/// "CC", "County Councillor"), as opposed to a courtesy title ("Mrs").
bool is_councillor_honorific(std::string_view honorific) noexcept;

/// Could `printed` name this person? The family names must match (ignoring
/// case) and the given names must agree as far as both go: "C" matches
/// "Cynthia", "Steph" matches "Stephanie", "Mark" does not match "Michael".
bool name_matches(const Person& person, const PersonName& printed);

/// The title held on `date` (the most specific dated entry that covers it),
/// or std::nullopt.
std::optional<std::string> title_on(const Person& person, Date date);

/// Records that the person was printed with `title` on `date`: extends the
/// entry with the same title, or adds one. Keeps earlier titles (a title that
/// changed is a new dated entry, not an overwrite).
void note_title(Person& person, const std::string& title, Date date);

/// Key for comparing organisation and board names: lower case words with "&"
/// read as "and", apostrophes and punctuation dropped, joined by one space.
std::string normalise_name(std::string_view name);

} // namespace boardroom::governance

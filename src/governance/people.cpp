#include "boardroom/governance/people.hpp"

#include "boardroom/core/error.hpp"
#include "../text.hpp"

#include <array>

namespace boardroom::governance {

namespace {

// Honorifics as they appear before names in the packs. "County Councillor" is
// two words and is checked first so that "Councillor" does not eat half of it.
constexpr std::array<std::string_view, 14> kHonorifics{
    "County Councillor", "Councillor", "Cllr", "Cllr.", "CC", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Revd",
    "Sir", "Dame"};

constexpr std::array<std::string_view, 4> kChairMarkers{"Deputy Chair", "Vice Chair", "Vice-Chair", "Chair"};

// Does `given` agree with `other` as far as both go? "C" ~ "Cynthia",
// "Steph" ~ "Stephanie"; empty agrees with anything (nothing printed).
bool given_names_agree(std::string_view given, std::string_view other) {
    given = text::trim(given);
    other = text::trim(other);
    if (given.empty() || other.empty()) return true;
    const auto a = text::words(given);
    const auto b = text::words(other);
    // Compare the first given name only: middle names and initials are often dropped.
    std::string x = a.front(), y = b.front();
    if (!x.empty() && x.back() == '.') x.pop_back();
    if (!y.empty() && y.back() == '.') y.pop_back();
    const std::size_t n = std::min(x.size(), y.size());
    return text::iequals(std::string_view(x).substr(0, n), std::string_view(y).substr(0, n));
}

} // namespace

bool DatedTitle::held_on(Date date) const noexcept {
    if (from && date < *from) return false;
    if (to && date > *to) return false;
    return true;
}

PersonName parse_person_name(std::string_view printed) {
    std::string_view rest = text::trim(printed);
    PersonName out;
    // "(Chair)" fused to the name, with or without a space before it.
    if (!rest.empty() && rest.back() == ')') {
        const auto open = rest.rfind('(');
        if (open != std::string_view::npos) {
            const auto marker = text::trim(rest.substr(open + 1, rest.size() - open - 2));
            for (const auto candidate : kChairMarkers)
                if (text::iequals(marker, candidate)) {
                    out.chair_marker = std::string(candidate == "Vice-Chair" ? "Vice Chair" : candidate);
                    rest = text::trim(rest.substr(0, open));
                    break;
                }
        }
    }
    bool matched = true;
    while (matched && !rest.empty()) {
        matched = false;
        for (const auto honorific : kHonorifics) {
            if (rest.size() > honorific.size() && text::istarts_with(rest, honorific) &&
                text::is_space(rest[honorific.size()])) {
                if (!out.honorific.empty()) out.honorific += ' ';
                out.honorific += std::string(honorific == "Cllr." ? "Cllr" : honorific);
                rest = text::trim(rest.substr(honorific.size()));
                matched = true;
                break;
            }
        }
    }
    const auto parts = text::words(rest);
    if (parts.empty()) throw ValidationError("a person's name is empty in '" + std::string(printed) + "'");
    out.family_name = parts.back();
    std::vector<std::string> given(parts.begin(), parts.end() - 1);
    out.given_name = text::join(given, " ");
    return out;
}

std::string full_name(const Person& person) {
    if (person.given_name.empty()) return person.family_name;
    return person.given_name + " " + person.family_name;
}

std::string display_name(const Person& person) {
    const std::string name = full_name(person);
    return person.honorific.empty() ? name : person.honorific + " " + name;
}

std::string initials_of(const Person& person) {
    if (!person.initials.empty()) return text::upper(person.initials);
    std::string out;
    for (const auto& word : text::words(person.given_name))
        if (text::is_alpha(word.front())) out += word.front();
    std::size_t start = 0;
    const std::string& family = person.family_name;
    while (start < family.size()) {
        // "O'Toole" is one part ("O"), "Craig-Wilson" two ("CW").
        const auto hyphen = family.find('-', start);
        const std::string part = family.substr(start, hyphen == std::string::npos ? std::string::npos : hyphen - start);
        if (!part.empty() && text::is_alpha(part.front())) out += part.front();
        if (hyphen == std::string::npos) break;
        start = hyphen + 1;
    }
    return text::upper(out);
}

bool is_councillor_honorific(std::string_view honorific) noexcept {
    const auto h = text::trim(honorific);
    return text::iequals(h, "Cllr") || text::iequals(h, "CC") || text::iequals(h, "Councillor") ||
           text::iequals(h, "County Councillor");
}

bool name_matches(const Person& person, const PersonName& printed) {
    if (!text::iequals(text::trim(person.family_name), text::trim(printed.family_name))) return false;
    return given_names_agree(person.given_name, printed.given_name);
}

std::optional<std::string> title_on(const Person& person, Date date) {
    // Among the entries that cover the date, the one printed on that very date
    // wins; otherwise the one whose last known date (start, or a sighting not
    // after `date`) is latest; entries with nothing known come last.
    const DatedTitle* best = nullptr;
    std::optional<Date> best_key;
    for (const auto& entry : person.titles) {
        if (!entry.held_on(date)) continue;
        if (entry.seen_on == date) return entry.title;
        std::optional<Date> key = entry.from;
        if (entry.seen_on && *entry.seen_on <= date && (!key || *entry.seen_on > *key)) key = entry.seen_on;
        if (!best || (key && (!best_key || *key > *best_key))) {
            best = &entry;
            best_key = key;
        }
    }
    if (!best) return std::nullopt;
    return best->title;
}

void note_title(Person& person, const std::string& title, Date date) {
    if (text::trim(title).empty()) return;
    for (auto& entry : person.titles)
        if (entry.title == title) {
            if (!entry.seen_on || date > *entry.seen_on) entry.seen_on = date;
            return;
        }
    // A different title: the earlier one was held at least until it was last
    // seen; both stay in the history with what is known of their dates.
    person.titles.push_back(DatedTitle{title, std::nullopt, std::nullopt, date});
}

std::string normalise_name(std::string_view name) { return text::join(text::name_words(name), " "); }

} // namespace boardroom::governance

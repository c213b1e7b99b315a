// Minutes into the register. The text loaders keep what was printed; this is
// where printed names become people, initials become owners, and sentences
// such as "None were disclosed" become records.
#include "boardroom/io/governance_import.hpp"

#include "boardroom/core/error.hpp"
#include "boardroom/governance/queries.hpp"

#include "../text.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace boardroom::io {

using governance::AttendanceStatus;
using governance::DataQualityNote;
using governance::Register;

namespace {

// "CHILD SEXUAL EXPLOITATION" -> "Child Sexual Exploitation"; text with lower
// case letters is left alone (it was already typed as meant).
std::string title_case(std::string_view printed) {
    if (std::any_of(printed.begin(), printed.end(), [](char c) { return text::is_lower(c); }))
        return std::string(printed);
    std::string out;
    bool first = true;
    for (const auto& word : text::words(printed)) {
        std::string w = text::lower(word);
        const bool small = w == "and" || w == "of" || w == "the" || w == "for" || w == "to" || w == "in" ||
                           w == "on" || w == "at" || w == "with" || w == "a" || w == "an";
        if (!(small && !first) && !w.empty()) w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
        if (!out.empty()) out += ' ';
        out += w;
        first = false;
    }
    return out;
}

// "10 December" from "Thursday 10 December 2015".
std::string day_and_month(Date date) {
    const auto w = text::words(to_long_string(date));
    return w.size() == 4 ? w[1] + " " + w[2] : to_iso_string(date);
}

std::string strip_punctuation(std::string_view word) {
    while (!word.empty() && !text::is_alpha(word.back())) word.remove_suffix(1);
    while (!word.empty() && !text::is_alpha(word.front())) word.remove_prefix(1);
    return std::string(word);
}

bool is_interests_item(const std::string& key) {
    return key.find("interest") != std::string::npos &&
           (key.find("disclosure") != std::string::npos || key.find("declaration") != std::string::npos);
}

void import_interests(Register& reg, MeetingId meeting_id, const MinuteItemText& item,
                      const std::vector<std::pair<PersonId, std::size_t>>& attendees, const std::string& source,
                      std::vector<DataQualityNote>& notes) {
    governance::InterestsRecord record;
    record.meeting = meeting_id;
    for (const auto& paragraph : item.paragraphs) {
        const std::string key = governance::normalise_name(paragraph.text);
        if (key.rfind("none", 0) == 0 || key.rfind("no declarations", 0) == 0 || key.rfind("no interests", 0) == 0 ||
            key.rfind("there were no", 0) == 0) {
            record.none_disclosed = true;
            record.as_minuted = paragraph.text;
            continue;
        }
        governance::DeclarationOfInterest declaration;
        declaration.text = paragraph.text;
        declaration.kind = key.find("non pecuniary") != std::string::npos ? governance::InterestKind::NonPecuniary
                           : key.find("pecuniary") != std::string::npos  ? governance::InterestKind::Pecuniary
                                                                          : governance::InterestKind::Other;
        const auto words = text::words(paragraph.text);
        for (std::size_t i = 0; i + 1 < words.size(); ++i)
            if (text::iequals(strip_punctuation(words[i]), "item")) declaration.item = strip_punctuation(words[i + 1]);
        for (const auto& [id, line] : attendees) {
            const auto& family = governance::person(reg, id).family_name;
            if (std::any_of(words.begin(), words.end(),
                            [&family](const std::string& w) { return text::iequals(strip_punctuation(w), family); })) {
                declaration.member = id;
                break;
            }
        }
        if (!declaration.member.valid()) {
            notes.push_back({source, paragraph.line,
                             "a declaration names no one recorded at the meeting; not kept: '" + paragraph.text + "'"});
            continue;
        }
        record.as_minuted += (record.as_minuted.empty() ? "" : "\n") + paragraph.text;
        record.declarations.push_back(std::move(declaration));
    }
    if (record.none_disclosed && !record.declarations.empty()) {
        notes.push_back({source, item.line, "the interests item says none were disclosed and records declarations; "
                                            "the declarations are kept"});
        record.none_disclosed = false;
    }
    if (!governance::interests_at(reg, meeting_id)) reg.interests.push_back(std::move(record));
}

void record_chair(Register& reg, BoardId board_id, PersonId chair, governance::Role role, Date date,
                  bool newly_appointed, const std::string& source, std::size_t line, std::vector<DataQualityNote>& notes) {
    for (const auto& ms : reg.memberships)
        if (ms.board == board_id && ms.person == chair && ms.role == role && governance::active_on(ms, date)) return;
    const std::string when = to_long_string(date);
    if (role == governance::Role::Chair) {
        // One chair at a time: a new chair ends the open term of the previous one.
        for (auto& ms : reg.memberships)
            if (ms.board == board_id && ms.role == governance::Role::Chair && ms.person != chair && !ms.end &&
                governance::active_on(ms, date)) {
                ms.end = Date{std::chrono::sys_days{date} - std::chrono::days{1}};
                notes.push_back({source, line, full_name(governance::person(reg, ms.person)) +
                                                   "'s term as chair is taken to end the day before " + when});
            }
    }
    governance::Membership ms;
    ms.person = chair;
    ms.board = board_id;
    ms.role = role;
    ms.on_behalf_of = governance::person(reg, chair).organisation;
    if (newly_appointed) {
        ms.start = date;
        ms.note = "introduced as newly appointed at the meeting of " + when +
                  "; the appointment date is not printed, so the term starts at the first meeting chaired";
        notes.push_back({source, line, full_name(governance::person(reg, chair)) + ": " + ms.note});
    } else {
        ms.note = "chaired the meeting of " + when;
    }
    reg.memberships.push_back(std::move(ms));
}

void add_member(Register& reg, BoardId board_id, PersonId id, Date date, OrganisationId org) {
    for (const auto& ms : reg.memberships)
        if (ms.board == board_id && ms.person == id && governance::active_on(ms, date)) return;
    governance::Membership ms;
    ms.person = id;
    ms.board = board_id;
    ms.on_behalf_of = org;
    ms.note = "recorded from the attendance of " + to_long_string(date) + "; term dates not printed";
    reg.memberships.push_back(std::move(ms));
}

} // namespace

void check_printed_board_name(Register& reg, BoardId board_id, const std::string& printed, const std::string& source,
                              std::size_t line, std::vector<DataQualityNote>& notes) {
    if (printed.empty()) return;
    governance::Board& b = governance::board(reg, board_id);
    if (!b.is_called(printed)) {
        notes.push_back({source, line, "the heading names '" + printed + "', not a known name of '" + b.name + "'"});
        return;
    }
    const std::string key = governance::normalise_name(printed);
    if (governance::normalise_name(b.name) == key) return;
    for (const auto& alias : b.aliases)
        if (governance::normalise_name(alias) == key) return;
    notes.push_back({source, line,
                     "the board's name is printed as '" + printed + "', its words in another order than '" + b.name +
                         "'; taken as the same board and kept as an alias"});
    b.aliases.push_back(printed);
}

MeetingId add_announced_meeting(Register& reg, BoardId board_id, const MeetingLine& ml, const std::string& source,
                                std::size_t line, std::vector<DataQualityNote>& notes) {
    const Date date = ml.date.date;
    if (ml.date.year_inferred)
        notes.push_back({source, line, "no year is printed for the meeting of " + day_and_month(date) + "; taken as " +
                                           to_iso_string(date)});
    if (auto found = governance::find_meeting(reg, board_id, date)) {
        governance::Meeting& m = governance::meeting(reg, *found);
        if (!ml.venue.empty()) {
            if (m.venue.empty()) m.venue = ml.venue;
            else if (governance::normalise_name(m.venue) != governance::normalise_name(ml.venue))
                notes.push_back({source, line, "the meeting of " + to_iso_string(date) + " is printed at '" + ml.venue +
                                                   "' here and at '" + m.venue + "' elsewhere; both kept, the diary says '" +
                                                   m.venue + "'"});
        }
        if (ml.start) {
            if (!m.start) m.start = ml.start;
            else if (*m.start != *ml.start)
                notes.push_back({source, line, "the meeting of " + to_iso_string(date) + " starts at " +
                                                   to_string(*ml.start) + " here and " + to_string(*m.start) +
                                                   " elsewhere; the diary keeps " + to_string(*m.start)});
        }
        if (ml.end && !m.end) m.end = ml.end;
        return m.id;
    }
    governance::Meeting m;
    m.board_id = board_id;
    m.date = date;
    m.start = ml.start;
    m.end = ml.end;
    m.venue = ml.venue;
    m.status = ml.status;
    return governance::add_meeting(reg, std::move(m));
}

ImportResult import_minutes(Register& reg, BoardId board_id, const MinutesDocument& doc, const ImportOptions& options) {
    ImportResult result;
    auto& notes = result.notes;
    notes = doc.notes;
    const std::string& src = doc.source;
    if (!doc.meeting) throw InputError({src, 0, "", "heading"}, "the minutes give no date of the meeting");
    const Date date = doc.meeting->date.date;
    (void)governance::board(reg, board_id);
    check_printed_board_name(reg, board_id, doc.board_name, src, doc.meeting_line, notes);

    // The meeting: the diary entry for that day, now held, or a new one.
    if (auto found = governance::find_meeting(reg, board_id, date)) {
        result.meeting = *found;
        governance::Meeting& m = governance::meeting(reg, *found);
        m.status = governance::MeetingStatus::Held;
        if (m.venue.empty()) m.venue = doc.meeting->venue;
        if (!m.start) m.start = doc.meeting->start;
    } else {
        governance::Meeting m;
        m.board_id = board_id;
        m.date = date;
        m.start = doc.meeting->start;
        m.venue = doc.meeting->venue;
        m.status = governance::MeetingStatus::Held;
        result.meeting = governance::add_meeting(reg, std::move(m));
    }
    const MeetingId meeting_id = result.meeting;
    // Importing the same minutes twice would double every action and approval.
    if (std::any_of(reg.minutes.begin(), reg.minutes.end(), [meeting_id](const auto& m) { return m.meeting == meeting_id; }))
        throw ValidationError("the minutes of the " + governance::meeting(reg, meeting_id).board + " meeting of " +
                              to_iso_string(date) + " are already in the register");

    std::string default_org = options.default_organisation;
    if (default_org.empty() && !doc.board_name.empty()) {
        const auto at = std::find(doc.heading.begin(), doc.heading.end(), doc.board_name);
        if (at != doc.heading.end() && at != doc.heading.begin()) default_org = *(at - 1);
    }
    const OrganisationId default_org_id =
        default_org.empty() ? OrganisationId{} : governance::find_or_add_organisation(reg, default_org);

    std::string all_text;
    for (const auto& item : doc.items)
        for (const auto& paragraph : item.paragraphs) all_text.append(paragraph.text).append("\n");

    // Attendance.
    std::vector<std::pair<PersonId, std::size_t>> attendees; // person, attendance line
    std::size_t substitutions = 0, substitution_line = 0;
    for (const auto& entry : doc.attendance.entries) {
        const OrganisationId org =
            entry.organisation.empty() ? default_org_id : governance::find_or_add_organisation(reg, entry.organisation);
        const auto match = governance::find_or_add_person(reg, entry.name, org);
        if (match.ambiguous)
            notes.push_back({src, entry.line, "'" + entry.printed + "' could be several people already recorded; "
                                              "added as a new person"});
        std::string family_name;
        {
            // Scoped: adding the replaced member below may move the people vector.
            governance::Person& p = governance::person(reg, match.id);
            governance::note_title(p, entry.title, date);
            for (const auto& form : entry.other_forms)
                if (std::find(p.other_names.begin(), p.other_names.end(), form) == p.other_names.end())
                    p.other_names.push_back(form);
            family_name = p.family_name;
        }
        if (std::any_of(attendees.begin(), attendees.end(), [&match](const auto& a) { return a.first == match.id; })) {
            notes.push_back({src, entry.line, "'" + entry.printed + "' is recorded twice at this meeting; the first kept"});
            continue;
        }
        governance::Attendance record;
        record.meeting = meeting_id;
        record.person = match.id;
        record.status = entry.status;
        record.capacity = entry.title;
        record.organisation = org;
        record.chaired = entry.name.chair_marker == "Chair";
        if (entry.status == AttendanceStatus::Substitute) {
            record.replaces = governance::find_or_add_person(reg, entry.replaces, default_org_id.valid() ? default_org_id : org).id;
            ++substitutions;
            substitution_line = entry.replaces_line;
            if (options.memberships_from_attendance) add_member(reg, board_id, record.replaces, date, default_org_id);
        } else if (options.memberships_from_attendance && entry.status != AttendanceStatus::InAttendance &&
                   entry.name.chair_marker.empty()) {
            add_member(reg, board_id, match.id, date, org);
        }
        reg.attendance.push_back(record);
        attendees.emplace_back(match.id, entry.line);
        if (!entry.name.chair_marker.empty()) {
            const auto role = governance::parse_role(entry.name.chair_marker).value_or(governance::Role::Chair);
            const std::string lower_text = text::lower(all_text);
            const bool newly = (lower_text.find("newly appointed chair") != std::string::npos ||
                                lower_text.find("new chair") != std::string::npos) &&
                               lower_text.find(text::lower(family_name)) != std::string::npos;
            record_chair(reg, board_id, match.id, role, date, newly, src, entry.line, notes);
        }
    }

    // Items.
    governance::Board& b = governance::board(reg, board_id);
    std::vector<std::string> unmarked_items;
    for (const auto& item : doc.items) {
        governance::MinuteItem minute;
        minute.meeting = meeting_id;
        minute.number = item.number;
        minute.title = item.title;
        minute.part = item.part;
        minute.exempt_paragraph = item.exempt_paragraph;
        if (!minute.part && options.unmarked_part) {
            minute.part = options.unmarked_part;
            unmarked_items.push_back(item.number);
        }
        const auto minute_part = minute.part;
        const int minute_paragraph = minute.exempt_paragraph;
        for (const auto& paragraph : item.paragraphs) minute.paragraphs.push_back(paragraph.text);
        for (const auto& resolution : item.resolutions) minute.resolutions.push_back(resolution.resolution);
        reg.minutes.push_back(std::move(minute));

        const std::string key = governance::normalise_name(item.title);
        if (is_interests_item(key)) import_interests(reg, meeting_id, item, attendees, src, notes);
        for (const auto& paragraph : item.paragraphs) {
            const std::string lower = text::lower(paragraph.text);
            if (key.find("apologies") != std::string::npos &&
                governance::normalise_name(paragraph.text).rfind("no apologies", 0) == 0 && substitutions > 0)
                notes.push_back({src, paragraph.line,
                                 "'" + paragraph.text + "' although " + std::to_string(substitutions) +
                                     " member(s) were replaced by substitutes (line " +
                                     std::to_string(substitution_line) + ")"});
            const auto held_on = lower.find("minutes of the meeting held on");
            if (held_on != std::string::npos &&
                (lower.find("correct record") != std::string::npos || lower.find("accurate record") != std::string::npos)) {
                const auto printed = find_printed_date(std::string_view(paragraph.text).substr(held_on), date,
                                                       YearHint::OnOrBefore);
                if (!printed) {
                    notes.push_back({src, paragraph.line, "minutes approved without a date: '" + paragraph.text + "'"});
                } else {
                    if (printed->year_inferred)
                        notes.push_back({src, paragraph.line, "no year is printed for the approved minutes of " +
                                                                  day_and_month(printed->date) + "; taken as " +
                                                                  to_iso_string(printed->date)});
                    governance::MinutesApproval approval;
                    approval.at = meeting_id;
                    approval.item = item.number;
                    approval.minutes_of = printed->date;
                    approval.minutes_of_meeting = governance::find_meeting(reg, board_id, printed->date).value_or(MeetingId{});
                    approval.as_correct_record = true;
                    approval.as_minuted = paragraph.text;
                    reg.approvals.push_back(std::move(approval));
                }
            }
            if (lower.find("now a standing item") != std::string::npos) {
                governance::StandingItem standing;
                standing.item.title = title_case(item.title);
                standing.item.standing = true;
                standing.item.purpose = governance::ItemPurpose::Discuss;
                const std::string title_key = governance::normalise_name(standing.item.title);
                if (std::none_of(b.standing_items.begin(), b.standing_items.end(), [&title_key](const auto& s) {
                        return governance::normalise_name(s.item.title) == title_key;
                    }))
                    b.standing_items.push_back(std::move(standing));
            }
            if (governance::is_meeting_dates_item(item.title))
                if (auto ml = parse_meeting_line(paragraph.text, date, YearHint::OnOrAfter); ml && date < ml->date.date)
                    add_announced_meeting(reg, board_id, *ml, src, paragraph.line, notes);
        }
        for (const auto& line : item.actions) {
            governance::Action a;
            a.raised_at = meeting_id;
            a.item = item.number;
            a.text = line.text;
            a.owners_as_printed = line.initials;
            a.due = options.action_due;
            a.part = minute_part;  // an action raised at a Part II item is Part II
            a.exempt_paragraph = minute_paragraph;
            if (line.unassigned) {
                // A commitment minuted without initials: kept, with no owner (parse_minutes noted it).
                a.owners_as_printed = line.owner;
                governance::add_action(reg, std::move(a));
                continue;
            }
            try {
                a.owners = governance::resolve_initials(reg, meeting_id, line.initials);
            } catch (const ValidationError& error) {
                throw InputError({src, line.line, "item " + item.number, "ACTION BY"}, error.what());
            }
            governance::add_action(reg, std::move(a));
        }
    }

    if (!unmarked_items.empty())
        notes.push_back({src, 0, "the minutes mark no Part I / Part II business; item(s) " +
                                     text::join(unmarked_items, ", ") + " taken as Part " +
                                     std::string(governance::to_string(*options.unmarked_part)) +
                                     " as the import was told"});

    // Names printed in the narrative in a fuller or shorter form than in the
    // attendance list ("Stephanie Critchley" against "Steph Critchley").
    std::set<std::pair<PersonId, std::string>> reported;
    for (const auto& [id, attendance_line] : attendees) {
        governance::Person& p = governance::person(reg, id);
        const auto given = text::words(p.given_name);
        if (given.empty() || given.front().size() < 2) continue;
        for (const auto& item : doc.items)
            for (const auto& paragraph : item.paragraphs) {
                const auto words = text::words(paragraph.text);
                for (std::size_t i = 0; i + 1 < words.size(); ++i) {
                    const std::string first = strip_punctuation(words[i]);
                    if (!text::iequals(strip_punctuation(words[i + 1]), p.family_name) || first.size() < 2 ||
                        text::iequals(first, given.front()) || !text::is_upper(first.front()))
                        continue;
                    const bool variant = text::istarts_with(first, given.front()) || text::istarts_with(given.front(), first);
                    if (!variant || !reported.insert({id, first}).second) continue;
                    const std::string form = first + " " + p.family_name;
                    notes.push_back({src, paragraph.line,
                                     "'" + form + "' here, '" + full_name(p) + "' in the attendance list (line " +
                                         std::to_string(attendance_line) + "); taken as the same person, both forms kept"});
                    if (std::find(p.other_names.begin(), p.other_names.end(), form) == p.other_names.end())
                        p.other_names.push_back(form);
                }
            }
    }
    return result;
}

} // namespace boardroom::io

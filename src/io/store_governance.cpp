// The governance Register onto the store's tables and back. Each vector is a
// table ordered by `seq`; each nested vector is a child table keyed by its
// owner and `seq`; so a load gives back exactly the Register that was saved.
#include "boardroom/core/error.hpp"
#include "store_codec.hpp"
#include "store_tables.hpp"

#include <array>
#include <string>

namespace boardroom::io::store_detail {

namespace gov = governance;
using codec::text_of;

namespace {

std::optional<std::string_view> part_text(const std::optional<gov::AgendaPart>& part) {
    if (!part) return std::nullopt;
    return text_of(*part);
}

void report(const Progress& progress, std::string_view table, std::size_t rows) {
    if (progress) progress(StoreProgress{table, rows});
}

// ---- agenda items: a meeting's agenda, or a board's standing items

struct ItemWriter {
    Statement item;
    Statement lead;
    bool urgent_column{false};  ///< schema version 3 on
    std::int64_t next_id{1};

    ItemWriter(Db& db, int schema_version)
        : item(db, schema_version >= 3
                       ? "INSERT INTO agenda_items (id, meeting_id, board_id, seq, place, number, title, purpose, "
                         "intended_outcome, page_first, page_last, part, exempt_paragraph, standing, urgent_reason) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"
                       : "INSERT INTO agenda_items (id, meeting_id, board_id, seq, place, number, title, purpose, "
                         "intended_outcome, page_first, page_last, part, exempt_paragraph, standing) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"),
          lead(db, "INSERT INTO agenda_item_leads (item_id, seq, lead) VALUES (?1, ?2, ?3)"),
          urgent_column(schema_version >= 3) {}

    void write(MeetingId meeting, BoardId board, std::size_t seq, std::optional<std::string_view> place,
               const gov::AgendaItem& a) {
        const std::int64_t id = next_id++;
        std::optional<int> first, last;
        if (a.pages) {
            first = a.pages->first;
            last = a.pages->last;
        }
        if (urgent_column)
            item.run(id, meeting, board, seq, place, a.number, a.title, text_of(a.purpose), a.intended_outcome, first,
                     last, text_of(a.part), a.exempt_paragraph, a.standing, a.urgent_reason);
        else
            item.run(id, meeting, board, seq, place, a.number, a.title, text_of(a.purpose), a.intended_outcome, first,
                     last, text_of(a.part), a.exempt_paragraph, a.standing);
        write_strings(lead, a.leads, id);
    }
};

void write_people(Db& db, const gov::Register& reg, const Progress& progress, int schema_version) {
    Statement org(db, "INSERT INTO organisations (id, seq, name, classification) VALUES (?1, ?2, ?3, ?4)");
    Statement alias(db, "INSERT INTO organisation_aliases (organisation_id, seq, alias) VALUES (?1, ?2, ?3)");
    for (std::size_t i = 0; i < reg.organisations.size(); ++i) {
        const auto& o = reg.organisations[i];
        org.run(o.id, i, o.name, o.classification);
        write_strings(alias, o.aliases, o.id);
    }
    report(progress, "organisations", reg.organisations.size());

    Statement person(db, "INSERT INTO people (id, seq, honorific, given_name, family_name, initials, "
                         "organisation_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    Statement other(db, "INSERT INTO person_other_names (person_id, seq, name) VALUES (?1, ?2, ?3)");
    Statement title(db, "INSERT INTO person_titles (person_id, seq, title, from_date, to_date, seen_on) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    Statement contact(db, schema_version >= kPartsVersion
                              ? "INSERT INTO contact_details (person_id, phone, email, postcode) VALUES (?1, ?2, ?3, ?4)"
                              : "INSERT INTO contact_details (person_id, phone, email) VALUES (?1, ?2, ?3)");
    for (std::size_t i = 0; i < reg.people.size(); ++i) {
        const auto& p = reg.people[i];
        person.run(p.id, i, p.honorific, p.given_name, p.family_name, p.initials, p.organisation);
        write_strings(other, p.other_names, p.id);
        for (std::size_t t = 0; t < p.titles.size(); ++t) {
            const auto& dated = p.titles[t];
            title.run(p.id, t, dated.title, dated.from, dated.to, dated.seen_on);
        }
        if (p.contact && schema_version >= kPartsVersion)
            contact.run(p.id, p.contact->phone, p.contact->email, p.contact->postcode);
        else if (p.contact)
            contact.run(p.id, p.contact->phone, p.contact->email);
    }
    report(progress, "people", reg.people.size());
}

void write_boards(Db& db, const gov::Register& reg, ItemWriter& items, const Progress& progress) {
    Statement board(db, "INSERT INTO boards (id, seq, name, kind, parent_id, host_id, remit, established, "
                        "planned_end, ended, quorum_kind, quorum_count, quorum_numerator, quorum_denominator, "
                        "quorum_minimum) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    Statement alias(db, "INSERT INTO board_aliases (board_id, seq, alias) VALUES (?1, ?2, ?3)");
    for (std::size_t i = 0; i < reg.boards.size(); ++i) {
        const auto& b = reg.boards[i];
        if (b.quorum) {
            const auto& q = *b.quorum;
            board.run(b.id, i, b.name, text_of(b.kind), b.parent, b.host, b.remit, b.established, b.planned_end,
                      b.ended, text_of(q.kind), q.count, q.numerator, q.denominator, q.minimum);
        } else {
            board.run(b.id, i, b.name, text_of(b.kind), b.parent, b.host, b.remit, b.established, b.planned_end,
                      b.ended, nullptr, nullptr, nullptr, nullptr, nullptr);
        }
        write_strings(alias, b.aliases, b.id);
        for (std::size_t s = 0; s < b.standing_items.size(); ++s)
            items.write(MeetingId{}, b.id, s, text_of(b.standing_items[s].place), b.standing_items[s].item);
    }
    report(progress, "boards", reg.boards.size());

    Statement line(db, "INSERT INTO reporting_lines (seq, from_board_id, to_board_id) VALUES (?1, ?2, ?3)");
    for (std::size_t i = 0; i < reg.reporting_lines.size(); ++i)
        line.run(i, reg.reporting_lines[i].from, reg.reporting_lines[i].to);
    report(progress, "reporting_lines", reg.reporting_lines.size());

    Statement member(db, "INSERT INTO memberships (seq, person_id, board_id, role, on_behalf_of_id, start_date, "
                         "end_date, voting, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    for (std::size_t i = 0; i < reg.memberships.size(); ++i) {
        const auto& m = reg.memberships[i];
        member.run(i, m.person, m.board, text_of(m.role), m.on_behalf_of, m.start, m.end, m.voting, m.note);
    }
    report(progress, "memberships", reg.memberships.size());
}

void write_meetings(Db& db, const gov::Register& reg, ItemWriter& items, const Progress& progress) {
    Statement meeting(db, "INSERT INTO meetings (id, seq, board_id, board_name, date, start_time, end_time, venue, "
                          "status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    std::size_t item_count = 0;
    for (std::size_t i = 0; i < reg.meetings.size(); ++i) {
        const auto& m = reg.meetings[i];
        meeting.run(m.id, i, m.board_id, m.board, m.date, m.start, m.end, m.venue, text_of(m.status));
        for (std::size_t a = 0; a < m.agenda.size(); ++a) items.write(m.id, BoardId{}, a, std::nullopt, m.agenda[a]);
        item_count += m.agenda.size();
    }
    report(progress, "meetings", reg.meetings.size());
    report(progress, "agenda_items", item_count);

    Statement attendance(db, "INSERT INTO attendance (seq, meeting_id, person_id, status, replaces_id, capacity, "
                             "organisation_id, chaired) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (std::size_t i = 0; i < reg.attendance.size(); ++i) {
        const auto& a = reg.attendance[i];
        attendance.run(i, a.meeting, a.person, text_of(a.status), a.replaces, a.capacity, a.organisation, a.chaired);
    }
    report(progress, "attendance", reg.attendance.size());
}

void write_minutes(Db& db, const gov::Register& reg, const Progress& progress, int schema_version) {
    const bool parts = schema_version >= kPartsVersion;
    Statement record(db, "INSERT INTO interest_records (seq, meeting_id, none_disclosed, as_minuted) "
                         "VALUES (?1, ?2, ?3, ?4)");
    Statement declaration(db, parts ? "INSERT INTO declarations (record_seq, seq, member_id, item, kind, text, part, "
                                      "exempt_paragraph) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                                    : "INSERT INTO declarations (record_seq, seq, member_id, item, kind, text) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (std::size_t i = 0; i < reg.interests.size(); ++i) {
        const auto& r = reg.interests[i];
        record.run(i, r.meeting, r.none_disclosed, r.as_minuted);
        for (std::size_t d = 0; d < r.declarations.size(); ++d) {
            const auto& dec = r.declarations[d];
            if (parts)
                declaration.run(i, d, dec.member, dec.item, text_of(dec.kind), dec.text, part_text(dec.part),
                                dec.exempt_paragraph);
            else
                declaration.run(i, d, dec.member, dec.item, text_of(dec.kind), dec.text);
        }
    }
    report(progress, "interest_records", reg.interests.size());

    Statement minute(db, parts ? "INSERT INTO minutes (seq, meeting_id, number, title, part, exempt_paragraph) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                               : "INSERT INTO minutes (seq, meeting_id, number, title) VALUES (?1, ?2, ?3, ?4)");
    Statement paragraph(db, "INSERT INTO minute_paragraphs (minute_seq, seq, text) VALUES (?1, ?2, ?3)");
    Statement resolution(db, "INSERT INTO resolutions (id, minute_seq, seq, preamble) VALUES (?1, ?2, ?3, ?4)");
    Statement part(db, "INSERT INTO resolution_parts (resolution_id, seq, text) VALUES (?1, ?2, ?3)");
    std::int64_t resolution_id = 0;
    for (std::size_t i = 0; i < reg.minutes.size(); ++i) {
        const auto& m = reg.minutes[i];
        if (parts)
            minute.run(i, m.meeting, m.number, m.title, part_text(m.part), m.exempt_paragraph);
        else
            minute.run(i, m.meeting, m.number, m.title);
        write_strings(paragraph, m.paragraphs, i);
        for (std::size_t r = 0; r < m.resolutions.size(); ++r) {
            resolution.run(++resolution_id, i, r, m.resolutions[r].preamble);
            write_strings(part, m.resolutions[r].parts, resolution_id);
        }
    }
    report(progress, "minutes", reg.minutes.size());

    Statement approval(db, "INSERT INTO minutes_approvals (seq, at_meeting_id, item, minutes_of, "
                           "minutes_of_meeting_id, as_correct_record, as_minuted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (std::size_t i = 0; i < reg.approvals.size(); ++i) {
        const auto& a = reg.approvals[i];
        approval.run(i, a.at, a.item, a.minutes_of, a.minutes_of_meeting, a.as_correct_record, a.as_minuted);
    }
    report(progress, "minutes_approvals", reg.approvals.size());
}

constexpr std::string_view kInsertHistory =
    "INSERT INTO action_status_history (action_id, seq, date, status, note) VALUES (?1, ?2, ?3, ?4, ?5)";

void write_actions(Db& db, const gov::Register& reg, const Progress& progress, int schema_version) {
    const bool parts = schema_version >= kPartsVersion;
    Statement action(db, parts ? "INSERT INTO actions (id, seq, raised_at_meeting_id, item, text, owners_as_printed, "
                                 "due_kind, due_date, part, exempt_paragraph) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
                               : "INSERT INTO actions (id, seq, raised_at_meeting_id, item, text, owners_as_printed, "
                                 "due_kind, due_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    Statement owner(db, "INSERT INTO action_owners (action_id, seq, person_id) VALUES (?1, ?2, ?3)");
    Statement history(db, std::string(kInsertHistory));
    for (std::size_t i = 0; i < reg.actions.size(); ++i) {
        const auto& a = reg.actions[i];
        if (parts)
            action.run(a.id, i, a.raised_at, a.item, a.text, a.owners_as_printed, text_of(a.due.kind), a.due.date,
                       part_text(a.part), a.exempt_paragraph);
        else
            action.run(a.id, i, a.raised_at, a.item, a.text, a.owners_as_printed, text_of(a.due.kind), a.due.date);
        for (std::size_t o = 0; o < a.owners.size(); ++o) owner.run(a.id, o, a.owners[o]);
        for (std::size_t h = 0; h < a.history.size(); ++h)
            history.run(a.id, h, a.history[h].date, text_of(a.history[h].status), a.history[h].note);
    }
    report(progress, "actions", reg.actions.size());

    Statement entry(db, parts ? "INSERT INTO forward_plan (seq, board_id, meeting_date, topic, notes, part, "
                                "exempt_paragraph) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                              : "INSERT INTO forward_plan (seq, board_id, meeting_date, topic, notes) "
                                "VALUES (?1, ?2, ?3, ?4, ?5)");
    Statement lead(db, "INSERT INTO forward_plan_leads (entry_seq, seq, lead) VALUES (?1, ?2, ?3)");
    for (std::size_t i = 0; i < reg.forward_plan.size(); ++i) {
        const auto& e = reg.forward_plan[i];
        if (parts)
            entry.run(i, e.board, e.meeting_date, e.topic, e.notes, text_of(e.part), e.exempt_paragraph);
        else
            entry.run(i, e.board, e.meeting_date, e.topic, e.notes);
        write_strings(lead, e.lead_officers, i);
    }
    report(progress, "forward_plan", reg.forward_plan.size());
}

} // namespace

void delete_register(Db& db) {
    // Children before parents; references are checked at COMMIT in any case.
    static constexpr std::array kTables{
        "action_status_history", "action_owners",      "actions",          "forward_plan_leads", "forward_plan",
        "minutes_approvals",     "resolution_parts",   "resolutions",      "minute_paragraphs",  "minutes",
        "declarations",          "interest_records",   "attendance",       "agenda_item_leads",  "agenda_items",
        "meetings",              "memberships",        "reporting_lines",  "board_aliases",      "boards",
        "contact_details",       "person_titles",      "person_other_names", "people",           "organisation_aliases",
        "organisations"};
    for (const char* table : kTables) db.exec(std::string("DELETE FROM ") + table);
}

bool has_record_parts(const gov::Register& reg) noexcept {
    for (const auto& m : reg.minutes)
        if (m.part) return true;
    for (const auto& a : reg.actions)
        if (a.part) return true;
    for (const auto& r : reg.interests)
        for (const auto& d : r.declarations)
            if (d.part) return true;
    for (const auto& e : reg.forward_plan)
        if (e.part != gov::AgendaPart::Public) return true;
    for (const auto& p : reg.people)
        if (p.contact && !p.contact->postcode.empty()) return true;
    return false;
}

bool has_urgent_business(const gov::Register& reg) noexcept {
    for (const auto& m : reg.meetings)
        for (const auto& a : m.agenda)
            if (a.is_urgent()) return true;
    for (const auto& b : reg.boards)
        for (const auto& s : b.standing_items)
            if (s.item.is_urgent()) return true;
    return false;
}

void write_register(Db& db, const gov::Register& reg, const Progress& progress, int schema_version) {
    ItemWriter items(db, schema_version);
    write_people(db, reg, progress, schema_version);
    write_boards(db, reg, items, progress);
    write_meetings(db, reg, items, progress);
    write_minutes(db, reg, progress, schema_version);
    write_actions(db, reg, progress, schema_version);
}

void write_data_quality_notes(Db& db, const std::vector<gov::DataQualityNote>& notes, std::int64_t first_seq) {
    Statement note(db, "INSERT INTO data_quality_notes (seq, file, line, message) VALUES (?1, ?2, ?3, ?4)");
    for (std::size_t i = 0; i < notes.size(); ++i)
        note.run(first_seq + static_cast<std::int64_t>(i), notes[i].file, notes[i].line, notes[i].message);
}

void append_status_change(Db& db, ActionId id, std::size_t seq, const gov::StatusChange& change) {
    Statement insert(db, kInsertHistory);
    insert.run(id, seq, change.date, text_of(change.status), change.note);
}

} // namespace boardroom::io::store_detail

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

template <class E>
E enum_column(const Db& db, const Statement& q, int column) {
    const std::string text = q.text(column);
    if (const auto value = codec::value_of<E>(text)) return *value;
    throw StorageError(db.path(), "the store holds '" + printable(text) + "' where " + codec::expected_texts<E>() +
                                      " should be; it was changed outside boardroom");
}

/// The schema version from which records carry their part.
constexpr int kPartsVersion = 4;

/// A record's own part: NULL when the papers did not establish it.
std::optional<gov::AgendaPart> part_column(const Db& db, const Statement& q, int column) {
    if (q.is_null(column)) return std::nullopt;
    return enum_column<gov::AgendaPart>(db, q, column);
}

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

/// The item columns; a store older than version 3 has no urgent_reason and
/// reads as if no item were urgent business.
std::string item_query(int schema_version, std::string_view where) {
    return std::string("SELECT id, number, title, purpose, intended_outcome, page_first, page_last, part, "
                       "exempt_paragraph, standing, place, ") +
           (schema_version >= 3 ? "urgent_reason" : "NULL") + " FROM agenda_items " + std::string(where);
}

gov::AgendaItem read_item(const Db& db, const Statement& q, Statement& leads) {
    gov::AgendaItem a;
    a.number = q.text(1);
    a.title = q.text(2);
    a.purpose = enum_column<gov::ItemPurpose>(db, q, 3);
    a.intended_outcome = q.text(4);
    if (!q.is_null(5)) a.pages = gov::PageRange{q.int32(5), q.int32(6)};
    a.part = enum_column<gov::AgendaPart>(db, q, 7);
    a.exempt_paragraph = q.int32(8);
    a.standing = q.boolean(9);
    if (!q.is_null(11)) a.urgent_reason = q.text(11);
    a.leads = read_strings(leads, q.integer(0));
    return a;
}

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

// ---- reading

void read_people(Db& db, gov::Register& reg, int schema_version) {
    Statement org(db, "SELECT id, name, classification FROM organisations ORDER BY seq");
    Statement aliases(db, "SELECT alias FROM organisation_aliases WHERE organisation_id = ?1 ORDER BY seq");
    org.query();
    while (org.next()) {
        gov::Organisation o{org.id<OrganisationId>(0), org.text(1), {}, org.text(2)};
        o.aliases = read_strings(aliases, o.id);
        reg.organisations.push_back(std::move(o));
    }

    Statement person(db, "SELECT p.id, p.honorific, p.given_name, p.family_name, p.initials, p.organisation_id, "
                         "c.phone, c.email, " + std::string(schema_version >= kPartsVersion ? "c.postcode" : "''") +
                         " FROM people AS p "
                         "LEFT JOIN contact_details AS c ON c.person_id = p.id "
                         "ORDER BY p.seq");
    Statement others(db, "SELECT name FROM person_other_names WHERE person_id = ?1 ORDER BY seq");
    Statement titles(db, "SELECT title, from_date, to_date, seen_on FROM person_titles WHERE person_id = ?1 "
                         "ORDER BY seq");
    person.query();
    while (person.next()) {
        gov::Person p;
        p.id = person.id<PersonId>(0);
        p.honorific = person.text(1);
        p.given_name = person.text(2);
        p.family_name = person.text(3);
        p.initials = person.text(4);
        p.organisation = person.id<OrganisationId>(5);
        if (!person.is_null(6)) p.contact = gov::ContactDetails{person.text(6), person.text(7), person.text(8)};
        p.other_names = read_strings(others, p.id);
        titles.query(p.id);
        while (titles.next())
            p.titles.push_back({titles.text(0), titles.optional_date(1), titles.optional_date(2),
                                titles.optional_date(3)});
        reg.people.push_back(std::move(p));
    }
}

void read_boards(Db& db, gov::Register& reg, int schema_version) {
    Statement board(db, "SELECT id, name, kind, parent_id, host_id, remit, established, planned_end, ended, "
                        "quorum_kind, quorum_count, quorum_numerator, quorum_denominator, quorum_minimum "
                        "FROM boards ORDER BY seq");
    Statement aliases(db, "SELECT alias FROM board_aliases WHERE board_id = ?1 ORDER BY seq");
    Statement items(db, item_query(schema_version, "WHERE board_id = ?1 ORDER BY seq"));
    Statement leads(db, "SELECT lead FROM agenda_item_leads WHERE item_id = ?1 ORDER BY seq");
    board.query();
    while (board.next()) {
        gov::Board b;
        b.id = board.id<BoardId>(0);
        b.name = board.text(1);
        b.kind = enum_column<gov::BoardKind>(db, board, 2);
        b.parent = board.id<BoardId>(3);
        b.host = board.id<OrganisationId>(4);
        b.remit = board.text(5);
        b.established = board.optional_date(6);
        b.planned_end = board.optional_date(7);
        b.ended = board.optional_date(8);
        if (!board.is_null(9)) {
            b.quorum = gov::QuorumRule{enum_column<gov::QuorumRule::Kind>(db, board, 9), board.int32(10),
                                       board.int32(11), board.int32(12), board.int32(13)};
        }
        b.aliases = read_strings(aliases, b.id);
        items.query(b.id);
        while (items.next())
            b.standing_items.push_back({read_item(db, items, leads), enum_column<gov::StandingPlace>(db, items, 10)});
        reg.boards.push_back(std::move(b));
    }

    Statement line(db, "SELECT from_board_id, to_board_id FROM reporting_lines ORDER BY seq");
    line.query();
    while (line.next()) reg.reporting_lines.push_back({line.id<BoardId>(0), line.id<BoardId>(1)});

    Statement member(db, "SELECT person_id, board_id, role, on_behalf_of_id, start_date, end_date, voting, note "
                         "FROM memberships ORDER BY seq");
    member.query();
    while (member.next()) {
        reg.memberships.push_back({member.id<PersonId>(0), member.id<BoardId>(1),
                                   enum_column<gov::Role>(db, member, 2), member.id<OrganisationId>(3),
                                   member.optional_date(4), member.optional_date(5), member.optional_bool(6),
                                   member.text(7)});
    }
}

void read_meetings(Db& db, gov::Register& reg, int schema_version) {
    Statement meeting(db, "SELECT id, board_id, board_name, date, start_time, end_time, venue, status "
                          "FROM meetings ORDER BY seq");
    Statement items(db, item_query(schema_version, "WHERE meeting_id = ?1 ORDER BY seq"));
    Statement leads(db, "SELECT lead FROM agenda_item_leads WHERE item_id = ?1 ORDER BY seq");
    meeting.query();
    while (meeting.next()) {
        gov::Meeting m;
        m.id = meeting.id<MeetingId>(0);
        m.board_id = meeting.id<BoardId>(1);
        m.board = meeting.text(2);
        m.date = meeting.date(3);
        m.start = meeting.optional_time(4);
        m.end = meeting.optional_time(5);
        m.venue = meeting.text(6);
        m.status = enum_column<gov::MeetingStatus>(db, meeting, 7);
        items.query(m.id);
        while (items.next()) m.agenda.push_back(read_item(db, items, leads));
        reg.meetings.push_back(std::move(m));
    }

    Statement attendance(db, "SELECT meeting_id, person_id, status, replaces_id, capacity, organisation_id, chaired "
                             "FROM attendance ORDER BY seq");
    attendance.query();
    while (attendance.next()) {
        reg.attendance.push_back({attendance.id<MeetingId>(0), attendance.id<PersonId>(1),
                                  enum_column<gov::AttendanceStatus>(db, attendance, 2), attendance.id<PersonId>(3),
                                  attendance.text(4), attendance.id<OrganisationId>(5), attendance.boolean(6)});
    }
}

void read_minutes(Db& db, gov::Register& reg, int schema_version) {
    const std::string part_columns = schema_version >= kPartsVersion ? "part, exempt_paragraph" : "NULL, 0";
    Statement record(db, "SELECT seq, meeting_id, none_disclosed, as_minuted FROM interest_records ORDER BY seq");
    Statement declaration(db, "SELECT member_id, item, kind, text, " + part_columns +
                                  " FROM declarations WHERE record_seq = ?1 ORDER BY seq");
    record.query();
    while (record.next()) {
        gov::InterestsRecord r{record.id<MeetingId>(1), record.boolean(2), {}, record.text(3)};
        declaration.query(record.integer(0));
        while (declaration.next()) {
            r.declarations.push_back({declaration.id<PersonId>(0), declaration.text(1),
                                      enum_column<gov::InterestKind>(db, declaration, 2), declaration.text(3),
                                      part_column(db, declaration, 4), static_cast<int>(declaration.integer(5))});
        }
        reg.interests.push_back(std::move(r));
    }

    Statement minute(db, "SELECT seq, meeting_id, number, title, " + part_columns + " FROM minutes ORDER BY seq");
    Statement paragraphs(db, "SELECT text FROM minute_paragraphs WHERE minute_seq = ?1 ORDER BY seq");
    Statement resolutions(db, "SELECT id, preamble FROM resolutions WHERE minute_seq = ?1 ORDER BY seq");
    Statement parts(db, "SELECT text FROM resolution_parts WHERE resolution_id = ?1 ORDER BY seq");
    minute.query();
    while (minute.next()) {
        gov::MinuteItem m{minute.id<MeetingId>(1), minute.text(2), minute.text(3), {}, {},
                          part_column(db, minute, 4), static_cast<int>(minute.integer(5))};
        m.paragraphs = read_strings(paragraphs, minute.integer(0));
        // Collect the resolutions first: `parts` is queried once per resolution.
        std::vector<std::pair<std::int64_t, std::string>> found;
        resolutions.query(minute.integer(0));
        while (resolutions.next()) found.emplace_back(resolutions.integer(0), resolutions.text(1));
        for (auto& [id, preamble] : found) m.resolutions.push_back({std::move(preamble), read_strings(parts, id)});
        reg.minutes.push_back(std::move(m));
    }

    Statement approval(db, "SELECT at_meeting_id, item, minutes_of, minutes_of_meeting_id, as_correct_record, "
                           "as_minuted FROM minutes_approvals ORDER BY seq");
    approval.query();
    while (approval.next()) {
        reg.approvals.push_back({approval.id<MeetingId>(0), approval.text(1), approval.date(2),
                                 approval.id<MeetingId>(3), approval.boolean(4), approval.text(5)});
    }
}

/// The action columns; a store older than version 4 reads as if no action's part were established.
std::string action_query(int schema_version, std::string_view where) {
    return std::string("SELECT id, raised_at_meeting_id, item, text, owners_as_printed, due_kind, due_date, ") +
           (schema_version >= kPartsVersion ? "part, exempt_paragraph" : "NULL, 0") + " FROM actions " +
           std::string(where);
}

gov::Action read_action_row(Db& db, const Statement& q, Statement& owners, Statement& history) {
    gov::Action a;
    a.id = q.id<ActionId>(0);
    a.raised_at = q.id<MeetingId>(1);
    a.item = q.text(2);
    a.text = q.text(3);
    a.owners_as_printed = q.text(4);
    a.due.kind = enum_column<gov::Due::Kind>(db, q, 5);
    a.due.date = q.date(6);
    a.part = part_column(db, q, 7);
    a.exempt_paragraph = static_cast<int>(q.integer(8));
    owners.query(a.id);
    while (owners.next()) a.owners.push_back(owners.id<PersonId>(0));
    history.query(a.id);
    while (history.next())
        a.history.push_back({history.date(0), enum_column<gov::ActionStatus>(db, history, 1), history.text(2)});
    return a;
}

constexpr std::string_view kOwnersQuery = "SELECT person_id FROM action_owners WHERE action_id = ?1 ORDER BY seq";
constexpr std::string_view kHistoryQuery =
    "SELECT date, status, note FROM action_status_history WHERE action_id = ?1 ORDER BY seq";

void read_actions(Db& db, gov::Register& reg, int schema_version) {
    Statement action(db, action_query(schema_version, "ORDER BY seq"));
    Statement owners(db, kOwnersQuery);
    Statement history(db, kHistoryQuery);
    action.query();
    while (action.next()) reg.actions.push_back(read_action_row(db, action, owners, history));

    Statement entry(db, "SELECT seq, board_id, meeting_date, topic, notes, " +
                            std::string(schema_version >= kPartsVersion ? "part, exempt_paragraph" : "'I', 0") +
                            " FROM forward_plan ORDER BY seq");
    Statement leads(db, "SELECT lead FROM forward_plan_leads WHERE entry_seq = ?1 ORDER BY seq");
    entry.query();
    while (entry.next()) {
        reg.forward_plan.push_back({entry.id<BoardId>(1), entry.optional_date(2), entry.text(3),
                                    read_strings(leads, entry.integer(0)), entry.text(4),
                                    enum_column<gov::AgendaPart>(db, entry, 5), static_cast<int>(entry.integer(6))});
    }
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

gov::Register read_register(Db& db, int schema_version) {
    gov::Register reg;
    read_people(db, reg, schema_version);
    read_boards(db, reg, schema_version);
    read_meetings(db, reg, schema_version);
    read_minutes(db, reg, schema_version);
    read_actions(db, reg, schema_version);
    return reg;
}

void write_data_quality_notes(Db& db, const std::vector<gov::DataQualityNote>& notes, std::int64_t first_seq) {
    Statement note(db, "INSERT INTO data_quality_notes (seq, file, line, message) VALUES (?1, ?2, ?3, ?4)");
    for (std::size_t i = 0; i < notes.size(); ++i)
        note.run(first_seq + static_cast<std::int64_t>(i), notes[i].file, notes[i].line, notes[i].message);
}

std::vector<gov::DataQualityNote> read_data_quality_notes(Db& db) {
    std::vector<gov::DataQualityNote> notes;
    Statement note(db, "SELECT file, line, message FROM data_quality_notes ORDER BY seq");
    note.query();
    while (note.next()) notes.push_back({note.text(0), note.size(1), note.text(2)});
    return notes;
}

gov::Action read_action(Db& db, ActionId id, int schema_version) {
    Statement action(db, action_query(schema_version, "WHERE id = ?1"));
    Statement owners(db, kOwnersQuery);
    Statement history(db, kHistoryQuery);
    action.query(id);
    if (!action.next()) throw NotFoundError("the store has no action " + std::to_string(id.value()));
    return read_action_row(db, action, owners, history);
}

void append_status_change(Db& db, ActionId id, std::size_t seq, const gov::StatusChange& change) {
    Statement insert(db, kInsertHistory);
    insert.run(id, seq, change.date, text_of(change.status), change.note);
}

} // namespace boardroom::io::store_detail

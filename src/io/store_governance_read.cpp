// Reading the governance Register back from the store's tables: the whole of
// it, or one board's own records (RecordScope), each table in `seq` order so
// that a load gives back exactly the Register that was saved.
#include "boardroom/core/error.hpp"
#include "store_codec.hpp"
#include "store_tables.hpp"

#include <string>

namespace boardroom::io::store_detail {

namespace gov = governance;

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

// ---- the scope of a read

/// The boards a scoped read keeps (the board and its task-and-finish groups),
/// and their meetings: sets of ids, with the board bound to ?1.
constexpr std::string_view kScopeBoards = "(SELECT id FROM boards WHERE id = ?1 OR parent_id = ?1)";

std::string scope_meetings() {
    return "(SELECT id FROM meetings WHERE board_id IN " + std::string(kScopeBoards) + ")";
}

/// `select`, narrowed to `column IN set` when the read is scoped, then `order`.
std::string scoped(const RecordScope& scope, std::string_view select, std::string_view column, const std::string& set,
                   std::string_view order) {
    std::string sql(select);
    if (!scope.whole()) sql += " WHERE " + std::string(column) + " IN " + set;
    return sql + " " + std::string(order);
}

void start(Statement& q, const RecordScope& scope) {
    if (scope.whole())
        q.query();
    else
        q.query(scope.board);
}

/// The people a scoped read keeps: those its memberships, attendance,
/// declarations and action owners name (governance::board_records).
std::string scope_people() {
    const std::string meetings = scope_meetings();
    return "(SELECT person_id FROM memberships WHERE board_id IN " + std::string(kScopeBoards) +
           " UNION SELECT person_id FROM attendance WHERE meeting_id IN " + meetings +
           " UNION SELECT replaces_id FROM attendance WHERE meeting_id IN " + meetings +
           " UNION SELECT member_id FROM declarations WHERE record_seq IN "
           "(SELECT seq FROM interest_records WHERE meeting_id IN " + meetings + ")"
           " UNION SELECT person_id FROM action_owners WHERE action_id IN "
           "(SELECT id FROM actions WHERE raised_at_meeting_id IN " + meetings + "))";
}

// ---- reading

void read_people(Db& db, gov::Register& reg, int schema_version, const RecordScope& scope) {
    Statement org(db, "SELECT id, name, classification FROM organisations ORDER BY seq");
    Statement aliases(db, "SELECT alias FROM organisation_aliases WHERE organisation_id = ?1 ORDER BY seq");
    org.query();
    while (org.next()) {
        gov::Organisation o{org.id<OrganisationId>(0), org.text(1), {}, org.text(2)};
        o.aliases = read_strings(aliases, o.id);
        reg.organisations.push_back(std::move(o));
    }

    Statement person(db, scoped(scope,
                                "SELECT p.id, p.honorific, p.given_name, p.family_name, p.initials, "
                                "p.organisation_id, c.phone, c.email, " +
                                    std::string(schema_version >= kPartsVersion ? "c.postcode" : "''") +
                                    " FROM people AS p LEFT JOIN contact_details AS c ON c.person_id = p.id",
                                "p.id", scope_people(), "ORDER BY p.seq"));
    Statement others(db, "SELECT name FROM person_other_names WHERE person_id = ?1 ORDER BY seq");
    Statement titles(db, "SELECT title, from_date, to_date, seen_on FROM person_titles WHERE person_id = ?1 "
                         "ORDER BY seq");
    start(person, scope);
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
}

void read_memberships(Db& db, gov::Register& reg, const RecordScope& scope) {
    Statement member(db, scoped(scope,
                                "SELECT person_id, board_id, role, on_behalf_of_id, start_date, end_date, voting, "
                                "note FROM memberships",
                                "board_id", std::string(kScopeBoards), "ORDER BY seq"));
    start(member, scope);
    while (member.next()) {
        reg.memberships.push_back({member.id<PersonId>(0), member.id<BoardId>(1),
                                   enum_column<gov::Role>(db, member, 2), member.id<OrganisationId>(3),
                                   member.optional_date(4), member.optional_date(5), member.optional_bool(6),
                                   member.text(7)});
    }
}

void read_meetings(Db& db, gov::Register& reg, int schema_version, const RecordScope& scope) {
    Statement meeting(db, scoped(scope,
                                 "SELECT id, board_id, board_name, date, start_time, end_time, venue, status "
                                 "FROM meetings",
                                 "board_id", std::string(kScopeBoards), "ORDER BY seq"));
    Statement items(db, item_query(schema_version, "WHERE meeting_id = ?1 ORDER BY seq"));
    Statement leads(db, "SELECT lead FROM agenda_item_leads WHERE item_id = ?1 ORDER BY seq");
    start(meeting, scope);
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

    Statement attendance(db, scoped(scope,
                                    "SELECT meeting_id, person_id, status, replaces_id, capacity, organisation_id, "
                                    "chaired FROM attendance",
                                    "meeting_id", scope_meetings(), "ORDER BY seq"));
    start(attendance, scope);
    while (attendance.next()) {
        reg.attendance.push_back({attendance.id<MeetingId>(0), attendance.id<PersonId>(1),
                                  enum_column<gov::AttendanceStatus>(db, attendance, 2), attendance.id<PersonId>(3),
                                  attendance.text(4), attendance.id<OrganisationId>(5), attendance.boolean(6)});
    }
}

void read_minutes(Db& db, gov::Register& reg, int schema_version, const RecordScope& scope) {
    const std::string part_columns = schema_version >= kPartsVersion ? "part, exempt_paragraph" : "NULL, 0";
    Statement record(db, scoped(scope, "SELECT seq, meeting_id, none_disclosed, as_minuted FROM interest_records",
                                "meeting_id", scope_meetings(), "ORDER BY seq"));
    Statement declaration(db, "SELECT member_id, item, kind, text, " + part_columns +
                                  " FROM declarations WHERE record_seq = ?1 ORDER BY seq");
    start(record, scope);
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

    Statement minute(db, scoped(scope, "SELECT seq, meeting_id, number, title, " + part_columns + " FROM minutes",
                                "meeting_id", scope_meetings(), "ORDER BY seq"));
    Statement paragraphs(db, "SELECT text FROM minute_paragraphs WHERE minute_seq = ?1 ORDER BY seq");
    Statement resolutions(db, "SELECT id, preamble FROM resolutions WHERE minute_seq = ?1 ORDER BY seq");
    Statement parts(db, "SELECT text FROM resolution_parts WHERE resolution_id = ?1 ORDER BY seq");
    start(minute, scope);
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

    Statement approval(db, scoped(scope,
                                  "SELECT at_meeting_id, item, minutes_of, minutes_of_meeting_id, as_correct_record, "
                                  "as_minuted FROM minutes_approvals",
                                  "at_meeting_id", scope_meetings(), "ORDER BY seq"));
    start(approval, scope);
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

void read_actions(Db& db, gov::Register& reg, int schema_version, const RecordScope& scope) {
    Statement action(db, scoped(scope, action_query(schema_version, ""), "raised_at_meeting_id", scope_meetings(),
                                "ORDER BY seq"));
    Statement owners(db, kOwnersQuery);
    Statement history(db, kHistoryQuery);
    start(action, scope);
    while (action.next()) reg.actions.push_back(read_action_row(db, action, owners, history));

    Statement entry(db, "SELECT seq, board_id, meeting_date, topic, notes, " +
                            std::string(schema_version >= kPartsVersion ? "part, exempt_paragraph" : "'I', 0") +
                            " FROM forward_plan" +
                            (scope.whole() ? std::string() : " WHERE board_id IN " + std::string(kScopeBoards)) +
                            " ORDER BY seq");
    Statement leads(db, "SELECT lead FROM forward_plan_leads WHERE entry_seq = ?1 ORDER BY seq");
    start(entry, scope);
    while (entry.next()) {
        reg.forward_plan.push_back({entry.id<BoardId>(1), entry.optional_date(2), entry.text(3),
                                    read_strings(leads, entry.integer(0)), entry.text(4),
                                    enum_column<gov::AgendaPart>(db, entry, 5), static_cast<int>(entry.integer(6))});
    }
}
} // namespace

gov::Register read_register(Db& db, int schema_version) {
    RecordScope whole;
    return read_register(db, schema_version, whole);
}

gov::Register read_register(Db& db, int schema_version, RecordScope& scope) {
    gov::Register reg;
    read_boards(db, reg, schema_version);
    if (scope.name) {
        const auto found = gov::find_board(reg, *scope.name);
        if (!found) {
            std::string known;
            for (const auto& b : reg.boards) known += (known.empty() ? "'" : ", '") + b.name + "'";
            throw NotFoundError("no board is called '" + std::string(*scope.name) + "' (boards: " +
                                (known.empty() ? "none" : known) + ")");
        }
        scope.board = *found;
        scope.name.reset();
    }
    if (!scope.whole()) (void)gov::board(reg, scope.board);  // NotFoundError, as board_records gives
    // After the boards: a scoped read keeps the people the board's records name.
    read_people(db, reg, schema_version, scope);
    read_memberships(db, reg, scope);
    read_meetings(db, reg, schema_version, scope);
    read_minutes(db, reg, schema_version, scope);
    read_actions(db, reg, schema_version, scope);
    return reg;
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

} // namespace boardroom::io::store_detail

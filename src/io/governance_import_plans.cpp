// Agendas, work plans and the boards table into the register.
#include "boardroom/core/error.hpp"
#include "boardroom/io/governance_import.hpp"

#include "boardroom/governance/parts.hpp"
#include "boardroom/io/word_table.hpp"

#include "../text.hpp"

#include "../core/text.hpp"

#include <algorithm>

namespace boardroom::io {

using governance::DataQualityNote;
using governance::Register;

ImportResult import_agenda(Register& reg, BoardId board_id, const AgendaDocument& doc) {
    ImportResult result;
    result.notes = doc.notes;
    const std::string& src = doc.source;
    check_printed_board_name(reg, board_id, doc.meeting.board, src, doc.meeting_line, result.notes);

    governance::Meeting incoming = doc.meeting;
    incoming.board_id = board_id;
    if (incoming.board.empty()) incoming.board = governance::board(reg, board_id).name;
    const governance::Board& b = governance::board(reg, board_id);
    for (auto& item : incoming.agenda) {
        const std::string key = governance::normalise_name(item.title);
        if (std::any_of(b.standing_items.begin(), b.standing_items.end(),
                        [&key](const auto& s) { return governance::normalise_name(s.item.title) == key; }))
            item.standing = true;
    }
    governance::validate(incoming);

    if (auto found = governance::find_meeting(reg, board_id, incoming.date)) {
        // The agenda is the meeting's own notice: its venue and time win, and
        // what the diary said before is noted.
        governance::Meeting& m = governance::meeting(reg, *found);
        if (!m.venue.empty() && !incoming.venue.empty() &&
            governance::normalise_name(m.venue) != governance::normalise_name(incoming.venue))
            result.notes.push_back({src, doc.meeting_line, "the agenda puts the meeting of " + to_iso_string(incoming.date) + " at '" +
                                                incoming.venue + "'; earlier papers said '" + m.venue +
                                                "'; the agenda's venue is kept"});
        if (m.start && incoming.start && *m.start != *incoming.start)
            result.notes.push_back({src, doc.meeting_line, "the agenda starts the meeting of " + to_iso_string(incoming.date) + " at " +
                                                to_string(*incoming.start) + "; earlier papers said " +
                                                to_string(*m.start)});
        if (!m.agenda.empty())
            result.notes.push_back({src, doc.meeting_line, "the meeting of " + to_iso_string(incoming.date) +
                                                " already had an agenda; it is replaced"});
        if (!incoming.venue.empty()) m.venue = incoming.venue;
        if (incoming.start) m.start = incoming.start;
        if (incoming.end) m.end = incoming.end;
        m.board = incoming.board;
        m.agenda = std::move(incoming.agenda);
        result.meeting = m.id;
    } else {
        result.meeting = governance::add_meeting(reg, std::move(incoming));
    }

    // "Future CPB meeting dates", "Date of Next Meeting": each line may announce one.
    const governance::Meeting& m = governance::meeting(reg, result.meeting);
    const Date date = m.date;
    std::vector<std::pair<std::string, std::size_t>> announcements;
    for (std::size_t i = 0; i < m.agenda.size(); ++i) {
        const auto& item = m.agenda[i];
        if (!governance::is_meeting_dates_item(item.title)) continue;
        for (const auto& line : text::split_trimmed(item.intended_outcome, '\n'))
            announcements.emplace_back(line, i < doc.item_lines.size() ? doc.item_lines[i] : 0);
    }
    for (const auto& [line, line_number] : announcements)
        if (auto ml = parse_meeting_line(line, date, YearHint::OnOrAfter); ml && date < ml->date.date)
            add_announced_meeting(reg, board_id, *ml, src, line_number, result.notes);
    return result;
}

std::vector<DataQualityNote> import_work_plan(Register& reg, BoardId board_id, const WorkPlanDocument& doc) {
    std::vector<DataQualityNote> notes = doc.notes;
    (void)governance::board(reg, board_id);
    for (const auto& row : doc.rows) {
        governance::ForwardPlanEntry entry;
        entry.board = board_id;
        entry.meeting_date = row.meeting_date;
        entry.topic = row.topic;
        entry.lead_officers = row.lead_officers;
        entry.notes = row.notes;
        // A work plan has no column for the part: a topic or note that says
        // its business is exempt makes the entry Part II.
        if (const auto stated = governance::stricter(governance::exemption_stated(row.topic),
                                                     governance::exemption_stated(row.notes))) {
            entry.part = stated->part;
            entry.exempt_paragraph = stated->exempt_paragraph;
        }
        reg.forward_plan.push_back(std::move(entry));
        // The plan's dates are the committee's meeting dates: put them in the diary.
        if (row.meeting_date && !governance::find_meeting(reg, board_id, *row.meeting_date)) {
            governance::Meeting m;
            m.board_id = board_id;
            m.date = *row.meeting_date;
            governance::add_meeting(reg, std::move(m));
        }
    }
    for (const auto& group : doc.task_groups) {
        if (auto existing = governance::find_board(reg, group.name)) {
            notes.push_back({doc.source, group.line, "task group '" + group.name + "' is already in the register"});
            continue;
        }
        governance::Board b;
        b.name = group.name;
        b.kind = governance::BoardKind::TaskAndFinishGroup;
        b.parent = board_id;
        b.remit = group.remit;
        governance::add_board(reg, std::move(b));
    }
    return notes;
}

namespace {

/// The boards table once split into rows, the header first (text or sheet).
std::vector<BoardId> import_board_rows(Register& reg, const std::vector<WordTableRow>& rows, const std::string& source) {
    if (rows.empty()) throw InputError({source, 1, "", "Board"}, "the boards table is empty");
    enum class Col { Board, Kind, ReportsTo, Aliases, Source };
    const auto& head = rows.front().cells;
    std::vector<std::optional<Col>> columns(head.size());
    for (std::size_t c = 0; c < head.size(); ++c) {
        const std::string key = governance::normalise_name(head[c]);
        if (key == "board" || key == "name") columns[c] = Col::Board;
        else if (key == "kind") columns[c] = Col::Kind;
        else if (key == "reports to" || key == "parent") columns[c] = Col::ReportsTo;
        else if (key == "also printed as" || key == "aliases") columns[c] = Col::Aliases;
        else if (key == "source" || key == "notes") columns[c] = Col::Source;
        else throw InputError({source, rows.front().line, "header", head[c]}, "unknown column '" + head[c] + "'");
    }
    auto column = [&](Col col) -> std::optional<std::size_t> {
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (columns[c] == col) return c;
        return std::nullopt;
    };
    const auto name_col = column(Col::Board);
    if (!name_col) throw InputError({source, rows.front().line, "header", "Board"}, "the table needs a 'Board' column");
    const auto kind_col = column(Col::Kind), reports_col = column(Col::ReportsTo), alias_col = column(Col::Aliases);
    auto cell = [](const WordTableRow& row, std::optional<std::size_t> c) { return c ? row.cells[*c] : std::string{}; };

    std::vector<BoardId> added;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        governance::Board b;
        b.name = cell(row, name_col);
        if (b.name.empty()) throw InputError({source, row.line, "", head[*name_col]}, "the row has no board name");
        const std::string kind = cell(row, kind_col);
        if (!kind.empty()) {
            const auto parsed = governance::parse_board_kind(kind);
            if (!parsed)
                throw InputError({source, row.line, b.name, head[*kind_col]},
                                 "unknown kind '" + kind + "' (expected board, committee or task and finish group)");
            b.kind = *parsed;
        }
        b.aliases = text::split_trimmed(cell(row, alias_col), ';');
        try {
            added.push_back(governance::add_board(reg, std::move(b)));
        } catch (const ValidationError& error) {
            throw InputError({source, row.line, cell(row, name_col), head[*name_col]}, error.what());
        }
    }
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        const BoardId from = added[r - 1];
        for (const auto& target : text::split_trimmed(cell(row, reports_col), ';')) {
            const std::string record = cell(row, name_col);
            const std::string field = head[*reports_col];
            const auto to = governance::find_board(reg, target);
            if (!to) throw InputError({source, row.line, record, field}, "no board called '" + target + "'");
            governance::Board& b = governance::board(reg, from);
            try {
                if (b.kind == governance::BoardKind::TaskAndFinishGroup && !b.parent.valid()) {
                    b.parent = *to;
                    if (auto cycle = governance::find_reporting_cycle(reg)) {
                        governance::board(reg, from).parent = BoardId{};
                        throw ValidationError("'" + record + "' cannot report to '" + target +
                                              "': the reporting lines would form a cycle");
                    }
                } else {
                    governance::add_reporting_line(reg, from, *to);
                }
            } catch (const ValidationError& error) {
                throw InputError({source, row.line, record, field}, error.what());
            }
        }
    }
    return added;
}

} // namespace

std::vector<BoardId> import_boards_table(Register& reg, std::string_view bytes, const std::string& source) try {
    const auto decoded = text_detail::decode_text(bytes, source);
    return import_board_rows(reg, parse_word_table(decoded.text, source, {.merge_continuations = false}), source);
} catch (...) {
    text_detail::rethrow_as_input_error(source);
}

std::vector<BoardId> import_boards_table(Register& reg, const CsvTable& table) try {
    std::vector<WordTableRow> rows;
    rows.push_back({table.header_line(), table.header(), {}});
    for (const auto& row : table.rows()) {
        WordTableRow cells{row.line, {}, {}};
        for (std::size_t c = 0; c < row.cells.size(); ++c) cells.cells.emplace_back(table.cell(row, c));
        rows.push_back(std::move(cells));
    }
    return import_board_rows(reg, rows, table.source());
} catch (...) {
    text_detail::rethrow_as_input_error(table.source());
}

std::vector<BoardId> read_boards_table(Register& reg, const std::filesystem::path& path) {
    return import_boards_table(reg, text_detail::read_file_bytes(path), path.string());
}

} // namespace boardroom::io

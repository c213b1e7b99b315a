#include "boardroom/io/meeting_csv.hpp"

#include "boardroom/core/error.hpp"
#include "boardroom/io/csv.hpp"

#include "../core/text.hpp"
#include "../text.hpp"

#include <charconv>
#include <set>

namespace boardroom::io {

namespace {

// A cell keeps its line breaks; only the spaces and tabs around it go.
constexpr auto trim = text::trim_blanks;

using governance::AgendaItem;
using governance::AgendaPart;
using governance::Meeting;

std::optional<int> parse_int(std::string_view text) {
    int value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
    return value;
}

// "3-10", "3 - 10" or a single page "11".
std::optional<governance::PageRange> parse_pages(std::string_view text) {
    const auto dash = text.find('-');
    if (dash == std::string_view::npos) {
        auto page = parse_int(trim(text));
        if (!page) return std::nullopt;
        return governance::PageRange{*page, *page};
    }
    auto first = parse_int(trim(text.substr(0, dash)));
    auto last = parse_int(trim(text.substr(dash + 1)));
    if (!first || !last) return std::nullopt;
    return governance::PageRange{*first, *last};
}

std::vector<std::string> split_leads(std::string_view text) {
    std::vector<std::string> leads;
    while (!text.empty()) {
        const auto semi = text.find(';');
        const auto lead = trim(text.substr(0, semi));
        if (!lead.empty()) leads.emplace_back(lead);
        if (semi == std::string_view::npos) break;
        text.remove_prefix(semi + 1);
    }
    return leads;
}

void read_meeting_row(const CsvTable& table, Meeting& meeting) {
    table.require_known_columns({"board", "date", "time", "venue", "status"});
    const auto board = table.column("board");
    const auto date = table.column("date");
    const auto time = table.find_column("time");
    const auto venue = table.find_column("venue");
    const auto status = table.find_column("status");
    if (table.rows().size() != 1)
        throw InputError({table.source(), table.rows().empty() ? 1 : table.rows()[1].line, "", ""},
                         "the meeting table must hold exactly one meeting, found " +
                             std::to_string(table.rows().size()));
    const CsvRow& row = table.rows().front();

    meeting.board = table.cell(row, board);
    if (meeting.board.empty()) table.fail(row, board, "the board name is empty");

    const auto parsed_date = parse_iso_date(table.cell(row, date));
    if (!parsed_date)
        table.fail(row, date, "'" + std::string(table.cell(row, date)) + "' is not a date in the form YYYY-MM-DD");
    meeting.date = *parsed_date;

    if (time && !table.cell(row, *time).empty()) {
        const auto parsed = parse_time_of_day(table.cell(row, *time));
        if (!parsed)
            table.fail(row, *time, "'" + std::string(table.cell(row, *time)) + "' is not a time in the form HH:MM");
        meeting.start = *parsed;
    }
    if (venue) meeting.venue = table.cell(row, *venue);
    if (status && !table.cell(row, *status).empty()) {
        const auto parsed = governance::parse_meeting_status(table.cell(row, *status));
        if (!parsed)
            table.fail(row, *status,
                       "unknown status '" + std::string(table.cell(row, *status)) +
                           "' (expected scheduled, to be confirmed, held or cancelled)");
        meeting.status = *parsed;
    }
}

/// Urgent business: a reason alone marks the item urgent; "urgent" = yes
/// without a reason is refused, because the reason must be recorded.
void read_urgency(const CsvTable& table, const CsvRow& row, std::optional<std::size_t> urgent,
                  std::optional<std::size_t> reason_column, AgendaItem& item) {
    const std::string_view reason = reason_column ? table.cell(row, *reason_column) : std::string_view{};
    bool flagged = false;
    if (urgent) {
        const auto text = table.cell(row, *urgent);
        if (text == "yes" || text == "true") flagged = true;
        else if (text == "no" || text == "false") {
            if (!reason.empty())
                table.fail(row, *reason_column, "the item has an urgent_reason but is marked not urgent");
        } else if (!text.empty()) {
            table.fail(row, *urgent, "'" + std::string(text) + "' is not yes or no");
        }
    }
    if (flagged && reason.empty())
        table.fail(row, reason_column ? *reason_column : *urgent,
                   "urgent business needs the special circumstances the chair gave for admitting it (urgent_reason)");
    if (!reason.empty()) item.urgent_reason = std::string(reason);
}

void read_agenda(const CsvTable& table, Meeting& meeting) {
    table.require_known_columns({"number", "title", "purpose", "part", "intended_outcome", "lead", "pages",
                                 "exempt_paragraph", "standing", "urgent", "urgent_reason"});
    const auto number = table.column("number");
    const auto title = table.column("title");
    const auto purpose = table.column("purpose");
    const auto part = table.column("part");
    const auto outcome = table.find_column("intended_outcome");
    const auto lead = table.find_column("lead");
    const auto pages = table.find_column("pages");
    const auto paragraph = table.find_column("exempt_paragraph");
    const auto standing = table.find_column("standing");
    const auto urgent = table.find_column("urgent");
    const auto urgent_reason = table.find_column("urgent_reason");

    std::set<std::string, std::less<>> numbers;
    for (const CsvRow& row : table.rows()) {
        AgendaItem item;
        item.number = table.cell(row, number);
        if (item.number.empty()) table.fail(row, number, "the item has no number");
        if (!numbers.insert(item.number).second)
            table.fail(row, number, "item number '" + item.number + "' is used twice");
        item.title = table.cell(row, title);
        if (item.title.empty()) table.fail(row, title, "the item has no title");

        const auto parsed_purpose = governance::parse_item_purpose(table.cell(row, purpose));
        if (!parsed_purpose)
            table.fail(row, purpose,
                       "unknown purpose '" + std::string(table.cell(row, purpose)) +
                           "' (expected Information, Action, Discuss or Decision)");
        item.purpose = *parsed_purpose;

        const auto part_text = table.cell(row, part);
        if (part_text.empty())
            table.fail(row, part, "the item is not marked Part I (public) or Part II (exempt)");
        const auto parsed_part = governance::parse_agenda_part(part_text);
        if (!parsed_part) table.fail(row, part, "'" + std::string(part_text) + "' is neither Part I nor Part II");
        item.part = *parsed_part;

        const std::string_view paragraph_text = paragraph ? table.cell(row, *paragraph) : std::string_view{};
        if (item.part == AgendaPart::Exempt) {
            if (!paragraph) table.fail(row, part, "a Part II item needs an exempt_paragraph column");
            const auto value = parse_int(paragraph_text);
            if (!value || *value < 1 || *value > 7)
                table.fail(row, *paragraph, "a Part II item needs the Schedule 12A paragraph it is exempt under (1-7)");
            item.exempt_paragraph = *value;
        } else if (!paragraph_text.empty()) {
            table.fail(row, *paragraph, "a Part I item cannot name an exemption paragraph");
        }

        if (outcome) item.intended_outcome = table.cell(row, *outcome);
        if (lead) item.leads = split_leads(table.cell(row, *lead));
        if (pages && !table.cell(row, *pages).empty()) {
            const auto range = parse_pages(table.cell(row, *pages));
            if (!range || range->first < 1 || range->last < range->first)
                table.fail(row, *pages, "'" + std::string(table.cell(row, *pages)) +
                                            "' is not a page range such as 3-10");
            item.pages = range;
        }
        if (standing) {
            const auto text = table.cell(row, *standing);
            if (text == "yes" || text == "true") item.standing = true;
            else if (text.empty() || text == "no" || text == "false") item.standing = false;
            else table.fail(row, *standing, "'" + std::string(text) + "' is not yes or no");
        }
        read_urgency(table, row, urgent, urgent_reason, item);
        meeting.agenda.push_back(std::move(item));
    }
}

} // namespace

governance::Meeting load_meeting_folder(const std::filesystem::path& folder) {
    std::vector<governance::DataQualityNote> notes;
    return load_meeting_folder(folder, notes);
}

governance::Meeting load_meeting_folder(const std::filesystem::path& folder,
                                        std::vector<governance::DataQualityNote>& notes) {
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error))
        throw StorageError(folder.string(), "is not a folder holding meeting.csv and agenda.csv");
    const auto meeting = CsvTable::read(folder / "meeting.csv");
    const auto agenda = CsvTable::read(folder / "agenda.csv");
    auto loaded = load_meeting_tables(meeting, agenda);
    for (const auto* table : {&meeting, &agenda})
        if (table->converted_from_windows_1252())
            notes.push_back({table->source(), 0, text_detail::windows_1252_message()});
    return loaded;
}

governance::Meeting load_meeting_tables(const CsvTable& meeting_table, const CsvTable& agenda_table) try {
    Meeting meeting;
    read_meeting_row(meeting_table, meeting);
    read_agenda(agenda_table, meeting);
    try {
        governance::validate(meeting);
    } catch (const ValidationError& e) {
        // The one rule set every loader applies; the file of the items names it here.
        throw InputError({agenda_table.source(), 0, "", ""}, e.what());
    }
    return meeting;
} catch (...) {
    text_detail::rethrow_as_input_error(agenda_table.source());
}

} // namespace boardroom::io

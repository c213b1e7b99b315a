#include "boardroom/io/governance_contacts.hpp"

#include "boardroom/core/error.hpp"
#include "boardroom/governance/people.hpp"
#include "boardroom/io/governance_text.hpp"

#include "../core/text.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

namespace boardroom::io {

namespace gov = governance;

namespace {

/// The column whose printed name has one of these keys (normalise_name).
std::optional<std::size_t> column_named(const CsvTable& table, std::initializer_list<std::string_view> keys) {
    for (std::size_t c = 0; c < table.header().size(); ++c) {
        const std::string key = gov::normalise_name(table.header()[c]);
        if (std::find(keys.begin(), keys.end(), key) != keys.end()) return c;
    }
    return std::nullopt;
}

/// The words of a telephone cell that are email addresses (they hold '@'),
/// and what is left of the cell without them.
struct PhoneCell {
    std::string phone;
    std::vector<std::string> emails;
};

PhoneCell split_phone_cell(std::string_view cell) {
    PhoneCell out;
    std::size_t i = 0;
    while (i < cell.size()) {
        while (i < cell.size() && cell[i] == ' ') ++i;
        const std::size_t start = i;
        while (i < cell.size() && cell[i] != ' ') ++i;
        const std::string_view word = cell.substr(start, i - start);
        if (word.empty()) continue;
        if (word.find('@') != std::string_view::npos) {
            out.emails.emplace_back(word);
        } else {
            if (!out.phone.empty()) out.phone += ' ';
            out.phone += word;
        }
    }
    return out;
}

bool is_section_row(const CsvTable& table, const CsvRow& row) {
    if (table.cell(row, 0).empty()) return false;
    for (std::size_t c = 1; c < row.cells.size(); ++c)
        if (!table.cell(row, c).empty()) return false;
    return true;
}

} // namespace

bool is_plausible_email(std::string_view text) noexcept {
    const auto at = text.find('@');
    if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) return false;
    for (const char c : text)
        if (c == ' ' || c == '\t' || c == ',' || c == ';' || c == '<' || c == '>' || c == '"' || c == '(' || c == ')')
            return false;
    const std::string_view domain = text.substr(at + 1);
    const auto dot = domain.find('.');
    return dot != std::string_view::npos && dot > 0 && domain.back() != '.' &&
           domain.find("..") == std::string_view::npos;
}

CsvTable parse_tab_table(std::string_view bytes, std::string source, std::size_t first_line) try {
    const auto decoded = text_detail::decode_text(bytes, source, first_line);
    std::string_view text = decoded.text;
    std::vector<CsvRow> rows;
    bool in_table = false;
    std::size_t line = first_line;
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view content = text.substr(0, end);
        if (!content.empty() && content.back() == '\r') content.remove_suffix(1);
        if (content.find('\t') != std::string_view::npos) in_table = true;
        if (in_table) {
            CsvRow row{line, {}};
            std::size_t start = 0;
            for (;;) {
                const auto tab = content.find('\t', start);
                row.cells.emplace_back(content.substr(start, tab == std::string_view::npos ? tab : tab - start));
                if (tab == std::string_view::npos) break;
                start = tab + 1;
            }
            rows.push_back(std::move(row));
        }
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
        ++line;
    }
    if (rows.empty()) throw InputError({source, first_line, "", ""}, "no tab-separated table found");
    return CsvTable::from_rows(std::move(rows), std::move(source), decoded.windows_1252);
} catch (...) {
    text_detail::rethrow_as_input_error(source);
}

std::vector<gov::DataQualityNote> attach_contacts(gov::Register& reg, const CsvTable& table) try {
    const auto name = column_named(table, {"name"});
    if (!name) table.column("Name");  // throws, naming the missing column
    const auto title = column_named(table, {"title", "job title"});
    const auto organisation = column_named(table, {"organisation", "organization"});
    const auto phone = column_named(table, {"tel number", "tel no", "tel", "telephone", "telephone number", "phone"});
    const auto email = column_named(table, {"email", "e mail", "email address", "e mail address"});
    if (!phone && !email)
        throw InputError({table.source(), 0, "", "Tel. Number"},
                         "the table has neither a telephone ('Tel. Number') nor an 'Email' column");

    std::vector<gov::DataQualityNote> notes;
    if (table.converted_from_windows_1252()) notes.push_back({table.source(), 0, text_detail::windows_1252_message()});
    std::map<PersonId, std::size_t> seen;  // person -> line of their row
    std::vector<std::pair<PersonId, gov::ContactDetails>> found;
    for (const CsvRow& row : table.rows()) {
        if (is_section_row(table, row)) continue;
        const std::string printed(table.cell(row, *name));
        if (printed.empty())
            table.fail(row, *name, "the row has no name: only people's contact details can be attached");

        gov::ContactDetails contact;
        std::size_t email_column = email ? *email : *phone;
        if (phone) {
            auto cell = split_phone_cell(table.cell(row, *phone));
            contact.phone = std::move(cell.phone);
            if (cell.emails.size() > 1) table.fail(row, *phone, "the cell holds more than one email address");
            if (!cell.emails.empty()) {
                contact.email = std::move(cell.emails.front());
                email_column = *phone;
            }
        }
        if (email && !table.cell(row, *email).empty()) {
            if (!contact.email.empty())
                table.fail(row, *email, "an email address is given both here and in the telephone column");
            contact.email = std::string(table.cell(row, *email));
            email_column = *email;
        }
        if (contact.phone.empty() && contact.email.empty())
            table.fail(row, phone ? *phone : *email, "the row gives neither a telephone number nor an email address");
        if (!contact.email.empty() && !is_plausible_email(contact.email))
            table.fail(row, email_column, "'" + contact.email + "' is not an email address (name@domain.tld)");

        std::vector<PersonId> people = gov::find_people(reg, gov::parse_person_name(printed));
        if (people.size() > 1 && organisation && !table.cell(row, *organisation).empty()) {
            const auto org = gov::find_organisation(reg, table.cell(row, *organisation));
            std::vector<PersonId> of_org;
            for (const auto id : people)
                if (org && gov::person(reg, id).organisation == *org) of_org.push_back(id);
            if (!of_org.empty()) people = std::move(of_org);
        }
        if (people.empty())
            table.fail(row, *name, "no one called '" + printed + "' is in the register (contact details are only "
                                   "attached to people of the board's papers)");
        if (people.size() > 1)
            table.fail(row, *name, "'" + printed + "' could name " + std::to_string(people.size()) +
                                       " people in the register");
        const PersonId id = people.front();
        if (const auto [at, added] = seen.emplace(id, row.line); !added)
            table.fail(row, *name, "a second row for " + gov::full_name(gov::person(reg, id)) + " (the first is line " +
                                       std::to_string(at->second) + ")");

        if (title && !table.cell(row, *title).empty()) {
            const std::string printed_title(table.cell(row, *title));
            const auto& titles = gov::person(reg, id).titles;
            const bool known = std::any_of(titles.begin(), titles.end(), [&](const gov::DatedTitle& t) {
                return gov::normalise_name(t.title) == gov::normalise_name(printed_title);
            });
            if (!known) {
                std::string held;
                for (const auto& t : titles) held += (held.empty() ? "'" : ", '") + t.title + "'";
                notes.push_back({table.source(), row.line,
                                 "the contacts table gives " + gov::full_name(gov::person(reg, id)) + " the title '" +
                                     printed_title + "'; the papers print " + (held.empty() ? "no title" : held)});
            }
        }
        found.emplace_back(id, std::move(contact));
    }
    for (auto& [id, contact] : found) gov::person(reg, id).contact = std::move(contact);
    return notes;
} catch (...) {
    text_detail::rethrow_as_input_error(table.source());
}

std::vector<gov::DataQualityNote> load_contacts(gov::Register& reg, const std::filesystem::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".csv") return attach_contacts(reg, CsvTable::read(path));
    return attach_contacts(reg, parse_tab_table(text_detail::read_file_bytes(path), path.string()));
}

} // namespace boardroom::io

#include "boardroom/governance/meeting.hpp"

#include "boardroom/core/error.hpp"

#include "../text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace boardroom::governance {

namespace {

std::string lower_trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// Schedule 12A to the Local Government Act 1972, Part 1 (as amended 2006), in brief.
constexpr std::array<std::string_view, 7> kSchedule12A{
    "Information relating to any individual",
    "Information which is likely to reveal the identity of an individual",
    "Information relating to the financial or business affairs of any particular person "
    "(including the authority holding that information)",
    "Information relating to consultations or negotiations, or contemplated consultations or "
    "negotiations, in connection with any labour relations matter",
    "Information in respect of which a claim to legal professional privilege could be maintained "
    "in legal proceedings",
    "Information which reveals that the authority proposes to give a notice, or to make an order "
    "or direction, under any enactment",
    "Information relating to any action taken or to be taken in connection with the prevention, "
    "investigation or prosecution of crime",
};

} // namespace

const AgendaItem& Meeting::item(std::string_view number) const {
    for (const auto& entry : agenda)
        if (entry.number == number) return entry;
    throw NotFoundError("no agenda item numbered '" + std::string(number) + "' at the " + board +
                        " meeting of " + to_iso_string(date));
}

std::string_view to_string(ItemPurpose purpose) noexcept {
    switch (purpose) {
    case ItemPurpose::Information: return "Information";
    case ItemPurpose::Action: return "Action";
    case ItemPurpose::Discuss: return "Discuss";
    case ItemPurpose::Decision: return "Decision";
    }
    return "Information";
}

std::string_view to_string(AgendaPart part) noexcept { return part == AgendaPart::Public ? "I" : "II"; }

std::string_view to_string(MeetingStatus status) noexcept {
    switch (status) {
    case MeetingStatus::Scheduled: return "scheduled";
    case MeetingStatus::ToBeConfirmed: return "to be confirmed";
    case MeetingStatus::Held: return "held";
    case MeetingStatus::Cancelled: return "cancelled";
    }
    return "scheduled";
}

std::optional<ItemPurpose> parse_item_purpose(std::string_view text) noexcept {
    const std::string key = lower_trimmed(text);
    if (key == "information") return ItemPurpose::Information;
    if (key == "action") return ItemPurpose::Action;
    if (key == "discuss" || key == "discussion") return ItemPurpose::Discuss;
    if (key == "decision") return ItemPurpose::Decision;
    return std::nullopt;
}

std::optional<AgendaPart> parse_agenda_part(std::string_view text) noexcept {
    const std::string key = lower_trimmed(text);
    if (key == "i" || key == "1" || key == "public") return AgendaPart::Public;
    if (key == "ii" || key == "2" || key == "exempt") return AgendaPart::Exempt;
    return std::nullopt;
}

std::optional<MeetingStatus> parse_meeting_status(std::string_view text) noexcept {
    const std::string key = lower_trimmed(text);
    if (key == "scheduled") return MeetingStatus::Scheduled;
    if (key == "to be confirmed" || key == "tbc") return MeetingStatus::ToBeConfirmed;
    if (key == "held") return MeetingStatus::Held;
    if (key == "cancelled" || key == "canceled") return MeetingStatus::Cancelled;
    return std::nullopt;
}

std::string_view exempt_paragraph_description(int paragraph) {
    if (paragraph < 1 || paragraph > 7)
        throw ValidationError("Schedule 12A has paragraphs 1 to 7, not " + std::to_string(paragraph));
    return kSchedule12A[static_cast<std::size_t>(paragraph - 1)];
}

std::string item_key(std::string_view number) {
    std::string_view rest = text::trim(number);
    if (text::istarts_with(rest, "item")) rest = text::trim(rest.substr(4));
    while (!rest.empty() && (rest.back() == '.' || rest.back() == ')' || text::is_space(rest.back())))
        rest.remove_suffix(1);
    std::string key;
    key.reserve(rest.size());
    for (const char c : rest)
        if (!text::is_space(c)) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::size_t zeros = 0;
    while (zeros + 1 < key.size() && key[zeros] == '0' && text::is_digit(key[zeros + 1])) ++zeros;
    key.erase(0, zeros);
    return key;
}

void validate(const Meeting& meeting) {
    if (meeting.board.empty()) throw ValidationError("meeting has no board name");
    if (!meeting.date.ok()) throw ValidationError("meeting of " + meeting.board + " has no valid date");
    std::set<std::string> seen;
    for (const auto& item : meeting.agenda) {
        const std::string where = "agenda item '" + item.number + "'";
        if (item.number.empty()) throw ValidationError("an agenda item has no number");
        if (!seen.insert(item_key(item.number)).second) throw ValidationError(where + " appears twice");
        if (item.title.empty()) throw ValidationError(where + " has no title");
        if (item.part == AgendaPart::Exempt && (item.exempt_paragraph < 0 || item.exempt_paragraph > 7))
            throw ValidationError(where + " is Part II under paragraph " + std::to_string(item.exempt_paragraph) +
                                  ", but Schedule 12A has paragraphs 1 to 7");
        if (item.part == AgendaPart::Public && item.exempt_paragraph != 0)
            throw ValidationError(where + " is Part I but names an exemption paragraph");
        if (item.pages && (item.pages->first < 1 || item.pages->last < item.pages->first))
            throw ValidationError(where + " has pages " + std::to_string(item.pages->first) + "-" +
                                  std::to_string(item.pages->last) + ", which do not run forwards");
        if (item.urgent_reason && lower_trimmed(*item.urgent_reason).empty())
            throw ValidationError(where + " is urgent business but the chair's reason for admitting it is not "
                                          "recorded");
    }
}

} // namespace boardroom::governance

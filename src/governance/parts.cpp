#include "boardroom/governance/parts.hpp"

#include "../text.hpp"

namespace boardroom::governance {

ItemPart stricter(const ItemPart& a, const ItemPart& b) noexcept {
    if (a.is_exempt() != b.is_exempt()) return a.is_exempt() ? a : b;
    if (!a.is_exempt()) return a;
    return a.exempt_paragraph != 0 ? a : b;
}

std::optional<ItemPart> stricter(const std::optional<ItemPart>& a, const std::optional<ItemPart>& b) noexcept {
    if (!a) return b;
    if (!b) return a;
    return stricter(*a, *b);
}

std::optional<ItemPart> exemption_stated(std::string_view printed) {
    std::string lower = text::lower(printed);
    for (char& c : lower)
        if (!text::is_alpha(c) && !text::is_digit(c)) c = ' ';
    const auto words = text::words(lower);
    bool exempt = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        const std::string next = i + 1 < words.size() ? words[i + 1] : std::string();
        if (w == "part" && (next == "ii" || next == "2" || next == "two")) exempt = true;
        if (w.rfind("exempt", 0) == 0 || w == "confidential") exempt = true;
        if (w == "not" && next == "for" && i + 2 < words.size() && words[i + 2] == "publication") exempt = true;
    }
    if (!exempt) return std::nullopt;
    return ItemPart{AgendaPart::Exempt, cited_paragraph(printed)};
}

int cited_paragraph(std::string_view printed) {
    std::string lower = text::lower(printed);
    for (char& c : lower)
        if (!text::is_alpha(c) && !text::is_digit(c)) c = ' ';
    const auto words = text::words(lower);
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        const std::string& w = words[i];
        const std::string& next = words[i + 1];
        if ((w == "paragraph" || w == "paragraphs" || w == "para") && next.size() == 1 && next[0] >= '1' &&
            next[0] <= '7')
            return next[0] - '0';
    }
    return 0;
}

std::optional<ItemPart> own_part(const std::optional<AgendaPart>& part, int exempt_paragraph) noexcept {
    if (!part) return std::nullopt;
    return ItemPart{*part, *part == AgendaPart::Exempt ? exempt_paragraph : 0};
}

std::string ItemParts::key(MeetingId meeting, std::string_view number) {
    return std::to_string(meeting.value()) + '\x1f' + item_key(number);
}

ItemParts::ItemParts(const Register& reg) {
    auto mark = [this](MeetingId meeting, std::string_view number, const ItemPart& part) {
        const auto [found, inserted] = parts_.emplace(key(meeting, number), part);
        if (!inserted) found->second = stricter(found->second, part);
    };
    for (const auto& meeting : reg.meetings)
        for (const auto& item : meeting.agenda)
            mark(meeting.id, item.number, ItemPart{item.part, item.is_exempt() ? item.exempt_paragraph : 0});
    for (const auto& minute : reg.minutes)
        if (const auto own = own_part(minute.part, minute.exempt_paragraph)) mark(minute.meeting, minute.number, *own);
}

std::optional<ItemPart> ItemParts::of_item(MeetingId meeting, std::string_view number) const {
    const auto found = parts_.find(key(meeting, number));
    if (found == parts_.end()) return std::nullopt;
    return found->second;
}

std::optional<ItemPart> ItemParts::of(const MinuteItem& minute) const {
    return stricter(own_part(minute.part, minute.exempt_paragraph), of_item(minute.meeting, minute.number));
}

std::optional<ItemPart> ItemParts::of(const Action& action) const {
    const auto own = own_part(action.part, action.exempt_paragraph);
    if (item_key(action.item).empty()) return own;
    return stricter(own, of_item(action.raised_at, action.item));
}

std::optional<ItemPart> ItemParts::of(const DeclarationOfInterest& declaration, MeetingId meeting) const {
    const auto own = own_part(declaration.part, declaration.exempt_paragraph);
    if (item_key(declaration.item).empty()) return stricter(own, ItemPart{});
    return stricter(own, of_item(meeting, declaration.item));
}

} // namespace boardroom::governance

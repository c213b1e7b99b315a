// Which part of a meeting's business a record belongs to: Part I (open to
// press and public) or Part II (exempt under a paragraph of Schedule 12A to
// the Local Government Act 1972). Exemption belongs to the record: minutes,
// actions and declarations carry their own part, set by the loaders, and
// this index adds what the agenda of the same meeting says of the item.
#pragma once

#include "boardroom/governance/register.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace boardroom::governance {

struct ItemPart {
    AgendaPart part{AgendaPart::Public};
    int exempt_paragraph{0};  ///< Part II: 1-7, or 0 when the papers do not give it

    bool is_exempt() const noexcept { return part == AgendaPart::Exempt; }
    friend bool operator==(const ItemPart&, const ItemPart&) = default;
};

/// The stricter of two marks: Part II over Part I, a given paragraph over none.
ItemPart stricter(const ItemPart& a, const ItemPart& b) noexcept;
/// Either mark, the stricter when both are known; std::nullopt when neither is.
std::optional<ItemPart> stricter(const std::optional<ItemPart>& a, const std::optional<ItemPart>& b) noexcept;

/// The part of every numbered item of every meeting in a register, from the
/// agendas and from the minute items' own marks, keyed by meeting and
/// item_key ("7." and "07" are item 7). Built in one pass; each question is a
/// hash lookup, so asking it of every record stays linear.
class ItemParts {
public:
    explicit ItemParts(const Register& reg);

    /// What the agenda and minutes of `meeting` establish for item `number`.
    std::optional<ItemPart> of_item(MeetingId meeting, std::string_view number) const;
    /// A minute item: its own mark and its agenda item's, the stricter.
    std::optional<ItemPart> of(const MinuteItem& minute) const;
    /// An action: its own mark and that of the item it was raised at.
    std::optional<ItemPart> of(const Action& action) const;
    /// A declaration made at `meeting`: its own mark and its item's; a
    /// declaration on no item (a general one) is Part I.
    std::optional<ItemPart> of(const DeclarationOfInterest& declaration, MeetingId meeting) const;

private:
    static std::string key(MeetingId meeting, std::string_view number);
    std::unordered_map<std::string, ItemPart> parts_;
};

/// Part II when `text` says its business is exempt: "Part II", "Part 2",
/// "exempt", "not for publication", "confidential", with the Schedule 12A
/// paragraph if it names one ("paragraph 3"); std::nullopt otherwise. Used
/// where a document has no column for the part, such as a forward plan's
/// topic "Contract award (Part II, paragraph 3)".
std::optional<ItemPart> exemption_stated(std::string_view text);

/// The Schedule 12A paragraph a text cites: the number after "paragraph",
/// "paragraphs" or "para" ("paragraphs 1 and 2" -> 1); 0 when it cites none of 1-7.
int cited_paragraph(std::string_view text);

/// A record's own mark as an ItemPart (std::nullopt when unmarked).
std::optional<ItemPart> own_part(const std::optional<AgendaPart>& part, int exempt_paragraph) noexcept;

} // namespace boardroom::governance

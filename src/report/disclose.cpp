#include "boardroom/report/disclose.hpp"

#include "boardroom/core/error.hpp"
#include "boardroom/governance/parts.hpp"
#include "boardroom/report/public_view.hpp"

#include <unordered_map>
#include <utility>

namespace boardroom::report {

namespace gov = governance;

namespace {

/// A standing item as it may be published: the rule of public_view, applied
/// through a one-item meeting so that it is not restated here.
gov::AgendaItem public_item(const gov::AgendaItem& item, const std::string& board) {
    if (!item.is_exempt()) return item;
    gov::Meeting one;
    one.board = board.empty() ? "board" : board;
    one.date = Date{std::chrono::year{2000}, std::chrono::January, std::chrono::day{1}};
    one.agenda.push_back(item);
    if (one.agenda.front().number.empty()) one.agenda.front().number = "-";  // standing items' numbers are ignored
    auto shown = public_view(one).agenda.front();
    shown.number = item.number;
    return shown;
}

class Resolver {
public:
    Resolver(const gov::Register& reg, const DisclosureOptions& options) : parts_(reg), options_(options) {
        for (const auto& meeting : reg.meetings) meetings_.emplace(meeting.id, &meeting);
    }

    /// The part to publish a record under, or DisclosureError when it cannot
    /// be established and the options do not say.
    gov::ItemPart resolve(const std::optional<gov::ItemPart>& found, MeetingId meeting, std::string_view what) const {
        if (found) return *found;
        if (options_.unmarked_part) return gov::ItemPart{*options_.unmarked_part, 0};
        throw DisclosureError(where(meeting) + ": " + std::string(what) +
                              ": neither the record, the minutes' Part I / Part II headings nor the meeting's "
                              "agenda say whether it is Part I or Part II, so it cannot be published; mark the "
                              "Part II business in the minutes, or state it with --unmarked-part public (papers "
                              "with no exempt business) or --unmarked-part exempt (withhold every unmarked record)");
    }

    const gov::ItemParts& parts() const noexcept { return parts_; }

private:
    std::string where(MeetingId id) const {
        const auto found = meetings_.find(id);
        if (found == meetings_.end()) return "meeting " + std::to_string(id.value());
        return found->second->board + ", meeting of " + to_long_string(found->second->date);
    }

    gov::ItemParts parts_;
    const DisclosureOptions& options_;
    std::unordered_map<MeetingId, const gov::Meeting*> meetings_;
};

void set_part(std::optional<gov::AgendaPart>& part, int& paragraph, const gov::ItemPart& resolved) {
    part = resolved.part;
    paragraph = resolved.is_exempt() ? resolved.exempt_paragraph : 0;
}

} // namespace

gov::Register disclose(const gov::Register& reg, const DisclosureOptions& options) {
    const Resolver resolver(reg, options);
    gov::Register out = reg;

    for (auto& person : out.people) person.contact.reset();
    for (auto& meeting : out.meetings) meeting = public_view(meeting);
    for (auto& board : out.boards)
        for (auto& standing : board.standing_items) standing.item = public_item(standing.item, board.name);

    for (auto& minute : out.minutes) {
        const auto part = resolver.resolve(resolver.parts().of(minute), minute.meeting, "minute " + minute.number);
        set_part(minute.part, minute.exempt_paragraph, part);
        if (!part.is_exempt()) continue;
        minute.title = std::string(withheld_title);
        minute.paragraphs.clear();
        minute.resolutions.clear();
    }
    for (auto& action : out.actions) {
        const std::string what = "action " + std::to_string(action.id.value()) +
                                 (action.item.empty() ? std::string() : " raised at item " + action.item);
        const auto part = resolver.resolve(resolver.parts().of(action), action.raised_at, what);
        set_part(action.part, action.exempt_paragraph, part);
        if (!part.is_exempt()) continue;
        action.text.clear();
        action.owners.clear();
        action.owners_as_printed.clear();
        for (auto& change : action.history) change.note.clear();
    }
    for (auto& record : out.interests) {
        std::vector<gov::DeclarationOfInterest> shown;
        for (auto& declaration : record.declarations) {
            const auto part = resolver.resolve(resolver.parts().of(declaration, record.meeting), record.meeting,
                                               "declaration of interest on item " + declaration.item);
            set_part(declaration.part, declaration.exempt_paragraph, part);
            if (!part.is_exempt()) shown.push_back(std::move(declaration));
        }
        // The minuted wording names every declaration, withheld ones too.
        if (shown.size() != record.declarations.size()) record.as_minuted.clear();
        record.declarations = std::move(shown);
    }
    for (auto& entry : out.forward_plan) {
        if (entry.part != gov::AgendaPart::Exempt) continue;
        entry.topic = std::string(withheld_title);
        entry.lead_officers.clear();
        entry.notes.clear();
    }
    return out;
}

io::BoardBundle disclose(const io::BoardBundle& bundle, const DisclosureOptions& options) {
    io::BoardBundle out;
    out.records = disclose(bundle.records, options);
    out.plans = bundle.plans;
    out.risk_registers = bundle.risk_registers;
    out.diagnostics = bundle.diagnostics;
    out.self_assessments = bundle.self_assessments;
    return out;
}

} // namespace boardroom::report

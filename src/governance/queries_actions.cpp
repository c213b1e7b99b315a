// Action owners, overdue actions, matters arising and the draft agenda.
#include "boardroom/core/error.hpp"
#include "boardroom/governance/queries.hpp"

#include "boardroom/governance/parts.hpp"
#include "../text.hpp"

#include <algorithm>
#include <map>

namespace boardroom::governance {

namespace {

std::string names_of(const Register& reg, const std::vector<PersonId>& ids) {
    std::vector<std::string> names;
    for (const auto id : ids) names.push_back(full_name(person(reg, id)));
    return text::join(names, ", ");
}

bool family_order(const Person& a, const Person& b) {
    const auto ka = text::lower(a.family_name), kb = text::lower(b.family_name);
    if (ka != kb) return ka < kb;
    const auto ga = text::lower(a.given_name), gb = text::lower(b.given_name);
    if (ga != gb) return ga < gb;
    return a.id < b.id;
}

std::string long_date(Date date) {
    // "Thursday 17 September 2015" -> "17 September 2015" for titles.
    std::string text = to_long_string(date);
    const auto space = text.find(' ');
    return space == std::string::npos ? text : text.substr(space + 1);
}

} // namespace

std::vector<std::string> split_initials(std::string_view printed) {
    std::vector<std::string> out;
    std::string current;
    auto flush = [&] {
        if (!current.empty() && text::lower(current) != "and") out.push_back(text::upper(current));
        current.clear();
    };
    for (const char c : printed) {
        if (c == '/' || c == '&' || c == ',' || c == '+' || c == ';' || text::is_space(c)) flush();
        else if (c != '.') current += c;
    }
    flush();
    return out;
}

std::vector<PersonId> resolve_initials(const Register& reg, MeetingId meeting_id, std::string_view printed) {
    const Meeting& m = meeting(reg, meeting_id);
    const auto wanted = split_initials(printed);
    const std::string where = " at the " + m.board + " meeting of " + to_iso_string(m.date);
    if (wanted.empty()) throw ValidationError("no initials in '" + std::string(printed) + "'" + where);
    const auto records = attendance_at(reg, meeting_id);
    std::vector<PersonId> owners;
    for (const auto& initials : wanted) {
        std::vector<PersonId> in_room, elsewhere;
        for (const auto& record : records) {
            if (initials_of(person(reg, record.person)) != initials) continue;
            auto& bucket = record.in_room() ? in_room : elsewhere;
            if (std::find(bucket.begin(), bucket.end(), record.person) == bucket.end()) bucket.push_back(record.person);
        }
        // People in the room first: an owner is far more often someone present;
        // apologies are a fallback, never a tie-breaker.
        const auto& chosen = in_room.empty() ? elsewhere : in_room;
        if (chosen.empty())
            throw ValidationError("unknown initials '" + initials + "' in '" + std::string(printed) +
                                  "': nobody recorded" + where + " has them");
        if (chosen.size() > 1)
            throw ValidationError("ambiguous initials '" + initials + "' in '" + std::string(printed) +
                                  "': " + names_of(reg, chosen) + where + " all have them");
        if (std::find(owners.begin(), owners.end(), chosen.front()) == owners.end()) owners.push_back(chosen.front());
    }
    return owners;
}

std::optional<Date> due_date(const Register& reg, const Action& a) {
    switch (a.due.kind) {
    case Due::Kind::Unspecified: return std::nullopt;
    case Due::Kind::OnDate: return a.due.date;
    case Due::Kind::NextMeeting: {
        const Meeting& raised = meeting(reg, a.raised_at);
        std::optional<Date> next;
        for (const Meeting* m : meetings_of_board(reg, raised.board_id))
            if (m->date > raised.date && m->status != MeetingStatus::Cancelled && (!next || m->date < *next))
                next = m->date;
        return next;
    }
    }
    return std::nullopt;
}

std::vector<OwnerActions> overdue_actions_by_owner(const Register& reg, Date as_of) {
    std::map<PersonId, std::vector<std::pair<Date, ActionId>>> by_owner;
    for (const auto& a : reg.actions) {
        if (!is_outstanding(status_on(a, as_of))) continue;
        const auto due = due_date(reg, a);
        if (!due || !(*due < as_of)) continue;
        for (const auto owner : a.owners) by_owner[owner].emplace_back(*due, a.id);
    }
    std::vector<OwnerActions> out;
    for (auto& [owner, list] : by_owner) {
        std::sort(list.begin(), list.end());
        OwnerActions entry{owner, {}};
        for (const auto& [due, id] : list) entry.actions.push_back(id);
        out.push_back(std::move(entry));
    }
    std::sort(out.begin(), out.end(), [&reg](const OwnerActions& x, const OwnerActions& y) {
        return family_order(person(reg, x.owner), person(reg, y.owner));
    });
    return out;
}

std::vector<ActionId> matters_arising(const Register& reg, BoardId board_id, Date as_of) {
    // The board's earlier meetings, then the actions raised at each (through the
    // index): what this touches is the board's own history, not the register's.
    std::vector<std::pair<Date, const Action*>> found;
    for (const Meeting* raised : meetings_of_board(reg, board_id)) {
        if (!(raised->date < as_of)) continue;
        for (const Action* a : actions_raised_at(reg, raised->id))
            if (is_outstanding(status_on(*a, as_of))) found.emplace_back(raised->date, a);
    }
    // Oldest meeting first; within a date, in the order the actions are stored.
    std::sort(found.begin(), found.end(), [](const auto& x, const auto& y) {
        if (x.first != y.first) return x.first < y.first;
        return x.second < y.second;
    });
    std::vector<ActionId> out;
    out.reserve(found.size());
    for (const auto& [date, a] : found) out.push_back(a->id);
    return out;
}

DraftAgenda draft_agenda(const Register& reg, BoardId board_id, Date date) {
    const Board& b = board(reg, board_id);
    DraftAgenda draft;
    Meeting& out = draft.meeting;
    out.board = b.name;
    out.board_id = board_id;
    out.date = date;
    if (const auto diary = find_meeting(reg, board_id, date)) {
        const Meeting& entry = meeting(reg, *diary);
        out.id = entry.id;
        out.board = entry.board;
        out.start = entry.start;
        out.end = entry.end;
        out.venue = entry.venue;
        out.status = entry.status;
    }

    // Standing items: those of the board's latest agenda before the date, in
    // their places, then the board's own list for any the agenda lacked (an
    // item the minutes made standing after that agenda was printed).
    struct Standing {
        StandingItem item;
        std::optional<Date> agenda_of;  ///< the agenda it was copied from, if any
    };
    std::vector<Standing> standing;
    const Meeting* latest = nullptr;
    for (const Meeting* m : meetings_of_board(reg, board_id))
        if (m->date < date && !m->agenda.empty() && (!latest || latest->date < m->date)) latest = m;
    if (latest)
        for (auto& s : standing_items_from(*latest)) standing.push_back({std::move(s), latest->date});
    for (const auto& s : b.standing_items) {
        const std::string key = normalise_name(s.item.title);
        const bool present = std::any_of(standing.begin(), standing.end(), [&key](const Standing& have) {
            return normalise_name(have.item.item.title) == key;
        });
        if (!present) standing.push_back({s, std::nullopt});
    }
    std::stable_sort(standing.begin(), standing.end(), [](const Standing& x, const Standing& y) {
        return static_cast<int>(x.item.place) < static_cast<int>(y.item.place);
    });

    // Matters arising: one line per outstanding action, owners named. An
    // action raised at Part II business (or whose part the papers do not
    // establish) goes into a Part II item, never into Part I text.
    draft.matters_arising = matters_arising(reg, board_id, date);
    struct Arising {
        std::vector<std::string> lines;
        std::vector<std::string> leads;
        std::vector<ActionId> actions;
    };
    Arising open_arising;
    std::map<int, Arising> exempt_arising;  // by Schedule 12A paragraph (0: not given)
    std::vector<Date> raised_dates;
    const ItemParts parts(reg);
    for (const auto id : draft.matters_arising) {
        const Action& a = action(reg, id);
        const auto part = parts.of(a);
        Arising& into = part && !part->is_exempt() ? open_arising : exempt_arising[part ? part->exempt_paragraph : 0];
        const Date raised = meeting(reg, a.raised_at).date;
        if (&into == &open_arising && std::find(raised_dates.begin(), raised_dates.end(), raised) == raised_dates.end())
            raised_dates.push_back(raised);
        const std::string owners = a.owners.empty() ? "no owner" : names_of(reg, a.owners);
        into.lines.push_back(owners + ": " + a.text);
        into.actions.push_back(id);
        for (const auto owner : a.owners) {
            std::string name = full_name(person(reg, owner));
            if (std::find(into.leads.begin(), into.leads.end(), name) == into.leads.end())
                into.leads.push_back(std::move(name));
        }
    }
    const auto& arising_lines = open_arising.lines;
    const auto& arising_leads = open_arising.leads;

    auto add = [&out, &draft](AgendaItem item, DraftItemOrigin origin) {
        item.number = std::to_string(out.agenda.size() + 1);
        if (!item.is_exempt()) item.exempt_paragraph = 0;
        out.agenda.push_back(std::move(item));
        draft.origins.push_back(std::move(origin));
    };
    // Matters arising go into the standing item that names them ("Minutes of
    // last meeting and matters arising"), else into an item of their own after
    // the opening run.
    const auto host = std::find_if(standing.begin(), standing.end(), [](const Standing& s) {
        return text::icontains(s.item.item.title, "matters arising");
    });
    // The dates item lists the meetings in the diary after this one, not the
    // dates printed on the agenda it was copied from.
    std::vector<std::string> coming;
    for (const auto id : meetings_of(reg, board_id)) {
        const Meeting& m = meeting(reg, id);
        if (!(date < m.date) || m.status == MeetingStatus::Cancelled) continue;
        std::string line = to_long_string(m.date);
        if (m.start) line += ", " + to_agenda_string(*m.start);
        if (!m.venue.empty()) line += " \u2013 " + m.venue;
        if (m.status == MeetingStatus::ToBeConfirmed) line += ", to be confirmed";
        coming.push_back(std::move(line));
    }
    auto add_standing = [&](const Standing& s) {
        AgendaItem item = s.item.item;
        DraftItemOrigin origin{DraftItemSource::Standing, s.agenda_of, {}, std::nullopt};
        if (is_meeting_dates_item(item.title)) item.intended_outcome = text::join(coming, "\n");
        if (host != standing.end() && &s == &*host) {
            for (const auto& line : arising_lines) {
                if (!item.intended_outcome.empty()) item.intended_outcome += '\n';
                item.intended_outcome += line;
            }
            origin.actions = open_arising.actions;
        }
        add(std::move(item), std::move(origin));
    };
    for (const auto& s : standing)
        if (s.item.place == StandingPlace::Opening) add_standing(s);
    if (host == standing.end() && !arising_lines.empty()) {
        AgendaItem item;
        item.title = "Matters arising";
        if (raised_dates.size() == 1) item.title += " from the meeting of " + long_date(raised_dates.front());
        item.purpose = ItemPurpose::Action;
        item.intended_outcome = text::join(arising_lines, "\n");
        item.leads = arising_leads;
        add(std::move(item), {DraftItemSource::MattersArising, std::nullopt, open_arising.actions, std::nullopt});
    }
    for (const auto& s : standing)
        if (s.item.place == StandingPlace::Body) add_standing(s);
    for (const auto& entry : reg.forward_plan) {
        if (entry.board != board_id) continue;
        if (!entry.meeting_date) {
            draft.unscheduled_topics.push_back(entry);
            continue;
        }
        if (*entry.meeting_date != date) continue;
        AgendaItem item;
        item.title = entry.topic;
        item.purpose = ItemPurpose::Discuss;
        item.intended_outcome = entry.notes;
        item.leads = entry.lead_officers;
        item.part = entry.part;
        item.exempt_paragraph = entry.exempt_paragraph;
        add(std::move(item), {DraftItemSource::ForwardPlan, std::nullopt, {}, entry.meeting_date});
    }
    for (const auto& s : standing)
        if (s.item.place == StandingPlace::Closing) add_standing(s);
    // Part II business last, after the closing items, as councils print it.
    for (auto& [paragraph, arising] : exempt_arising) {
        AgendaItem item;
        item.title = "Matters arising from Part II business";
        item.purpose = ItemPurpose::Action;
        item.intended_outcome = text::join(arising.lines, "\n");
        item.leads = arising.leads;
        item.part = AgendaPart::Exempt;
        item.exempt_paragraph = paragraph;
        add(std::move(item), {DraftItemSource::MattersArising, std::nullopt, arising.actions, std::nullopt});
    }
    return draft;
}

} // namespace boardroom::governance

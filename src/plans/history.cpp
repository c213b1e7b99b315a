#include "boardroom/plans/history.hpp"

#include "boardroom/core/error.hpp"
#include "boardroom/plans/summary.hpp"
#include "../text.hpp"

#include <algorithm>
#include <set>

namespace boardroom::plans {

namespace {

const PlanAction& require_action(const Plan& plan, std::string_view number) { return get_action(plan, number); }

} // namespace

void add_ratings(Plan& plan, std::span<const RagRating> ratings) {
    // Validate every rating against the plan and against the others in the batch
    // before touching the plan, then insert into a copy and swap it in, so an
    // exception at any point leaves the plan as it was.
    std::vector<RagRating> accepted;
    accepted.reserve(ratings.size());
    std::set<std::pair<std::string, Date>> seen;
    for (const auto& rating : plan.ratings) seen.insert({rating.action, rating.date});
    for (const auto& given : ratings) {
        if (!find_action(plan, given.action))
            throw ValidationError("cannot rate action '" + given.action + "': plan '" + plan.title +
                                  "' has no such action");
        if (!given.date.ok()) throw ValidationError("cannot rate action " + given.action + ": the date is not valid");
        require_rating_in_period(plan, given.action, given.date);
        const RagStatus* status = plan.scheme.find(given.status);
        if (!status)
            throw ValidationError("cannot rate action " + given.action + " '" + given.status +
                                  "': not a status of the scheme '" + plan.scheme.name + "'");
        if (!seen.insert({given.action, given.date}).second)
            throw ValidationError("action " + given.action + " is already rated on " + to_iso_string(given.date));
        RagRating rating = given;
        rating.status = status->code;  // "Amber" and "a" are stored as the code "A"
        accepted.push_back(std::move(rating));
    }
    std::vector<RagRating> merged = plan.ratings;
    for (auto& rating : accepted) {
        const auto at = std::upper_bound(merged.begin(), merged.end(), rating.date,
                                         [](const Date& d, const RagRating& r) { return d < r.date; });
        merged.insert(at, std::move(rating));
    }
    plan.ratings.swap(merged);
}

void require_rating_in_period(const Plan& plan, std::string_view action, const Date& date) {
    if (plan.period.start && date < *plan.period.start)
        throw ValidationError("cannot rate action " + std::string(action) + " on " + to_iso_string(date) +
                              ": the plan period " + plan.period.text + " starts on " +
                              to_iso_string(*plan.period.start));
}

void add_rating(Plan& plan, const RagRating& rating) { add_ratings(plan, std::span<const RagRating>(&rating, 1)); }

void add_position_updates(Plan& plan, std::span<const PositionUpdate> updates) {
    for (const auto& update : updates) {
        if (!find_action(plan, update.action))
            throw ValidationError("cannot record a position for action '" + update.action + "': plan '" +
                                  plan.title + "' has no such action");
        if (text::trim(update.text).empty())
            throw ValidationError("the position update for action " + update.action + " has no text");
        if (update.date && !update.date->ok())
            throw ValidationError("the position update for action " + update.action + " has an invalid date");
    }
    std::vector<PositionUpdate> merged = plan.positions;
    for (const auto& update : updates) {
        // Undated baselines sort before every dated update.
        const auto at = std::upper_bound(merged.begin(), merged.end(), update.date,
                                         [](const std::optional<Date>& d, const PositionUpdate& u) {
                                             if (!d) return u.date.has_value();
                                             return u.date.has_value() && *d < *u.date;
                                         });
        merged.insert(at, update);
    }
    plan.positions.swap(merged);
}

void add_position_update(Plan& plan, const PositionUpdate& update) {
    add_position_updates(plan, std::span<const PositionUpdate>(&update, 1));
}

std::optional<RagRating> rating_as_of(const Plan& plan, std::string_view action, const Date& date) {
    require_action(plan, action);
    std::optional<RagRating> found;
    for (const auto& rating : plan.ratings) {
        if (date < rating.date) break;  // ratings are in date order
        if (rating.action == action) found = rating;
    }
    return found;
}

std::optional<PositionUpdate> position_as_of(const Plan& plan, std::string_view action, const Date& date) {
    require_action(plan, action);
    std::optional<PositionUpdate> found;
    for (const auto& update : plan.positions) {
        if (update.date && date < *update.date) break;
        if (update.action == action) found = update;
    }
    return found;
}

std::vector<ActionState> state_as_of(const Plan& plan, const Date& date) {
    std::vector<ActionState> states;
    states.reserve(plan.actions.size());
    for (const auto& action : plan.actions) {
        ActionState state;
        state.action = action.number;
        state.section = action.section;
        if (auto rating = rating_as_of(plan, action.number, date)) {
            state.status = rating->status;
            state.rated_on = rating->date;
            state.rated_by = rating->rated_by;
            state.complete = plan.scheme.is_complete(rating->status);
        }
        if (auto position = position_as_of(plan, action.number, date)) {
            state.position = position->text;
            state.position_date = position->date;
        }
        states.push_back(std::move(state));
    }
    return states;
}

std::string_view to_string(Movement movement) noexcept {
    switch (movement) {
    case Movement::StillUnrated: return "still unrated";
    case Movement::NewlyRated: return "newly rated";
    case Movement::Improved: return "improved";
    case Movement::Worsened: return "worsened";
    case Movement::Unchanged: return "unchanged";
    case Movement::Completed: return "completed";
    }
    return "unchanged";
}

namespace {

Movement classify(const RagScheme& scheme, const std::optional<std::string>& from,
                  const std::optional<std::string>& to) {
    if (!from && !to) return Movement::StillUnrated;
    const bool was_complete = from && scheme.is_complete(*from);
    if (to && scheme.is_complete(*to) && !was_complete) return Movement::Completed;
    if (!from) return Movement::NewlyRated;
    if (!to) return Movement::Unchanged;  // cannot happen with append-only history
    const auto a = scheme.rank(*from), b = scheme.rank(*to);
    if (!a || !b || *a == *b) return Movement::Unchanged;
    return *b > *a ? Movement::Improved : Movement::Worsened;
}

std::optional<std::string> status_as_of(const Plan& plan, std::string_view action, const Date& date) {
    if (auto rating = rating_as_of(plan, action, date)) return rating->status;
    return std::nullopt;
}

} // namespace

std::vector<ActionMovement> movement_between(const Plan& plan, const Date& from, const Date& to) {
    if (to < from)
        throw ValidationError("movement from " + to_iso_string(from) + " to " + to_iso_string(to) +
                              ": the second date is before the first");
    std::vector<ActionMovement> out;
    out.reserve(plan.actions.size());
    for (const auto& action : plan.actions) {
        ActionMovement m;
        m.action = action.number;
        m.section = action.section;
        m.from = status_as_of(plan, action.number, from);
        m.to = status_as_of(plan, action.number, to);
        m.movement = classify(plan.scheme, m.from, m.to);
        out.push_back(std::move(m));
    }
    return out;
}

std::vector<Date> reporting_dates(const Plan& plan) {
    std::set<Date> dates;
    for (const auto& rating : plan.ratings) dates.insert(rating.date);
    return {dates.begin(), dates.end()};
}

std::optional<Date> previous_reporting_date(const Plan& plan, const Date& date) {
    std::optional<Date> previous;
    for (const auto& d : reporting_dates(plan)) {
        if (!(d < date)) break;
        previous = d;
    }
    return previous;
}

std::vector<StatusSpell> status_spells(const Plan& plan, std::string_view action, const Date& from,
                                       const Date& to) {
    require_action(plan, action);
    if (to < from)
        throw ValidationError("status spells of action " + std::string(action) + ": " + to_iso_string(to) +
                              " is before " + to_iso_string(from));
    std::vector<StatusSpell> spells;
    if (from == to) return spells;
    StatusSpell current{status_as_of(plan, action, from), from, from, 0};
    for (const auto& rating : plan.ratings) {
        if (rating.action != action || !(from < rating.date)) continue;
        if (!(rating.date < to)) break;
        if (current.status == rating.status) continue;  // re-rated the same: one spell
        current.end = rating.date;
        current.days = days_between(current.start, current.end);
        spells.push_back(current);
        current = StatusSpell{rating.status, rating.date, rating.date, 0};
    }
    current.end = to;
    current.days = days_between(current.start, current.end);
    spells.push_back(std::move(current));
    return spells;
}

std::vector<StatusTime> time_in_status(const Plan& plan, std::string_view action, const Date& from,
                                       const Date& to) {
    const auto spells = status_spells(plan, action, from, to);
    std::vector<StatusTime> out;
    auto total = [&spells](const std::optional<std::string>& status) {
        long days = 0;
        for (const auto& spell : spells)
            if (spell.status == status) days += spell.days;
        return days;
    };
    if (const long days = total(std::nullopt); days > 0) out.push_back({std::nullopt, days});
    for (const auto& status : plan.scheme.statuses)
        if (const long days = total(status.code); days > 0) out.push_back({status.code, days});
    return out;
}

std::vector<OverdueAction> overdue_as_of(const Plan& plan, const Date& date) {
    std::vector<OverdueAction> out;
    for (const auto& action : plan.actions) {
        const auto due = action.timescale.due_date();
        if (!due || !(*due < date)) continue;
        const auto status = status_as_of(plan, action.number, date);
        if (status && plan.scheme.is_complete(*status)) continue;
        OverdueAction late{action.number, action.section, *due, days_between(*due, date), action.leads, status, false, {}};
        // The latest position by the date: undated baselines first, then dated updates in order.
        for (const auto& update : plan.positions)
            if (update.action == action.number && (!update.date || !(date < *update.date))) late.position = update.text;
        late.reported_complete = reads_complete(late.position);
        out.push_back(std::move(late));
    }
    return out;
}

} // namespace boardroom::plans

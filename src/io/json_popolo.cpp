// The register as Popolo (https://www.popoloproject.com) for open-data users:
// persons, organizations, memberships and events, with Popolo's own member
// names. Always public: it is written from what the disclosure gate
// (report::disclose) returns, it has no member that could carry contact
// details, and the finished text is checked for them.
#include "boardroom/io/json.hpp"

#include "boardroom/report/disclose.hpp"
#include "boardroom/report/public_text.hpp"
#include "boardroom/report/public_view.hpp"
#include "json_detail.hpp"

#include <unordered_map>

namespace boardroom::io {

using json_detail::Json;

namespace {

namespace gov = governance;

std::string person_ref(PersonId id) { return "person/" + std::to_string(id.value()); }
std::string organisation_ref(OrganisationId id) { return "organization/" + std::to_string(id.value()); }
std::string board_ref(BoardId id) { return "board/" + std::to_string(id.value()); }
std::string meeting_ref(MeetingId id) { return "meeting/" + std::to_string(id.value()); }

/// Popolo leaves out what is unknown rather than writing null or "".
void put(Json& object, const char* key, const std::string& value) {
    if (!value.empty()) object[key] = value;
}
void put(Json& object, const char* key, const std::optional<Date>& date) {
    if (date && date->ok()) object[key] = to_iso_string(*date);
}

Json other_names(const std::vector<std::string>& names) {
    Json out = Json::array();
    for (const auto& name : names) out.push_back(Json{{"name", name}});
    return out;
}

Json person_json(const gov::Person& p) {
    Json out{{"id", person_ref(p.id)}, {"name", gov::full_name(p)}};
    put(out, "honorific_prefix", p.honorific);
    put(out, "given_name", p.given_name);
    put(out, "family_name", p.family_name);
    if (!p.other_names.empty()) out["other_names"] = other_names(p.other_names);
    return out;
}

using Attendees = std::unordered_map<MeetingId, std::vector<const gov::Attendance*>>;

Json event_json(const gov::Register& reg, const gov::Meeting& meeting, const Attendees& attendance) {
    // Popolo wants a time zone with a time; the model keeps local times
    // without one, so events carry the date alone.
    // The board's own name: the one printed on a meeting's papers may be in capitals or another word order.
    const std::string board = meeting.board_id.valid() ? gov::board(reg, meeting.board_id).name : meeting.board;
    Json out{{"id", meeting_ref(meeting.id)},
             {"name", board + " meeting of " + to_iso_string(meeting.date)},
             {"classification", "meeting"}};
    put(out, "start_date", std::optional<Date>(meeting.date));
    put(out, "location", meeting.venue);
    out["status"] = std::string(gov::to_string(meeting.status));
    if (meeting.board_id.valid()) out["organization_id"] = board_ref(meeting.board_id);
    Json attendees = Json::array();
    if (const auto found = attendance.find(meeting.id); found != attendance.end())
        for (const auto* a : found->second)
            attendees.push_back(
                Json{{"id", person_ref(a->person)}, {"name", gov::full_name(gov::person(reg, a->person))}});
    out["attendees"] = std::move(attendees);
    Json children = Json::array();
    for (const auto& item : meeting.agenda) {
        Json child{{"id", meeting_ref(meeting.id) + "/item/" + item.number},
                   {"name", item.title},
                   {"classification", "agenda item"},
                   {"parent_id", meeting_ref(meeting.id)}};
        put(child, "description", report::exempt_notice(item));
        children.push_back(std::move(child));
    }
    out["children"] = std::move(children);
    return out;
}

} // namespace

std::string to_popolo_json_text(const governance::Register& original, int indent) {
    // Popolo carries no minutes or actions, so records of no established part
    // are withheld rather than refused.
    const gov::Register reg = report::disclose(original, {gov::AgendaPart::Exempt});
    Json persons = Json::array();
    for (const auto& p : reg.people) persons.push_back(person_json(p));

    Json organizations = Json::array();
    for (const auto& o : reg.organisations) {
        Json out{{"id", organisation_ref(o.id)}, {"name", o.name}};
        put(out, "classification", o.classification);
        if (!o.aliases.empty()) out["other_names"] = other_names(o.aliases);
        organizations.push_back(std::move(out));
    }
    for (const auto& b : reg.boards) {
        Json out{{"id", board_ref(b.id)}, {"name", b.name}, {"classification", std::string(gov::to_string(b.kind))}};
        if (b.parent.valid()) out["parent_id"] = board_ref(b.parent);
        put(out, "founding_date", b.established);
        put(out, "dissolution_date", b.ended);
        if (!b.aliases.empty()) out["other_names"] = other_names(b.aliases);
        organizations.push_back(std::move(out));
    }

    Json memberships = Json::array();
    for (const auto& m : reg.memberships) {
        Json out{{"person_id", person_ref(m.person)},
                 {"organization_id", board_ref(m.board)},
                 {"role", std::string(gov::to_string(m.role))}};
        if (m.on_behalf_of.valid()) out["on_behalf_of_id"] = organisation_ref(m.on_behalf_of);
        put(out, "start_date", m.start);
        put(out, "end_date", m.end);
        memberships.push_back(std::move(out));
    }
    // People's employers, with their latest printed title as the role.
    for (const auto& p : reg.people) {
        if (!p.organisation.valid()) continue;
        Json out{{"person_id", person_ref(p.id)}, {"organization_id", organisation_ref(p.organisation)}};
        if (!p.titles.empty()) put(out, "role", p.titles.back().title);
        memberships.push_back(std::move(out));
    }

    Json events = Json::array();
    Attendees attendance;
    for (const auto& a : reg.attendance)
        if (a.in_room()) attendance[a.meeting].push_back(&a);
    for (const auto& meeting : reg.meetings) events.push_back(event_json(reg, meeting, attendance));

    Json document{{"persons", std::move(persons)},
                  {"organizations", std::move(organizations)},
                  {"memberships", std::move(memberships)},
                  {"events", std::move(events)}};
    std::string text;
    try {
        text = document.dump(indent < 0 ? -1 : indent, ' ', false, Json::error_handler_t::strict);
    } catch (const Json::type_error& e) {
        throw ValidationError(std::string("cannot write JSON: some text is not valid UTF-8 (") + e.what() + ")");
    }
    report::check_public_text(text, original, "the Popolo export");
    return text;
}

} // namespace boardroom::io

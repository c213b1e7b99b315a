// The governance records in the JSON document: one array per vector of the
// Register, one member per field, named as in the model (docs/json-format.md).
#include "json_detail.hpp"

#include <map>
#include <set>

namespace boardroom::io::json_detail {

namespace gov = governance;

namespace {

/// The version from which minutes, actions, declarations and forward-plan
/// entries carry their part, and contacts a postcode.
constexpr int kPartsVersion = 3;

/// A record's own part; null or absent: not established (before version 3, always).
std::optional<gov::AgendaPart> read_part(Object& o, int version) {
    if (version < kPartsVersion) return std::nullopt;
    return o.optional_part("part");
}

/// Part II: 1-7, or 0 when the papers do not give it.
int read_paragraph(Object& o, int version) {
    if (version < kPartsVersion) return 0;
    const int paragraph = o.int32("exempt_paragraph");
    if (paragraph < 0 || paragraph > 7)
        o.fail("exempt_paragraph", "Schedule 12A has paragraphs 1 to 7 (0: not given), not " + std::to_string(paragraph));
    return paragraph;
}

Json item_json(const gov::AgendaItem& a) {
    Json pages = nullptr;
    if (a.pages) pages = Json{{"first", a.pages->first}, {"last", a.pages->last}};
    return Json{{"number", a.number},
                {"title", a.title},
                {"purpose", enum_json(a.purpose)},
                {"intended_outcome", a.intended_outcome},
                {"leads", a.leads},
                {"pages", pages},
                {"part", enum_json(a.part)},
                {"exempt_paragraph", a.exempt_paragraph},
                {"standing", a.standing},
                {"urgent_reason", a.urgent_reason ? Json(*a.urgent_reason) : Json(nullptr)}};
}

gov::AgendaItem read_item(Object& o, int version) {
    gov::AgendaItem a;
    a.number = o.string("number");
    a.title = o.string("title");
    // Required, as in every other loader: a missing purpose must not silently become Information.
    a.purpose = o.required_enumeration<gov::ItemPurpose>("purpose");
    a.intended_outcome = o.string("intended_outcome");
    a.leads = o.strings("leads");
    a.pages = o.optional_object<gov::PageRange>("pages", [](Object& p) {
        return gov::PageRange{p.int32("first"), p.int32("last")};
    });
    // Required: an unmarked item is never assumed public.
    a.part = o.required_enumeration<gov::AgendaPart>("part");
    a.exempt_paragraph = o.int32("exempt_paragraph");
    a.standing = o.boolean("standing");
    if (version >= 2) a.urgent_reason = o.optional_string("urgent_reason");
    if (a.urgent_reason && a.urgent_reason->find_first_not_of(" \t\r\n") == std::string::npos)
        o.fail("urgent_reason", "urgent business needs the reason the chair recorded for admitting it "
                                "(null for an item that was on the published agenda)");
    return a;
}

Json person_json(const gov::Person& p) {
    Json contact = nullptr;
    if (p.contact)
        contact = Json{{"phone", p.contact->phone}, {"email", p.contact->email}, {"postcode", p.contact->postcode}};
    return Json{{"id", id_json(p.id)},
                {"honorific", p.honorific},
                {"given_name", p.given_name},
                {"family_name", p.family_name},
                {"initials", p.initials},
                {"other_names", p.other_names},
                {"titles", array_json(p.titles,
                                      [](const gov::DatedTitle& t) {
                                          return Json{{"title", t.title},
                                                      {"from", date_json(t.from)},
                                                      {"to", date_json(t.to)},
                                                      {"seen_on", date_json(t.seen_on)}};
                                      })},
                {"organisation", id_json(p.organisation)},
                {"contact", contact}};
}

gov::Person read_person(Object& o, int version) {
    gov::Person p;
    p.id = o.id<PersonId>("id", true);
    p.honorific = o.string("honorific");
    p.given_name = o.string("given_name");
    p.family_name = o.string("family_name");
    p.initials = o.string("initials");
    p.other_names = o.strings("other_names");
    p.titles = o.array<gov::DatedTitle>("titles", [](Object& t) {
        return gov::DatedTitle{t.string("title"), t.optional_date("from"), t.optional_date("to"),
                               t.optional_date("seen_on")};
    });
    p.organisation = o.id<OrganisationId>("organisation");
    p.contact = o.optional_object<gov::ContactDetails>("contact", [version](Object& c) {
        return gov::ContactDetails{c.string("phone"), c.string("email"),
                                   version >= kPartsVersion ? c.string("postcode") : std::string()};
    });
    return p;
}

Json board_json(const gov::Board& b) {
    Json quorum = nullptr;
    if (b.quorum) {
        const auto& q = *b.quorum;
        quorum = Json{{"kind", enum_json(q.kind)},
                      {"count", q.count},
                      {"numerator", q.numerator},
                      {"denominator", q.denominator},
                      {"minimum", q.minimum}};
    }
    return Json{{"id", id_json(b.id)},
                {"name", b.name},
                {"aliases", b.aliases},
                {"kind", enum_json(b.kind)},
                {"parent", id_json(b.parent)},
                {"host", id_json(b.host)},
                {"remit", b.remit},
                {"established", date_json(b.established)},
                {"planned_end", date_json(b.planned_end)},
                {"ended", date_json(b.ended)},
                {"quorum", quorum},
                {"standing_items", array_json(b.standing_items, [](const gov::StandingItem& s) {
                     return Json{{"place", enum_json(s.place)}, {"item", item_json(s.item)}};
                 })}};
}

gov::Board read_board(Object& o, int version) {
    gov::Board b;
    b.id = o.id<BoardId>("id", true);
    b.name = o.string("name");
    b.aliases = o.strings("aliases");
    b.kind = o.enumeration("kind", gov::BoardKind::Board);
    b.parent = o.id<BoardId>("parent");
    b.host = o.id<OrganisationId>("host");
    b.remit = o.string("remit");
    b.established = o.optional_date("established");
    b.planned_end = o.optional_date("planned_end");
    b.ended = o.optional_date("ended");
    b.quorum = o.optional_object<gov::QuorumRule>("quorum", [](Object& q) {
        gov::QuorumRule rule;
        rule.kind = q.enumeration("kind", gov::QuorumRule::Kind::Count);
        rule.count = q.int32("count");
        rule.numerator = q.int32("numerator");
        rule.denominator = q.int32("denominator", 1);
        rule.minimum = q.int32("minimum");
        return rule;
    });
    b.standing_items = o.array<gov::StandingItem>("standing_items", [version](Object& s) {
        gov::StandingItem standing;
        standing.place = s.enumeration("place", gov::StandingPlace::Body);
        standing.item = s.object<gov::AgendaItem>("item", [version](Object& i) { return read_item(i, version); }, {});
        return standing;
    });
    return b;
}

Json meeting_json(const gov::Meeting& m) {
    return Json{{"id", id_json(m.id)},
                {"board", m.board},
                {"board_id", id_json(m.board_id)},
                {"date", date_json(m.date)},
                {"start", time_json(m.start)},
                {"end", time_json(m.end)},
                {"venue", m.venue},
                {"status", enum_json(m.status)},
                {"agenda", array_json(m.agenda, item_json)}};
}

gov::Meeting read_meeting(Object& o, int version) {
    gov::Meeting m;
    m.id = o.id<MeetingId>("id", true);
    m.board = o.string("board");
    m.board_id = o.id<BoardId>("board_id");
    m.date = o.date("date");
    m.start = o.optional_time("start");
    m.end = o.optional_time("end");
    m.venue = o.string("venue");
    m.status = o.enumeration("status", gov::MeetingStatus::Scheduled);
    m.agenda = o.array<gov::AgendaItem>("agenda", [version](Object& i) { return read_item(i, version); });
    // The checks the CSV and text loaders make, with the JSON path of the item at fault.
    std::map<std::string, std::size_t> numbers;
    for (std::size_t i = 0; i < m.agenda.size(); ++i) {
        const auto [first, added] = numbers.emplace(m.agenda[i].number, i);
        if (!added)
            throw InputError({o.source(), 0, o.child("agenda", i), "number"},
                             "item number '" + m.agenda[i].number + "' is used twice (also " +
                                 o.child("agenda", first->second) + ")");
    }
    try {
        gov::validate(m);
    } catch (const ValidationError& e) {
        o.fail("", e.what());
    }
    return m;
}

/// Links a record makes to people and meetings that are not in the document,
/// named by JSON path ("actions[2]", "owners[0]"); check_references finds the
/// rest after reading.
void check_links(const Object& top, const gov::Register& reg) {
    std::set<std::int64_t> people, meetings;
    for (const auto& p : reg.people) people.insert(p.id.value());
    for (const auto& m : reg.meetings) meetings.insert(m.id.value());
    auto fail = [&top](const std::string& record, const std::string& field, const std::string& message) {
        throw InputError({top.source(), 0, record, field}, message);
    };
    for (std::size_t i = 0; i < reg.actions.size(); ++i) {
        const auto& action = reg.actions[i];
        const std::string record = top.child("actions", i);
        if (!meetings.contains(action.raised_at.value()))
            fail(record, "raised_at", "meeting " + std::to_string(action.raised_at.value()) + " is not in meetings");
        for (std::size_t j = 0; j < action.owners.size(); ++j)
            if (!people.contains(action.owners[j].value()))
                fail(record, "owners[" + std::to_string(j) + "]",
                     "person " + std::to_string(action.owners[j].value()) + " is not in people (an unknown owner)");
    }
    for (std::size_t i = 0; i < reg.attendance.size(); ++i) {
        const auto& a = reg.attendance[i];
        if (!meetings.contains(a.meeting.value()))
            fail(top.child("attendance", i), "meeting", "meeting " + std::to_string(a.meeting.value()) + " is not in meetings");
        if (!people.contains(a.person.value()))
            fail(top.child("attendance", i), "person", "person " + std::to_string(a.person.value()) + " is not in people");
    }
}

Json interests_json(const gov::InterestsRecord& r) {
    return Json{{"meeting", id_json(r.meeting)},
                {"none_disclosed", r.none_disclosed},
                {"declarations", array_json(r.declarations,
                                            [](const gov::DeclarationOfInterest& d) {
                                                return Json{{"member", id_json(d.member)},
                                                            {"item", d.item},
                                                            {"kind", enum_json(d.kind)},
                                                            {"text", d.text},
                                                            {"part", part_json(d.part)},
                                                            {"exempt_paragraph", d.exempt_paragraph}};
                                            })},
                {"as_minuted", r.as_minuted}};
}

gov::InterestsRecord read_interests(Object& o, int version) {
    gov::InterestsRecord r;
    r.meeting = o.id<MeetingId>("meeting");
    r.none_disclosed = o.boolean("none_disclosed");
    r.declarations = o.array<gov::DeclarationOfInterest>("declarations", [version](Object& d) {
        return gov::DeclarationOfInterest{d.id<PersonId>("member"), d.string("item"),
                                          d.enumeration("kind", gov::InterestKind::Other), d.string("text"),
                                          read_part(d, version), read_paragraph(d, version)};
    });
    r.as_minuted = o.string("as_minuted");
    return r;
}

Json minute_json(const gov::MinuteItem& m) {
    return Json{{"meeting", id_json(m.meeting)},
                {"number", m.number},
                {"title", m.title},
                {"paragraphs", m.paragraphs},
                {"resolutions", array_json(m.resolutions, [](const gov::Resolution& r) {
                     return Json{{"preamble", r.preamble}, {"parts", r.parts}};
                 })},
                {"part", part_json(m.part)},
                {"exempt_paragraph", m.exempt_paragraph}};
}

gov::MinuteItem read_minute(Object& o, int version) {
    gov::MinuteItem m;
    m.meeting = o.id<MeetingId>("meeting");
    m.number = o.string("number");
    m.title = o.string("title");
    m.paragraphs = o.strings("paragraphs");
    m.resolutions = o.array<gov::Resolution>("resolutions", [](Object& r) {
        return gov::Resolution{r.string("preamble"), r.strings("parts")};
    });
    m.part = read_part(o, version);
    m.exempt_paragraph = read_paragraph(o, version);
    return m;
}

Json action_json(const gov::Action& a) {
    return Json{{"id", id_json(a.id)},
                {"raised_at", id_json(a.raised_at)},
                {"item", a.item},
                {"text", a.text},
                {"owners", array_json(a.owners, [](PersonId id) { return id_json(id); })},
                {"owners_as_printed", a.owners_as_printed},
                {"due", Json{{"kind", enum_json(a.due.kind)}, {"date", date_json(a.due.date)}}},
                {"history", array_json(a.history, [](const gov::StatusChange& c) {
                     return Json{{"date", date_json(c.date)}, {"status", enum_json(c.status)}, {"note", c.note}};
                 })},
                {"part", part_json(a.part)},
                {"exempt_paragraph", a.exempt_paragraph}};
}

gov::Action read_action(Object& o, int version) {
    gov::Action a;
    a.id = o.id<ActionId>("id", true);
    a.raised_at = o.id<MeetingId>("raised_at");
    a.item = o.string("item");
    a.text = o.string("text");
    a.owners = o.ids<PersonId>("owners");
    a.owners_as_printed = o.string("owners_as_printed");
    a.due = o.object<gov::Due>(
        "due", [](Object& d) { return gov::Due{d.enumeration("kind", gov::Due::Kind::Unspecified), d.date("date")}; },
        {});
    a.history = o.array<gov::StatusChange>("history", [](Object& c) {
        return gov::StatusChange{c.date("date"), c.enumeration("status", gov::ActionStatus::Open), c.string("note")};
    });
    a.part = read_part(o, version);
    a.exempt_paragraph = read_paragraph(o, version);
    return a;
}

} // namespace

void write_register(DocumentWriter& document, const gov::Register& reg, bool contact_details) {
    document.array("organisations", reg.organisations, [](const gov::Organisation& o) {
        return Json{{"id", id_json(o.id)}, {"name", o.name}, {"aliases", o.aliases}, {"classification", o.classification}};
    });
    if (contact_details) {
        document.array("people", reg.people, person_json);
    } else {
        document.array("people", reg.people, [](const gov::Person& p) {
            gov::Person shown = p;
            shown.contact.reset();
            return person_json(shown);
        });
    }
    document.array("boards", reg.boards, board_json);
    document.array("reporting_lines", reg.reporting_lines, [](const gov::ReportingLine& l) {
        return Json{{"from", id_json(l.from)}, {"to", id_json(l.to)}};
    });
    document.array("memberships", reg.memberships, [](const gov::Membership& m) {
        return Json{{"person", id_json(m.person)},          {"board", id_json(m.board)},
                    {"role", enum_json(m.role)},            {"on_behalf_of", id_json(m.on_behalf_of)},
                    {"start", date_json(m.start)},          {"end", date_json(m.end)},
                    {"voting", optional_bool_json(m.voting)}, {"note", m.note}};
    });
    document.array("meetings", reg.meetings, meeting_json);
    document.array("attendance", reg.attendance, [](const gov::Attendance& a) {
        return Json{{"meeting", id_json(a.meeting)},   {"person", id_json(a.person)},
                    {"status", enum_json(a.status)},   {"replaces", id_json(a.replaces)},
                    {"capacity", a.capacity},          {"organisation", id_json(a.organisation)},
                    {"chaired", a.chaired}};
    });
    document.array("interests", reg.interests, interests_json);
    document.array("minutes", reg.minutes, minute_json);
    document.array("approvals", reg.approvals, [](const gov::MinutesApproval& a) {
        return Json{{"at", id_json(a.at)},
                    {"item", a.item},
                    {"minutes_of", date_json(a.minutes_of)},
                    {"minutes_of_meeting", id_json(a.minutes_of_meeting)},
                    {"as_correct_record", a.as_correct_record},
                    {"as_minuted", a.as_minuted}};
    });
    document.array("actions", reg.actions, action_json);
    document.array("forward_plan", reg.forward_plan, [](const gov::ForwardPlanEntry& e) {
        return Json{{"board", id_json(e.board)},
                    {"meeting_date", date_json(e.meeting_date)},
                    {"topic", e.topic},
                    {"lead_officers", e.lead_officers},
                    {"notes", e.notes},
                    {"part", enum_json(e.part)},
                    {"exempt_paragraph", e.exempt_paragraph}};
    });
}

void read_register(Object& top, gov::Register& reg, int version) {
    reg.organisations = top.array<gov::Organisation>("organisations", [](Object& o) {
        gov::Organisation org;
        org.id = o.id<OrganisationId>("id", true);
        org.name = o.string("name");
        org.aliases = o.strings("aliases");
        org.classification = o.string("classification");
        return org;
    });
    reg.people = top.array<gov::Person>("people", [version](Object& p) { return read_person(p, version); });
    reg.boards = top.array<gov::Board>("boards", [version](Object& b) { return read_board(b, version); });
    reg.reporting_lines = top.array<gov::ReportingLine>("reporting_lines", [](Object& l) {
        return gov::ReportingLine{l.id<BoardId>("from", true), l.id<BoardId>("to", true)};
    });
    reg.memberships = top.array<gov::Membership>("memberships", [](Object& m) {
        return gov::Membership{m.id<PersonId>("person", true), m.id<BoardId>("board", true),
                               m.enumeration("role", gov::Role::Member), m.id<OrganisationId>("on_behalf_of"),
                               m.optional_date("start"), m.optional_date("end"), m.optional_boolean("voting"),
                               m.string("note")};
    });
    reg.meetings = top.array<gov::Meeting>("meetings", [version](Object& m) { return read_meeting(m, version); });
    reg.attendance = top.array<gov::Attendance>("attendance", [](Object& a) {
        return gov::Attendance{a.id<MeetingId>("meeting", true), a.id<PersonId>("person", true),
                               a.enumeration("status", gov::AttendanceStatus::Present), a.id<PersonId>("replaces"),
                               a.string("capacity"), a.id<OrganisationId>("organisation"), a.boolean("chaired")};
    });
    reg.interests =
        top.array<gov::InterestsRecord>("interests", [version](Object& r) { return read_interests(r, version); });
    reg.minutes = top.array<gov::MinuteItem>("minutes", [version](Object& m) { return read_minute(m, version); });
    reg.approvals = top.array<gov::MinutesApproval>("approvals", [](Object& a) {
        return gov::MinutesApproval{a.id<MeetingId>("at", true),         a.string("item"),
                                    a.date("minutes_of"),               a.id<MeetingId>("minutes_of_meeting"),
                                    a.boolean("as_correct_record", true),    a.string("as_minuted")};
    });
    reg.actions = top.array<gov::Action>("actions", [version](Object& a) { return read_action(a, version); });
    reg.forward_plan = top.array<gov::ForwardPlanEntry>("forward_plan", [version](Object& e) {
        return gov::ForwardPlanEntry{e.id<BoardId>("board"), e.optional_date("meeting_date"), e.string("topic"),
                                     e.strings("lead_officers"), e.string("notes"),
                                     version >= kPartsVersion ? e.enumeration("part", gov::AgendaPart::Public)
                                                              : gov::AgendaPart::Public,
                                     read_paragraph(e, version)};
    });
    check_links(top, reg);
}

} // namespace boardroom::io::json_detail

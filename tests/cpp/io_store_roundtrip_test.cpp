// The example data saved to the store and loaded back give equal models:
// every field of every record, compared by the helpers below (the governance
// types have no operator==, and these tests may not add one to the model).
#include "boardroom/core/error.hpp"
#include "boardroom/governance/queries.hpp"
#include "boardroom/io/governance_import.hpp"
#include "boardroom/io/plan_diagnostic.hpp"
#include "boardroom/io/plan_text.hpp"
#include "boardroom/io/store.hpp"
#include "boardroom/plans/history.hpp"

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <sstream>
#include <tuple>
#include <utility>

namespace br = boardroom;
namespace gov = boardroom::governance;
namespace io = boardroom::io;
namespace plans = boardroom::plans;

namespace {

const std::filesystem::path kExamples = std::filesystem::path(BOARDROOM_SOURCE_DIR) / "examples";

// ---- field-by-field equality: fields() lists every member of a type, in
// declaration order, so a member added to the model and not stored shows up
// as a failure here once it is listed.

auto fields(const gov::Organisation& o) { return std::tie(o.id, o.name, o.aliases, o.classification); }
auto fields(const gov::ContactDetails& c) { return std::tie(c.phone, c.email); }
auto fields(const gov::DatedTitle& t) { return std::tie(t.title, t.from, t.to, t.seen_on); }
auto fields(const gov::Person& p) {
    return std::tie(p.id, p.honorific, p.given_name, p.family_name, p.initials, p.other_names, p.titles,
                    p.organisation, p.contact);
}
auto fields(const gov::QuorumRule& q) { return std::tie(q.kind, q.count, q.numerator, q.denominator, q.minimum); }
auto fields(const gov::AgendaItem& a) {
    return std::tie(a.number, a.title, a.purpose, a.intended_outcome, a.leads, a.pages, a.part, a.exempt_paragraph,
                    a.standing);
}
auto fields(const gov::StandingItem& s) { return std::tie(s.item, s.place); }
auto fields(const gov::Board& b) {
    return std::tie(b.id, b.name, b.aliases, b.kind, b.parent, b.host, b.remit, b.established, b.planned_end, b.ended,
                    b.quorum, b.standing_items);
}
auto fields(const gov::ReportingLine& l) { return std::tie(l.from, l.to); }
auto fields(const gov::Membership& m) {
    return std::tie(m.person, m.board, m.role, m.on_behalf_of, m.start, m.end, m.voting, m.note);
}
auto fields(const gov::Meeting& m) {
    return std::tie(m.id, m.board, m.date, m.start, m.venue, m.status, m.agenda, m.board_id, m.end);
}
auto fields(const gov::Attendance& a) {
    return std::tie(a.meeting, a.person, a.status, a.replaces, a.capacity, a.organisation, a.chaired);
}
auto fields(const gov::DeclarationOfInterest& d) { return std::tie(d.member, d.item, d.kind, d.text); }
auto fields(const gov::InterestsRecord& r) { return std::tie(r.meeting, r.none_disclosed, r.declarations, r.as_minuted); }
auto fields(const gov::Resolution& r) { return std::tie(r.preamble, r.parts); }
auto fields(const gov::MinuteItem& m) { return std::tie(m.meeting, m.number, m.title, m.paragraphs, m.resolutions); }
auto fields(const gov::MinutesApproval& a) {
    return std::tie(a.at, a.item, a.minutes_of, a.minutes_of_meeting, a.as_correct_record, a.as_minuted);
}
auto fields(const gov::StatusChange& c) { return std::tie(c.date, c.status, c.note); }
auto fields(const gov::Due& d) { return std::tie(d.kind, d.date); }
auto fields(const gov::Action& a) {
    return std::tie(a.id, a.raised_at, a.item, a.text, a.owners, a.owners_as_printed, a.due, a.history);
}
auto fields(const gov::ForwardPlanEntry& e) {
    return std::tie(e.board, e.meeting_date, e.topic, e.lead_officers, e.notes);
}
auto fields(const gov::Register& r) {
    return std::tie(r.organisations, r.people, r.boards, r.reporting_lines, r.memberships, r.meetings, r.attendance,
                    r.interests, r.minutes, r.approvals, r.actions, r.forward_plan);
}

template <class T>
concept HasFields = requires(const T& value) { fields(value); };

template <class T>
void expect_same(const T& a, const T& b, const std::string& path);
template <class T>
void expect_same(const std::vector<T>& a, const std::vector<T>& b, const std::string& path);
template <class T>
void expect_same(const std::optional<T>& a, const std::optional<T>& b, const std::string& path);

template <class T>
void expect_same(const std::vector<T>& a, const std::vector<T>& b, const std::string& path) {
    if (a.size() != b.size()) {
        ADD_FAILURE() << path << ": " << a.size() << " elements, then " << b.size();
        return;
    }
    for (std::size_t i = 0; i < a.size(); ++i) expect_same(a[i], b[i], path + "[" + std::to_string(i) + "]");
}

template <class T>
void expect_same(const std::optional<T>& a, const std::optional<T>& b, const std::string& path) {
    if (a.has_value() != b.has_value()) {
        ADD_FAILURE() << path << ": " << (a ? "set" : "empty") << ", then " << (b ? "set" : "empty");
        return;
    }
    if (a) expect_same(*a, *b, path);
}

template <class T>
void expect_same(const T& a, const T& b, const std::string& path) {
    if constexpr (HasFields<T>) {
        const auto fa = fields(a);
        const auto fb = fields(b);
        [&]<std::size_t... I>(std::index_sequence<I...>) {
            (expect_same(std::get<I>(fa), std::get<I>(fb), path + ".<" + std::to_string(I) + ">"), ...);
        }(std::make_index_sequence<std::tuple_size_v<decltype(fa)>>{});
    } else if (!(a == b)) {
        std::ostringstream message;
        message << path << " differs";
        if constexpr (requires(std::ostream& out) { out << a; }) message << ": '" << a << "', then '" << b << "'";
        ADD_FAILURE() << message.str();
    }
}

// ---- the examples

struct TempStore {
    std::filesystem::path path;
    TempStore() {
        const auto* info = testing::UnitTest::GetInstance()->current_test_info();
        path = std::filesystem::temp_directory_path() /
               ("boardroom-roundtrip-" + std::to_string(::getpid()) + "-" + info->name() + ".db");
        clean();
    }
    ~TempStore() { clean(); }
    void clean() const {
        std::error_code ec;
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix, ec);
    }
};

struct Loaded {
    gov::Register reg;
    std::vector<gov::DataQualityNote> notes;
};

Loaded cpb() {
    Loaded out;
    io::read_boards_table(out.reg, kExamples / "cpb-2015-09-17" / "boards.tsv");
    const auto board = *gov::find_board(out.reg, "CPB");
    auto minutes = io::import_minutes(out.reg, board, io::read_minutes(kExamples / "cpb-2015-09-17" / "notes.txt"));
    auto agenda = io::import_agenda(out.reg, board,
                                    io::read_agenda_table(kExamples / "cpb-2015-09-17" / "agenda-2015-12-10.txt",
                                                          {.unmarked_part = gov::AgendaPart::Public}));
    out.notes = minutes.notes;
    out.notes.insert(out.notes.end(), agenda.notes.begin(), agenda.notes.end());
    return out;
}

Loaded scrutiny() {
    Loaded out;
    const auto dir = kExamples / "scrutiny-2015";
    io::read_boards_table(out.reg, dir / "boards.tsv");
    const auto committee = *gov::find_board(out.reg, "Scrutiny Committee");
    auto minutes = io::import_minutes(out.reg, committee, io::read_minutes(dir / "minutes-2015-06-19.txt"),
                                      {.memberships_from_attendance = true});
    auto agenda = io::import_agenda(out.reg, committee, io::read_numbered_agenda(dir / "agenda-2015-07-17.txt"));
    auto plan_notes = io::import_work_plan(out.reg, committee, io::read_work_plan(dir / "work-plan.txt"));
    out.notes = minutes.notes;
    out.notes.insert(out.notes.end(), agenda.notes.begin(), agenda.notes.end());
    out.notes.insert(out.notes.end(), plan_notes.begin(), plan_notes.end());
    return out;
}

/// Values the examples do not exercise (contact details, quorum, a status
/// history, a Part II item, standing items), set so the round trip covers them.
void fill_in(gov::Register& reg) {
    reg.people.front().contact = gov::ContactDetails{"01772 000000", "someone@example.org", ""};
    auto& board = reg.boards.front();
    board.quorum = gov::QuorumRule::fraction(1, 4, 3);
    board.remit = "Illustrative remit";
    board.planned_end = br::make_date(2016, 3, 31);
    gov::AgendaItem apologies;
    apologies.number = "1";
    apologies.title = "Apologies";
    apologies.standing = true;
    board.standing_items.push_back({apologies, gov::StandingPlace::Opening});
    gov::AgendaItem exempt;
    exempt.number = "99";
    exempt.title = "Exempt business";
    exempt.part = gov::AgendaPart::Exempt;
    exempt.exempt_paragraph = 2;
    exempt.intended_outcome = "Illustrative\nover two lines";
    exempt.leads = {"Chair"};
    exempt.pages = gov::PageRange{11, 12};
    reg.meetings.front().agenda.push_back(exempt);
    reg.meetings.front().start = br::TimeOfDay(14, 0);
    reg.meetings.front().end = br::TimeOfDay(16, 0);
    if (!reg.actions.empty()) {
        gov::set_status(reg.actions.front(), br::make_date(2015, 10, 1), gov::ActionStatus::InProgress, "started");
        gov::set_status(reg.actions.front(), br::make_date(2015, 12, 10), gov::ActionStatus::Done, "");
    }
    reg.memberships.push_back({reg.people.back().id, board.id, gov::Role::CoOpted, reg.organisations.front().id,
                               br::make_date(2015, 1, 1), br::make_date(2016, 12, 31), true, "illustrative"});
}

plans::Plan cse_plan_with_history() {
    auto plan = io::read_plan_text(kExamples / "cse-action-plan-2015-2018" / "plan.txt").plan;
    plan.id = br::PlanId{7};
    // An illustrative history: the seed's RAG cells are empty.
    plans::add_rating(plan, {"1.1", br::make_date(2015, 9, 30), "A", "CSE Strategic Group", "illustrative"});
    plans::add_rating(plan, {"2.1", br::make_date(2015, 9, 30), "B", "CSE Strategic Group", ""});
    plans::add_position_update(plan, {"1.1", br::make_date(2015, 9, 30), "Illustrative position", "officer"});
    return plan;
}

plans::RiskRegister risk_register() {
    plans::RiskRegister r;
    r.title = "Illustrative CSE risk register";
    r.board = "Pan Lancashire Local Safeguarding Children Board";
    plans::Risk risk;
    risk.reference = "R1";
    risk.description = "Illustrative risk";
    risk.owner = "Head of PPU";
    risk.inherent = {4, 5};
    risk.residual = plans::RiskScore{2, 5};
    risk.mitigations = {"Multi-agency team"};
    risk.mitigating_actions = {"2.1", "4.5"};
    risk.last_reviewed = br::make_date(2015, 9, 30);
    risk.next_review = br::make_date(2015, 12, 31);
    plans::add_risk(r, risk);
    plans::Risk unscored;
    unscored.reference = "R2";
    unscored.inherent = {1, 1};
    plans::add_risk(r, unscored);
    return r;
}

// EXPECT_NONFATAL_FAILURE cannot see local variables.
gov::Register g_before;
gov::Register g_after;

} // namespace

TEST(StoreRoundTrip, TheComparisonNoticesAnyDifference) {
    g_before = cpb().reg;
    g_after = g_before;
    expect_same(g_after, g_before, "register");
    g_after.people[3].contact = gov::ContactDetails{"", "x@example.org", ""};
    EXPECT_NONFATAL_FAILURE(expect_same(g_after, g_before, "register"), "register.<1>[3].<8>: set, then empty");
    g_after = g_before;
    g_after.meetings[1].agenda[2].leads.push_back("Chair");
    EXPECT_NONFATAL_FAILURE(expect_same(g_after, g_before, "register"), "register.<5>[1].<6>[2].<4>");
    g_after = g_before;
    g_after.actions[0].due.kind = gov::Due::Kind::Unspecified;
    EXPECT_NONFATAL_FAILURE(expect_same(g_after, g_before, "register"), "register.<10>[0].<6>.<0> differs");
}

TEST(StoreRoundTrip, ChildrensPartnershipBoardExample) {
    const TempStore file;
    const auto loaded = cpb();
    auto store = io::Store::open(file.path, io::StoreMode::create);
    store.save_register(loaded.reg);
    expect_same(store.load_register(), loaded.reg, "register");
    store.save_data_quality_notes(loaded.notes);
    EXPECT_EQ(store.load_data_quality_notes(), loaded.notes);
    ASSERT_FALSE(loaded.notes.empty());
}

TEST(StoreRoundTrip, ScrutinyCommitteeExample) {
    const TempStore file;
    const auto loaded = scrutiny();
    auto store = io::Store::open(file.path, io::StoreMode::create);
    store.save_register(loaded.reg);
    expect_same(store.load_register(), loaded.reg, "register");
    store.add_data_quality_notes(loaded.notes);
    store.add_data_quality_notes(loaded.notes);
    EXPECT_EQ(store.load_data_quality_notes().size(), 2 * loaded.notes.size()) << "notes are appended";
}

TEST(StoreRoundTrip, ValuesTheExamplesLeaveEmpty) {
    const TempStore file;
    auto loaded = cpb();
    fill_in(loaded.reg);
    auto store = io::Store::open(file.path, io::StoreMode::create);
    store.save_register(loaded.reg);
    // Read from a second connection, so nothing can come from a cache.
    const auto reader = io::Store::open(file.path, io::StoreMode::read_only);
    expect_same(reader.load_register(), loaded.reg, "register");
}

TEST(StoreRoundTrip, ActionPlanWithItsHistory) {
    const TempStore file;
    const auto plan = cse_plan_with_history();
    auto store = io::Store::open(file.path, io::StoreMode::create);
    EXPECT_EQ(store.save_plan(plan), plan.id);
    EXPECT_EQ(store.load_plan(plan.id), plan);
    auto unrated = io::read_plan_text(kExamples / "cse-action-plan-2015-2018" / "plan.txt").plan;
    unrated.id = store.save_plan(unrated);
    EXPECT_EQ(store.load_plan(unrated.id), unrated);
}

TEST(StoreRoundTrip, DiagnosticSelfAssessmentAndRiskRegister) {
    const TempStore file;
    auto diagnostic = io::read_diagnostic_text(kExamples / "cse-diagnostic-2015" / "responses.txt").diagnostic;
    plans::add_progress(diagnostic, {3, br::make_date(2015, 9, 30), "Illustrative progress", "G", "officer"});
    const auto assessment = io::read_self_assessment_text(kExamples / "prevent-template" / "template.txt").assessment;
    const auto risks = risk_register();
    auto store = io::Store::open(file.path, io::StoreMode::create);
    store.save_diagnostic(diagnostic);
    store.save_self_assessment(assessment);
    store.save_risk_register(risks);
    EXPECT_EQ(store.load_diagnostic(diagnostic.title), diagnostic);
    EXPECT_EQ(store.load_self_assessment(assessment.title), assessment);
    EXPECT_EQ(store.load_risk_register(risks.title), risks);
    EXPECT_THROW(store.load_diagnostic("No such diagnostic"), br::NotFoundError);

    // Incremental updates, each checked against the stored document.
    store.add_finding_progress(diagnostic.title, {4, br::make_date(2015, 12, 31), "More progress", "A", "officer"});
    EXPECT_EQ(store.load_diagnostic(diagnostic.title).progress.size(), 2u);
    EXPECT_THROW(store.add_finding_progress(diagnostic.title, {99, br::make_date(2016, 1, 1), "x", "", ""}),
                 br::ValidationError);
    store.record_risk_review(risks.title, "R1", br::make_date(2015, 12, 31), plans::RiskScore{1, 5},
                             br::make_date(2016, 3, 31));
    const auto reviewed = store.load_risk_register(risks.title);
    EXPECT_EQ(reviewed.risks[0].residual, (plans::RiskScore{1, 5}));
    EXPECT_EQ(reviewed.risks[0].next_review, br::make_date(2016, 3, 31));
    EXPECT_THROW(store.record_risk_review(risks.title, "R9", br::make_date(2016, 1, 1), {}, {}), br::NotFoundError);

    auto untitled = risks;
    untitled.title.clear();
    EXPECT_THROW(store.save_risk_register(untitled), br::ValidationError);
    auto duplicate = risks;
    duplicate.risks.push_back(duplicate.risks.front());
    EXPECT_THROW(store.save_risk_register(duplicate), br::ValidationError);
    EXPECT_EQ(store.load_risk_registers().size(), 1u);
}

TEST(StoreRoundTrip, WholeBundle) {
    const TempStore file;
    auto loaded = cpb();
    fill_in(loaded.reg);
    io::BoardBundle bundle;
    bundle.records = loaded.reg;
    bundle.data_quality_notes = loaded.notes;
    bundle.plans = {cse_plan_with_history()};
    bundle.risk_registers = {risk_register()};
    bundle.diagnostics = {io::read_diagnostic_text(kExamples / "cse-diagnostic-2015" / "responses.txt").diagnostic};
    bundle.self_assessments = {
        io::read_self_assessment_text(kExamples / "prevent-template" / "template.txt").assessment};

    auto store = io::Store::open(file.path, io::StoreMode::create);
    store.save(bundle);
    const auto back = store.load();
    expect_same(back.records, bundle.records, "records");
    EXPECT_EQ(back.data_quality_notes, bundle.data_quality_notes);
    EXPECT_EQ(back.plans, bundle.plans);
    EXPECT_EQ(back.risk_registers, bundle.risk_registers);
    EXPECT_EQ(back.diagnostics, bundle.diagnostics);
    EXPECT_EQ(back.self_assessments, bundle.self_assessments);

    // Saving a smaller bundle replaces everything.
    io::BoardBundle smaller;
    smaller.records = scrutiny().reg;
    store.save(smaller);
    const auto replaced = store.load();
    expect_same(replaced.records, smaller.records, "records");
    EXPECT_TRUE(replaced.plans.empty());
    EXPECT_TRUE(replaced.diagnostics.empty());
    EXPECT_TRUE(replaced.data_quality_notes.empty());
    store.verify();
}

// Plans, risk registers, diagnostics and self-assessments onto the store's
// tables and back. Each document owns a copy of its RAG scheme (the key is
// printed with the document, and two documents may print different keys).
// Saving a document replaces the stored one with the same key (a plan's id,
// the others' titles) and keeps its place in the order documents were saved.
#include "boardroom/core/error.hpp"
#include "store_codec.hpp"
#include "store_tables.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace boardroom::io::store_detail {

namespace pl = plans;

namespace {

/// The schema version from which plan actions and risks name an indicator series.
constexpr int kIndicatorVersion = 6;

void report(const Progress& progress, std::string_view table, std::size_t rows) {
    if (progress) progress(StoreProgress{table, rows});
}

pl::TimescaleKind timescale_kind(const Db& db, const Statement& q, int column) {
    const std::string text = q.text(column);
    if (const auto kind = codec::value_of<pl::TimescaleKind>(text)) return *kind;
    throw StorageError(db.path(), "the store holds the timescale kind '" + printable(text) +
                                      "'; it was changed outside boardroom");
}

std::int64_t write_scheme(Db& db, const pl::RagScheme& scheme) {
    Statement insert(db, "INSERT INTO rag_schemes (name) VALUES (?1)");
    insert.run(scheme.name);
    const std::int64_t id = db.last_insert_id();
    Statement status(db, "INSERT INTO rag_statuses (scheme_id, seq, code, label, description, colour, complete) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (std::size_t i = 0; i < scheme.statuses.size(); ++i) {
        const auto& s = scheme.statuses[i];
        status.run(id, i, s.code, s.label, s.description, s.colour, s.complete);
    }
    return id;
}

pl::RagScheme read_scheme(Db& db, std::int64_t id) {
    pl::RagScheme scheme;
    Statement name(db, "SELECT name FROM rag_schemes WHERE id = ?1");
    name.query(id);
    if (name.next()) scheme.name = name.text(0);
    Statement status(db, "SELECT code, label, description, colour, complete FROM rag_statuses WHERE scheme_id = ?1 "
                         "ORDER BY seq");
    status.query(id);
    while (status.next())
        scheme.statuses.push_back({status.text(0), status.text(1), status.text(2), status.text(3), status.boolean(4)});
    return scheme;
}

/// Removes the document of `table` whose `key_column` is `key` (and its
/// scheme), returning the seq it had, or the next free seq if there was none.
template <class Key>
std::int64_t take_slot(Db& db, const std::string& table, const std::string& key_column, const Key& key) {
    Statement find(db, "SELECT seq, scheme_id FROM " + table + " WHERE " + key_column + " = ?1");
    find.query(key);
    if (find.next()) {
        const std::int64_t seq = find.integer(0);
        const std::int64_t scheme = find.integer(1);
        Statement(db, "DELETE FROM " + table + " WHERE " + key_column + " = ?1").run(key);
        Statement(db, "DELETE FROM rag_schemes WHERE id = ?1").run(scheme);
        return seq;
    }
    return db.scalar("SELECT COALESCE(MAX(seq) + 1, 0) FROM " + table);
}

/// The id and scheme of the document of `table` with `key`, if stored.
template <class Key>
std::optional<std::pair<std::int64_t, std::int64_t>> find_document(Db& db, const std::string& table,
                                                                    const std::string& key_column, const Key& key) {
    Statement find(db, "SELECT id, scheme_id FROM " + table + " WHERE " + key_column + " = ?1");
    find.query(key);
    if (!find.next()) return std::nullopt;
    return std::pair{find.integer(0), find.integer(1)};
}

} // namespace

bool names_indicators(const pl::Plan& plan) noexcept {
    return std::any_of(plan.actions.begin(), plan.actions.end(), [](const auto& a) { return !a.indicator.empty(); });
}

bool names_indicators(const pl::RiskRegister& register_) noexcept {
    return std::any_of(register_.risks.begin(), register_.risks.end(),
                       [](const auto& k) { return !k.indicator.empty(); });
}

void write_plan(Db& db, const pl::Plan& plan, const Progress& progress, int schema_version) {
    const std::int64_t seq = take_slot(db, "plans", "id", plan.id);
    const std::int64_t scheme = write_scheme(db, plan.scheme);
    Statement(db, "INSERT INTO plans (id, seq, title, board, period_start, period_end, period_text, scheme_id) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .run(plan.id, seq, plan.title, plan.board, plan.period.start, plan.period.end, plan.period.text, scheme);
    Statement note(db, "INSERT INTO plan_notes (plan_id, seq, text) VALUES (?1, ?2, ?3)");
    write_strings(note, plan.notes, plan.id);

    Statement section(db, "INSERT INTO plan_sections (plan_id, seq, number, title, statement, position_heading, line) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (std::size_t i = 0; i < plan.sections.size(); ++i) {
        const auto& s = plan.sections[i];
        section.run(plan.id, i, s.number, s.title, s.statement, s.position_heading, s.line);
    }
    report(progress, "plan_sections", plan.sections.size());

    const bool indicators = schema_version >= kIndicatorVersion;
    Statement action(db, std::string("INSERT INTO plan_actions (plan_id, seq, number, section, text, outcomes, "
                                     "leads_text, timescale_kind, timescale_date, timescale_text, line") +
                             (indicators ? ", indicator) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
                                         : ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    Statement lead(db, "INSERT INTO plan_action_leads (plan_id, action, seq, lead) VALUES (?1, ?2, ?3, ?4)");
    for (std::size_t i = 0; i < plan.actions.size(); ++i) {
        const auto& a = plan.actions[i];
        if (indicators)
            action.run(plan.id, i, a.number, a.section, a.text, a.outcomes, a.leads_text,
                       codec::text_of(a.timescale.kind), a.timescale.date, a.timescale.text, a.line, a.indicator);
        else
            action.run(plan.id, i, a.number, a.section, a.text, a.outcomes, a.leads_text,
                       codec::text_of(a.timescale.kind), a.timescale.date, a.timescale.text, a.line);
        write_strings(lead, a.leads, plan.id, a.number);
    }
    report(progress, "plan_actions", plan.actions.size());

    rewrite_positions(db, plan);
    report(progress, "position_updates", plan.positions.size());
    rewrite_ratings(db, plan);
    report(progress, "rag_ratings", plan.ratings.size());
}

void rewrite_positions(Db& db, const pl::Plan& plan) {
    Statement(db, "DELETE FROM position_updates WHERE plan_id = ?1").run(plan.id);
    Statement insert(db, "INSERT INTO position_updates (plan_id, seq, action, date, text, recorded_by) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (std::size_t i = 0; i < plan.positions.size(); ++i) {
        const auto& p = plan.positions[i];
        insert.run(plan.id, i, p.action, p.date, p.text, p.recorded_by);
    }
}

void rewrite_ratings(Db& db, const pl::Plan& plan) {
    Statement(db, "DELETE FROM rag_ratings WHERE plan_id = ?1").run(plan.id);
    Statement insert(db, "INSERT INTO rag_ratings (plan_id, seq, action, date, status, rated_by, note) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (std::size_t i = 0; i < plan.ratings.size(); ++i) {
        const auto& r = plan.ratings[i];
        insert.run(plan.id, i, r.action, r.date, r.status, r.rated_by, r.note);
    }
}

std::optional<pl::Plan> read_plan(Db& db, PlanId id, int schema_version) {
    Statement head(db, "SELECT title, board, period_start, period_end, period_text, scheme_id FROM plans "
                       "WHERE id = ?1");
    head.query(id);
    if (!head.next()) return std::nullopt;
    pl::Plan plan;
    plan.id = id;
    plan.title = head.text(0);
    plan.board = head.text(1);
    plan.period = {head.optional_date(2), head.optional_date(3), head.text(4)};
    plan.scheme = read_scheme(db, head.integer(5));

    Statement section(db, "SELECT number, title, statement, position_heading, line FROM plan_sections "
                          "WHERE plan_id = ?1 ORDER BY seq");
    section.query(id);
    while (section.next())
        plan.sections.push_back({section.text(0), section.text(1), section.text(2), section.text(3), section.size(4)});

    Statement action(db, std::string("SELECT number, section, text, outcomes, leads_text, timescale_kind, "
                                     "timescale_date, timescale_text, line, ") +
                             (schema_version >= kIndicatorVersion ? "indicator" : "''") +
                             " FROM plan_actions WHERE plan_id = ?1 ORDER BY seq");
    Statement leads(db, "SELECT lead FROM plan_action_leads WHERE plan_id = ?1 AND action = ?2 ORDER BY seq");
    action.query(id);
    while (action.next()) {
        pl::PlanAction a{action.text(0), action.text(1), action.text(2), action.text(3), action.text(4), {},
                         {timescale_kind(db, action, 5), action.optional_date(6), action.text(7)}, action.size(8),
                         action.text(9)};
        a.leads = read_strings(leads, id, a.number);
        plan.actions.push_back(std::move(a));
    }

    Statement position(db, "SELECT action, date, text, recorded_by FROM position_updates WHERE plan_id = ?1 "
                           "ORDER BY seq");
    position.query(id);
    while (position.next())
        plan.positions.push_back({position.text(0), position.optional_date(1), position.text(2), position.text(3)});

    Statement rating(db, "SELECT action, date, status, rated_by, note FROM rag_ratings WHERE plan_id = ?1 "
                         "ORDER BY seq");
    rating.query(id);
    while (rating.next())
        plan.ratings.push_back({rating.text(0), rating.date(1), rating.text(2), rating.text(3), rating.text(4)});

    Statement notes(db, "SELECT text FROM plan_notes WHERE plan_id = ?1 ORDER BY seq");
    plan.notes = read_strings(notes, id);
    return plan;
}

std::vector<PlanId> plan_ids(Db& db) {
    std::vector<PlanId> ids;
    Statement q(db, "SELECT id FROM plans ORDER BY seq");
    q.query();
    while (q.next()) ids.push_back(q.id<PlanId>(0));
    return ids;
}

void delete_plan(Db& db, PlanId id) {
    if (!find_document(db, "plans", "id", id)) throw NotFoundError("the store has no plan " + std::to_string(id.value()));
    take_slot(db, "plans", "id", id);
}

void write_risk_register(Db& db, const pl::RiskRegister& r, int schema_version) {
    const std::int64_t seq = take_slot(db, "risk_registers", "title", r.title);
    const std::int64_t scheme = write_scheme(db, r.scheme);
    Statement(db, "INSERT INTO risk_registers (seq, title, board, scheme_id) VALUES (?1, ?2, ?3, ?4)")
        .run(seq, r.title, r.board, scheme);
    const std::int64_t id = db.last_insert_id();
    Statement band(db, "INSERT INTO risk_bands (register_id, seq, min_score, status) VALUES (?1, ?2, ?3, ?4)");
    for (std::size_t i = 0; i < r.thresholds.bands.size(); ++i)
        band.run(id, i, r.thresholds.bands[i].min_score, r.thresholds.bands[i].status);
    const bool indicators = schema_version >= kIndicatorVersion;
    Statement risk(db, std::string("INSERT INTO risks (register_id, seq, reference, description, owner, "
                                   "inherent_likelihood, inherent_impact, residual_likelihood, residual_impact, "
                                   "last_reviewed, next_review") +
                           (indicators ? ", indicator) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
                                       : ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    Statement mitigation(db, "INSERT INTO risk_mitigations (register_id, reference, seq, text) VALUES (?1, ?2, ?3, ?4)");
    Statement mitigating(db, "INSERT INTO risk_mitigating_actions (register_id, reference, seq, action) "
                             "VALUES (?1, ?2, ?3, ?4)");
    for (std::size_t i = 0; i < r.risks.size(); ++i) {
        const auto& k = r.risks[i];
        std::optional<int> residual_likelihood, residual_impact;
        if (k.residual) {
            residual_likelihood = k.residual->likelihood;
            residual_impact = k.residual->impact;
        }
        if (indicators)
            risk.run(id, i, k.reference, k.description, k.owner, k.inherent.likelihood, k.inherent.impact,
                     residual_likelihood, residual_impact, k.last_reviewed, k.next_review, k.indicator);
        else
            risk.run(id, i, k.reference, k.description, k.owner, k.inherent.likelihood, k.inherent.impact,
                     residual_likelihood, residual_impact, k.last_reviewed, k.next_review);
        write_strings(mitigation, k.mitigations, id, k.reference);
        write_strings(mitigating, k.mitigating_actions, id, k.reference);
    }
}

std::optional<pl::RiskRegister> read_risk_register(Db& db, std::string_view title, int schema_version) {
    const auto found = find_document(db, "risk_registers", "title", title);
    if (!found) return std::nullopt;
    const auto [id, scheme] = *found;
    pl::RiskRegister r;
    r.title = std::string(title);
    Statement head(db, "SELECT board FROM risk_registers WHERE id = ?1");
    head.query(id);
    if (head.next()) r.board = head.text(0);
    r.scheme = read_scheme(db, scheme);
    r.thresholds.bands.clear();
    Statement band(db, "SELECT min_score, status FROM risk_bands WHERE register_id = ?1 ORDER BY seq");
    band.query(id);
    while (band.next()) r.thresholds.bands.push_back({band.int32(0), band.text(1)});
    Statement risk(db, std::string("SELECT reference, description, owner, inherent_likelihood, inherent_impact, "
                                   "residual_likelihood, residual_impact, last_reviewed, next_review, ") +
                           (schema_version >= kIndicatorVersion ? "indicator" : "''") +
                           " FROM risks WHERE register_id = ?1 ORDER BY seq");
    Statement mitigations(db, "SELECT text FROM risk_mitigations WHERE register_id = ?1 AND reference = ?2 "
                              "ORDER BY seq");
    Statement mitigating(db, "SELECT action FROM risk_mitigating_actions WHERE register_id = ?1 AND reference = ?2 "
                             "ORDER BY seq");
    risk.query(id);
    while (risk.next()) {
        pl::Risk k;
        k.reference = risk.text(0);
        k.description = risk.text(1);
        k.owner = risk.text(2);
        k.inherent = {risk.int32(3), risk.int32(4)};
        if (!risk.is_null(5)) k.residual = pl::RiskScore{risk.int32(5), risk.int32(6)};
        k.last_reviewed = risk.optional_date(7);
        k.next_review = risk.optional_date(8);
        k.indicator = risk.text(9);
        k.mitigations = read_strings(mitigations, id, k.reference);
        k.mitigating_actions = read_strings(mitigating, id, k.reference);
        r.risks.push_back(std::move(k));
    }
    return r;
}

void write_diagnostic(Db& db, const pl::Diagnostic& d) {
    const std::int64_t seq = take_slot(db, "diagnostics", "title", d.title);
    const std::int64_t scheme = write_scheme(db, d.scheme);
    Statement(db, "INSERT INTO diagnostics (seq, title, scheme_id) VALUES (?1, ?2, ?3)").run(seq, d.title, scheme);
    const std::int64_t id = db.last_insert_id();
    Statement note(db, "INSERT INTO diagnostic_notes (diagnostic_id, seq, text) VALUES (?1, ?2, ?3)");
    write_strings(note, d.notes, id);
    Statement finding(db, "INSERT INTO diagnostic_findings (diagnostic_id, seq, number, assessment, response, line) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    Statement reference(db, "INSERT INTO finding_references (diagnostic_id, finding, seq, text, target, direction) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (std::size_t i = 0; i < d.findings.size(); ++i) {
        const auto& f = d.findings[i];
        finding.run(id, i, f.number, f.assessment, f.response, f.line);
        for (std::size_t k = 0; k < f.references.size(); ++k)
            reference.run(id, f.number, k, f.references[k].text, f.references[k].target, f.references[k].direction);
    }
    Statement progress(db, "INSERT INTO finding_progress (diagnostic_id, seq, finding, date, note, status, "
                           "recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (std::size_t i = 0; i < d.progress.size(); ++i) {
        const auto& p = d.progress[i];
        progress.run(id, i, p.finding, p.date, p.note, p.status, p.recorded_by);
    }
}

std::optional<pl::Diagnostic> read_diagnostic(Db& db, std::string_view title) {
    const auto found = find_document(db, "diagnostics", "title", title);
    if (!found) return std::nullopt;
    const auto [id, scheme] = *found;
    pl::Diagnostic d;
    d.title = std::string(title);
    Statement notes(db, "SELECT text FROM diagnostic_notes WHERE diagnostic_id = ?1 ORDER BY seq");
    d.notes = read_strings(notes, id);
    d.scheme = read_scheme(db, scheme);
    Statement finding(db, "SELECT number, assessment, response, line FROM diagnostic_findings "
                          "WHERE diagnostic_id = ?1 ORDER BY seq");
    Statement reference(db, "SELECT text, target, direction FROM finding_references WHERE diagnostic_id = ?1 AND "
                            "finding = ?2 ORDER BY seq");
    finding.query(id);
    while (finding.next()) {
        pl::DiagnosticFinding f{finding.int32(0), finding.text(1), finding.text(2), {}, finding.size(3)};
        reference.query(id, f.number);
        while (reference.next()) f.references.push_back({reference.text(0), reference.int32(1), reference.text(2)});
        d.findings.push_back(std::move(f));
    }
    Statement progress(db, "SELECT finding, date, note, status, recorded_by FROM finding_progress "
                           "WHERE diagnostic_id = ?1 ORDER BY seq");
    progress.query(id);
    while (progress.next()) {
        d.progress.push_back(
            {progress.int32(0), progress.date(1), progress.text(2), progress.text(3), progress.text(4)});
    }
    return d;
}

void write_self_assessment(Db& db, const pl::SelfAssessment& a) {
    const std::int64_t seq = take_slot(db, "self_assessments", "title", a.title);
    const std::int64_t scheme = write_scheme(db, a.scheme);
    Statement(db, "INSERT INTO self_assessments (seq, title, scheme_id) VALUES (?1, ?2, ?3)").run(seq, a.title, scheme);
    const std::int64_t id = db.last_insert_id();
    Statement note(db, "INSERT INTO self_assessment_notes (assessment_id, seq, text) VALUES (?1, ?2, ?3)");
    write_strings(note, a.notes, id);
    Statement item(db, "INSERT INTO self_assessment_items (assessment_id, seq, number, area, question, at_risk, "
                       "action_taken, owner, when_kind, when_date, when_text, status, line) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    for (std::size_t i = 0; i < a.items.size(); ++i) {
        const auto& t = a.items[i];
        item.run(id, i, t.number, t.area, t.question, t.at_risk, t.action_taken, t.owner, codec::text_of(t.when.kind),
                 t.when.date, t.when.text, t.status, t.line);
    }
}

std::optional<pl::SelfAssessment> read_self_assessment(Db& db, std::string_view title) {
    const auto found = find_document(db, "self_assessments", "title", title);
    if (!found) return std::nullopt;
    const auto [id, scheme] = *found;
    pl::SelfAssessment a;
    a.title = std::string(title);
    Statement notes(db, "SELECT text FROM self_assessment_notes WHERE assessment_id = ?1 ORDER BY seq");
    a.notes = read_strings(notes, id);
    a.scheme = read_scheme(db, scheme);
    Statement item(db, "SELECT number, area, question, at_risk, action_taken, owner, when_kind, when_date, when_text, "
                       "status, line FROM self_assessment_items WHERE assessment_id = ?1 ORDER BY seq");
    item.query(id);
    while (item.next()) {
        a.items.push_back({item.text(0), item.text(1), item.text(2), item.optional_bool(3), item.text(4), item.text(5),
                           {timescale_kind(db, item, 6), item.optional_date(7), item.text(8)}, item.text(9),
                           item.size(10)});
    }
    return a;
}

std::vector<std::string> titles(Db& db, std::string_view table) {
    Statement q(db, "SELECT title FROM " + std::string(table) + " ORDER BY seq");
    return read_strings(q);
}

void delete_plan_documents(Db& db) {
    static constexpr std::array kTables{"plans", "risk_registers", "diagnostics", "self_assessments", "rag_schemes"};
    for (const char* table : kTables) db.exec(std::string("DELETE FROM ") + table);
}

} // namespace boardroom::io::store_detail

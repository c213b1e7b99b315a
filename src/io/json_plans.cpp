// Plans, risk registers, diagnostics and self-assessments in the JSON
// document. A member left out takes the model's default (a plan without a
// "scheme" has the default BRAG scheme, as a Plan built in code does).
#include "json_detail.hpp"

namespace boardroom::io::json_detail {

namespace pl = plans;

namespace {

/// The version from which plan actions and risks may name an indicator series.
constexpr int kIndicatorVersion = 4;

Json scheme_json(const pl::RagScheme& scheme) {
    return Json{{"name", scheme.name}, {"statuses", array_json(scheme.statuses, [](const pl::RagStatus& s) {
                     return Json{{"code", s.code},
                                 {"label", s.label},
                                 {"description", s.description},
                                 {"colour", s.colour},
                                 {"complete", s.complete}};
                 })}};
}

pl::RagScheme read_scheme(Object& o) {
    pl::RagScheme scheme;
    scheme.name = o.string("name");
    scheme.statuses = o.array<pl::RagStatus>("statuses", [](Object& s) {
        return pl::RagStatus{s.string("code"), s.string("label"), s.string("description"), s.string("colour"),
                             s.boolean("complete")};
    });
    return scheme;
}

Json timescale_json(const pl::Timescale& t) {
    return Json{{"kind", enum_json(t.kind)}, {"date", date_json(t.date)}, {"text", t.text}};
}

pl::Timescale read_timescale(Object& o) {
    return pl::Timescale{o.enumeration("kind", pl::TimescaleKind::Unspecified), o.optional_date("date"),
                         o.string("text")};
}

Json plan_json(const pl::Plan& plan) {
    return Json{
        {"id", id_json(plan.id)},
        {"title", plan.title},
        {"board", plan.board},
        {"period",
         Json{{"start", date_json(plan.period.start)}, {"end", date_json(plan.period.end)}, {"text", plan.period.text}}},
        {"scheme", scheme_json(plan.scheme)},
        {"sections", array_json(plan.sections,
                                [](const pl::PlanSection& s) {
                                    return Json{{"number", s.number},
                                                {"title", s.title},
                                                {"statement", s.statement},
                                                {"position_heading", s.position_heading},
                                                {"line", s.line}};
                                })},
        {"actions", array_json(plan.actions,
                               [](const pl::PlanAction& a) {
                                   return Json{{"number", a.number},
                                               {"section", a.section},
                                               {"text", a.text},
                                               {"outcomes", a.outcomes},
                                               {"leads_text", a.leads_text},
                                               {"leads", a.leads},
                                               {"timescale", timescale_json(a.timescale)},
                                               {"line", a.line},
                                               {"indicator", a.indicator}};
                               })},
        {"positions", array_json(plan.positions,
                                 [](const pl::PositionUpdate& p) {
                                     return Json{{"action", p.action},
                                                 {"date", date_json(p.date)},
                                                 {"text", p.text},
                                                 {"recorded_by", p.recorded_by}};
                                 })},
        {"ratings", array_json(plan.ratings,
                               [](const pl::RagRating& r) {
                                   return Json{{"action", r.action},
                                               {"date", date_json(r.date)},
                                               {"status", r.status},
                                               {"rated_by", r.rated_by},
                                               {"note", r.note}};
                               })},
        {"notes", plan.notes}};
}

pl::Plan read_plan(Object& o, int version) {
    pl::Plan plan;
    plan.id = o.id<PlanId>("id");
    plan.title = o.string("title");
    plan.board = o.string("board");
    plan.period = o.object<pl::PlanPeriod>(
        "period",
        [](Object& p) { return pl::PlanPeriod{p.optional_date("start"), p.optional_date("end"), p.string("text")}; },
        {});
    plan.scheme = o.object<pl::RagScheme>("scheme", read_scheme, pl::default_rag_scheme());
    plan.sections = o.array<pl::PlanSection>("sections", [](Object& s) {
        return pl::PlanSection{s.string("number"), s.string("title"), s.string("statement"),
                               s.string("position_heading"), s.line("line")};
    });
    plan.actions = o.array<pl::PlanAction>("actions", [version](Object& a) {
        pl::PlanAction action;
        action.number = a.string("number");
        action.section = a.string("section");
        action.text = a.string("text");
        action.outcomes = a.string("outcomes");
        action.leads_text = a.string("leads_text");
        action.leads = a.strings("leads");
        action.timescale = a.object<pl::Timescale>("timescale", read_timescale, {});
        action.line = a.line("line");
        if (version >= kIndicatorVersion) action.indicator = a.string("indicator");
        return action;
    });
    plan.positions = o.array<pl::PositionUpdate>("positions", [](Object& p) {
        return pl::PositionUpdate{p.string("action"), p.optional_date("date"), p.string("text"),
                                  p.string("recorded_by")};
    });
    plan.ratings = o.array<pl::RagRating>("ratings", [](Object& r) {
        return pl::RagRating{r.string("action"), r.date("date"), r.string("status"), r.string("rated_by"),
                             r.string("note")};
    });
    plan.notes = o.strings("notes");
    return plan;
}

Json score_json(const pl::RiskScore& score) {
    return Json{{"likelihood", score.likelihood}, {"impact", score.impact}};
}

pl::RiskScore read_score(Object& o) { return pl::RiskScore{o.int32("likelihood", 1), o.int32("impact", 1)}; }

Json risk_register_json(const pl::RiskRegister& r) {
    return Json{{"title", r.title},
                {"board", r.board},
                {"scheme", scheme_json(r.scheme)},
                {"thresholds", array_json(r.thresholds.bands,
                                          [](const pl::RiskBand& b) {
                                              return Json{{"min_score", b.min_score}, {"status", b.status}};
                                          })},
                {"risks", array_json(r.risks, [](const pl::Risk& k) {
                     return Json{{"reference", k.reference},
                                 {"description", k.description},
                                 {"owner", k.owner},
                                 {"inherent", score_json(k.inherent)},
                                 {"residual", k.residual ? score_json(*k.residual) : Json(nullptr)},
                                 {"mitigations", k.mitigations},
                                 {"mitigating_actions", k.mitigating_actions},
                                 {"last_reviewed", date_json(k.last_reviewed)},
                                 {"next_review", date_json(k.next_review)},
                                 {"indicator", k.indicator}};
                 })}};
}

pl::RiskRegister read_risk_register(Object& o, int version) {
    pl::RiskRegister r;
    r.title = o.string("title");
    r.board = o.string("board");
    r.scheme = o.object<pl::RagScheme>("scheme", read_scheme, pl::seed_rag_key());
    auto bands = o.array<pl::RiskBand>("thresholds", [](Object& b) {
        return pl::RiskBand{b.int32("min_score", 1), b.string("status")};
    });
    if (!bands.empty()) r.thresholds.bands = std::move(bands);
    r.risks = o.array<pl::Risk>("risks", [version](Object& k) {
        pl::Risk risk;
        risk.reference = k.string("reference");
        risk.description = k.string("description");
        risk.owner = k.string("owner");
        risk.inherent = k.object<pl::RiskScore>("inherent", read_score, {});
        risk.residual = k.optional_object<pl::RiskScore>("residual", read_score);
        risk.mitigations = k.strings("mitigations");
        risk.mitigating_actions = k.strings("mitigating_actions");
        risk.last_reviewed = k.optional_date("last_reviewed");
        risk.next_review = k.optional_date("next_review");
        if (version >= kIndicatorVersion) risk.indicator = k.string("indicator");
        return risk;
    });
    return r;
}

Json diagnostic_json(const pl::Diagnostic& d) {
    return Json{{"title", d.title},
                {"notes", d.notes},
                {"scheme", scheme_json(d.scheme)},
                {"findings", array_json(d.findings,
                                        [](const pl::DiagnosticFinding& f) {
                                            return Json{{"number", f.number},
                                                        {"assessment", f.assessment},
                                                        {"response", f.response},
                                                        {"references", array_json(f.references,
                                                                                  [](const pl::CrossReference& c) {
                                                                                      return Json{
                                                                                          {"text", c.text},
                                                                                          {"target", c.target},
                                                                                          {"direction", c.direction}};
                                                                                  })},
                                                        {"line", f.line}};
                                        })},
                {"progress", array_json(d.progress, [](const pl::FindingProgress& p) {
                     return Json{{"finding", p.finding},
                                 {"date", date_json(p.date)},
                                 {"note", p.note},
                                 {"status", p.status},
                                 {"recorded_by", p.recorded_by}};
                 })}};
}

pl::Diagnostic read_diagnostic(Object& o) {
    pl::Diagnostic d;
    d.title = o.string("title");
    d.notes = o.strings("notes");
    d.scheme = o.object<pl::RagScheme>("scheme", read_scheme, pl::default_rag_scheme());
    d.findings = o.array<pl::DiagnosticFinding>("findings", [](Object& f) {
        pl::DiagnosticFinding finding;
        finding.number = f.int32("number");
        finding.assessment = f.string("assessment");
        finding.response = f.string("response");
        finding.references = f.array<pl::CrossReference>("references", [](Object& c) {
            return pl::CrossReference{c.string("text"), c.int32("target"), c.string("direction")};
        });
        finding.line = f.line("line");
        return finding;
    });
    d.progress = o.array<pl::FindingProgress>("progress", [](Object& p) {
        return pl::FindingProgress{p.int32("finding"), p.date("date"), p.string("note"), p.string("status"),
                                   p.string("recorded_by")};
    });
    return d;
}

Json self_assessment_json(const pl::SelfAssessment& a) {
    return Json{{"title", a.title},
                {"notes", a.notes},
                {"scheme", scheme_json(a.scheme)},
                {"items", array_json(a.items, [](const pl::SelfAssessmentItem& i) {
                     return Json{{"number", i.number},
                                 {"area", i.area},
                                 {"question", i.question},
                                 {"at_risk", optional_bool_json(i.at_risk)},
                                 {"action_taken", i.action_taken},
                                 {"owner", i.owner},
                                 {"when", timescale_json(i.when)},
                                 {"status", i.status},
                                 {"line", i.line}};
                 })}};
}

pl::SelfAssessment read_self_assessment(Object& o) {
    pl::SelfAssessment a;
    a.title = o.string("title");
    a.notes = o.strings("notes");
    a.scheme = o.object<pl::RagScheme>("scheme", read_scheme, pl::default_rag_scheme());
    a.items = o.array<pl::SelfAssessmentItem>("items", [](Object& i) {
        pl::SelfAssessmentItem item;
        item.number = i.string("number");
        item.area = i.string("area");
        item.question = i.string("question");
        item.at_risk = i.optional_boolean("at_risk");
        item.action_taken = i.string("action_taken");
        item.owner = i.string("owner");
        item.when = i.object<pl::Timescale>("when", read_timescale, {});
        item.status = i.string("status");
        item.line = i.line("line");
        return item;
    });
    return a;
}

} // namespace

void write_plan_documents(DocumentWriter& document, const BoardBundle& bundle) {
    document.array("plans", bundle.plans, plan_json);
    document.array("risk_registers", bundle.risk_registers, risk_register_json);
    document.array("diagnostics", bundle.diagnostics, diagnostic_json);
    document.array("self_assessments", bundle.self_assessments, self_assessment_json);
}

void read_plan_documents(Object& top, BoardBundle& bundle, int version) {
    bundle.plans = top.array<pl::Plan>("plans", [version](Object& o) { return read_plan(o, version); });
    bundle.risk_registers =
        top.array<pl::RiskRegister>("risk_registers", [version](Object& o) { return read_risk_register(o, version); });
    bundle.diagnostics = top.array<pl::Diagnostic>("diagnostics", read_diagnostic);
    bundle.self_assessments = top.array<pl::SelfAssessment>("self_assessments", read_self_assessment);
}

} // namespace boardroom::io::json_detail

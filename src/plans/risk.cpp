#include "boardroom/plans/risk.hpp"

#include "boardroom/core/error.hpp"
#include "../text.hpp"

#include <algorithm>
#include <array>

namespace boardroom::plans {

void validate(const RiskScore& score) {
    if (score.likelihood < 1 || score.likelihood > 5 || score.impact < 1 || score.impact > 5)
        throw ValidationError("a risk score needs likelihood and impact from 1 to 5, got " +
                              std::to_string(score.likelihood) + " x " + std::to_string(score.impact));
}

std::string_view likelihood_label(int likelihood) {
    static constexpr std::array<std::string_view, 5> kLabels{"Rare", "Unlikely", "Possible", "Likely",
                                                             "Almost certain"};
    if (likelihood < 1 || likelihood > 5)
        throw ValidationError("likelihood must be 1-5, got " + std::to_string(likelihood));
    return kLabels[static_cast<std::size_t>(likelihood - 1)];
}

std::string_view impact_label(int impact) {
    static constexpr std::array<std::string_view, 5> kLabels{"Negligible", "Minor", "Moderate", "Major",
                                                             "Catastrophic"};
    if (impact < 1 || impact > 5) throw ValidationError("impact must be 1-5, got " + std::to_string(impact));
    return kLabels[static_cast<std::size_t>(impact - 1)];
}

RiskThresholds default_risk_thresholds() { return RiskThresholds{{{1, "G"}, {5, "A"}, {15, "R"}}}; }

const std::string& status_for(const RiskThresholds& thresholds, int score) {
    if (score < 1 || score > 25) throw ValidationError("a 5x5 risk score is 1-25, got " + std::to_string(score));
    const RiskBand* band = nullptr;
    for (const auto& candidate : thresholds.bands)
        if (candidate.min_score <= score) band = &candidate;
    if (!band) throw ValidationError("no risk threshold covers the score " + std::to_string(score));
    return band->status;
}

void validate(const RiskThresholds& thresholds, const RagScheme& scheme) {
    if (thresholds.bands.empty() || thresholds.bands.front().min_score != 1)
        throw ValidationError("risk thresholds must start at a score of 1");
    int previous = 0;
    for (const auto& band : thresholds.bands) {
        if (band.min_score <= previous || band.min_score > 25)
            throw ValidationError("risk thresholds must ascend strictly within 1-25; " +
                                  std::to_string(band.min_score) + " does not");
        if (!scheme.rank(band.status))
            throw ValidationError("risk threshold " + std::to_string(band.min_score) + " names the status '" +
                                  band.status + "', which scheme '" + scheme.name + "' does not have");
        previous = band.min_score;
    }
}

namespace {

Risk* find_risk(RiskRegister& register_, std::string_view reference) {
    for (auto& risk : register_.risks)
        if (risk.reference == reference) return &risk;
    return nullptr;
}

void check_review_dates(const std::string& reference, const std::optional<Date>& last, const std::optional<Date>& next) {
    if (last && next && *next < *last)
        throw ValidationError("risk " + reference + ": the next review (" + to_iso_string(*next) +
                              ") is before the last (" + to_iso_string(*last) + ")");
}

} // namespace

void add_risk(RiskRegister& register_, Risk risk) {
    if (text::trim(risk.reference).empty()) throw ValidationError("a risk needs a reference");
    if (find_risk(register_, risk.reference))
        throw ValidationError("the register already has a risk " + risk.reference);
    validate(risk.inherent);
    if (risk.residual) validate(*risk.residual);
    check_review_dates(risk.reference, risk.last_reviewed, risk.next_review);
    register_.risks.push_back(std::move(risk));
}

void record_review(RiskRegister& register_, std::string_view reference, const Date& reviewed,
                   std::optional<RiskScore> residual, std::optional<Date> next_review) {
    Risk* risk = find_risk(register_, reference);
    if (!risk) throw NotFoundError("the register has no risk " + std::string(reference));
    if (residual) validate(*residual);
    if (risk->last_reviewed && reviewed < *risk->last_reviewed)
        throw ValidationError("risk " + risk->reference + ": a review on " + to_iso_string(reviewed) +
                              " is earlier than the last one (" + to_iso_string(*risk->last_reviewed) + ")");
    check_review_dates(risk->reference, reviewed, next_review);
    // Everything checked: nothing below can throw.
    risk->last_reviewed = reviewed;
    if (residual) risk->residual = residual;
    risk->next_review = next_review;
}

std::vector<RiskRow> risk_table(const RiskRegister& register_, const Date& date) {
    std::vector<RiskRow> rows;
    rows.reserve(register_.risks.size());
    for (const auto& risk : register_.risks) {
        RiskRow row;
        row.reference = risk.reference;
        row.description = risk.description;
        row.owner = risk.owner;
        row.inherent_score = risk.inherent.score();
        row.inherent_status = status_for(register_.thresholds, row.inherent_score);
        if (risk.residual) {
            row.residual_score = risk.residual->score();
            row.residual_status = status_for(register_.thresholds, *row.residual_score);
        }
        row.review_due = !risk.next_review || !(date < *risk.next_review);
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const RiskRow& a, const RiskRow& b) {
        const int sa = a.residual_score.value_or(a.inherent_score);
        const int sb = b.residual_score.value_or(b.inherent_score);
        if (sa != sb) return sa > sb;
        return a.reference < b.reference;
    });
    return rows;
}

std::vector<Warning> check_risks(const RiskRegister& register_, const Plan& plan) {
    std::vector<Warning> out;
    for (const auto& risk : register_.risks) {
        const std::string subject = "risk " + risk.reference;
        if (text::trim(risk.owner).empty()) out.push_back({"", 0, "missing-owner", subject, "owner", "no owner is given"});
        if (risk.residual && risk.residual->score() > risk.inherent.score())
            out.push_back({"", 0, "residual-above-inherent", subject, "residual",
                           "the residual score " + std::to_string(risk.residual->score()) +
                               " is above the inherent score " + std::to_string(risk.inherent.score())});
        for (const auto& action : risk.mitigating_actions)
            if (!find_action(plan, action))
                out.push_back({"", 0, "unknown-action", subject, "mitigating_actions",
                               "is mitigated by action " + action + ", which plan '" + plan.title + "' does not have"});
    }
    return out;
}

} // namespace boardroom::plans

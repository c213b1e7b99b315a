// What the store and the JSON document hold: the governance records of one or
// more boards, the data-quality notes their loaders reported, and the plans,
// risk registers, diagnostics and self-assessments the boards keep. One type
// so that "save everything", "load everything" and "export everything" are one
// call each and cannot drift apart.
#pragma once

#include "boardroom/governance/data_quality.hpp"
#include "boardroom/governance/register.hpp"
#include "boardroom/plans/diagnostic.hpp"
#include "boardroom/plans/plan.hpp"
#include "boardroom/plans/risk.hpp"
#include "boardroom/plans/self_assessment.hpp"

#include <vector>

namespace boardroom::io {

struct BoardBundle {
    governance::Register records;
    /// Kept beside the records: the loaders return them rather than storing
    /// them in the Register, and officers need them after the import too.
    std::vector<governance::DataQualityNote> data_quality_notes;
    std::vector<plans::Plan> plans;
    std::vector<plans::RiskRegister> risk_registers;
    std::vector<plans::Diagnostic> diagnostics;
    std::vector<plans::SelfAssessment> self_assessments;
    /// Read from a public document (written with JsonOptions::public_only, `"public": true`):
    /// its Part II records hold only their numbers, so it must not update a store's records.
    bool public_export{false};
};

} // namespace boardroom::io

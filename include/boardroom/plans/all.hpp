// Everything about action plans in one include: the model (plans, RAG schemes,
// histories, summaries, risk registers, diagnostics, self-assessments, checks)
// and its loaders.
#pragma once

#include "boardroom/plans/check.hpp"
#include "boardroom/plans/diagnostic.hpp"
#include "boardroom/plans/history.hpp"
#include "boardroom/plans/plan.hpp"
#include "boardroom/plans/rag.hpp"
#include "boardroom/plans/risk.hpp"
#include "boardroom/plans/self_assessment.hpp"
#include "boardroom/plans/summary.hpp"
#include "boardroom/plans/timescale.hpp"
#include "boardroom/plans/warning.hpp"

#include "boardroom/io/plan_csv.hpp"
#include "boardroom/io/plan_diagnostic.hpp"
#include "boardroom/io/plan_risk.hpp"
#include "boardroom/io/plan_text.hpp"

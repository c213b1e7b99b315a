// The whole public API of boardroom in one include.
#pragma once

#include "boardroom/version.hpp"

#include "boardroom/core/date.hpp"
#include "boardroom/core/error.hpp"
#include "boardroom/core/id.hpp"

#include "boardroom/governance/action.hpp"
#include "boardroom/governance/board.hpp"
#include "boardroom/governance/data_quality.hpp"
#include "boardroom/governance/meeting.hpp"
#include "boardroom/governance/membership.hpp"
#include "boardroom/governance/minutes.hpp"
#include "boardroom/governance/parts.hpp"
#include "boardroom/governance/people.hpp"
#include "boardroom/governance/queries.hpp"
#include "boardroom/governance/register.hpp"

#include "boardroom/indicators.hpp"

#include "boardroom/plans/all.hpp"

#include "boardroom/io/csv.hpp"
#include "boardroom/io/governance_agenda.hpp"
#include "boardroom/io/governance_attendance.hpp"
#include "boardroom/io/governance_contacts.hpp"
#include "boardroom/io/governance_import.hpp"
#include "boardroom/io/governance_minutes.hpp"
#include "boardroom/io/governance_text.hpp"
#include "boardroom/io/governance_work_plan.hpp"
#include "boardroom/io/json.hpp"
#include "boardroom/io/meeting_csv.hpp"
#include "boardroom/io/store.hpp"
#include "boardroom/io/store_bundle.hpp"
#include "boardroom/io/word_table.hpp"

#include "boardroom/report/public_view.hpp"

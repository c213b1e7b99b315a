// The whole public API of boardroom in one include.
#pragma once

#include "boardroom/version.hpp"

#include "boardroom/core/date.hpp"
#include "boardroom/core/error.hpp"
#include "boardroom/core/id.hpp"

#include "boardroom/governance/meeting.hpp"

#include "boardroom/indicators.hpp"

#include "boardroom/plans/all.hpp"

#include "boardroom/io/csv.hpp"
#include "boardroom/io/meeting_csv.hpp"
#include "boardroom/io/word_table.hpp"

#include "boardroom/report/public_view.hpp"

// Indicator statistics: proportions, rates and means with confidence limits,
// comparison with benchmarks, rolling periods, small-number suppression and ranking.
#pragma once

#include "boardroom/indicators/compare.hpp"
#include "boardroom/indicators/confidence.hpp"
#include "boardroom/indicators/mean.hpp"
#include "boardroom/indicators/periods.hpp"
#include "boardroom/indicators/polarity.hpp"
#include "boardroom/indicators/proportion.hpp"
#include "boardroom/indicators/ranking.hpp"
#include "boardroom/indicators/rate.hpp"
#include "boardroom/indicators/suppression.hpp"

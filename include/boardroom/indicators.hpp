// Indicator statistics: proportions, rates and means with confidence limits,
// comparison with benchmarks, rolling periods, small-number suppression and ranking.
#pragma once

#include "boardroom/indicators/compare.hpp"
#include "boardroom/indicators/confidence.hpp"
#include "boardroom/indicators/dsr.hpp"
#include "boardroom/indicators/funnel.hpp"
#include "boardroom/indicators/groups.hpp"
#include "boardroom/indicators/inequality.hpp"
#include "boardroom/indicators/isr.hpp"
#include "boardroom/indicators/life_expectancy.hpp"
#include "boardroom/indicators/mean.hpp"
#include "boardroom/indicators/parallel.hpp"
#include "boardroom/indicators/periods.hpp"
#include "boardroom/indicators/polarity.hpp"
#include "boardroom/indicators/proportion.hpp"
#include "boardroom/indicators/quantile.hpp"
#include "boardroom/indicators/ranking.hpp"
#include "boardroom/indicators/rate.hpp"
#include "boardroom/indicators/standard_population.hpp"
#include "boardroom/indicators/suppression.hpp"
#include "boardroom/indicators/trend.hpp"

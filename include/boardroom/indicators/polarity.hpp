// Which direction of an indicator is good.
#pragma once

#include <cstdint>

namespace boardroom::indicators {

enum class Polarity : std::uint8_t {
    high_is_good, ///< e.g. breastfeeding rates
    low_is_good,  ///< e.g. infant mortality
    no_judgement, ///< e.g. fertility: higher or lower, neither better nor worse
};

} // namespace boardroom::indicators

# Standardised rates (DSR, ISR) and life expectancy.
target_sources(boardroom PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/age_bands.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/dsr.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/isr.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/life_expectancy.cpp)

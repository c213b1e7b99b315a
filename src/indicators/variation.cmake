# Funnel plots, quantiles, the slope and relative index of inequality, trend markers.
target_sources(boardroom PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/funnel.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/quantile.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/inequality.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/trend.cpp)

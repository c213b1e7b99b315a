# Loaders of action plans, risk registers, diagnostics and self-assessments (included by CMakeLists.txt).
target_sources(boardroom PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/plan_common.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/plan_csv.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/plan_diagnostic.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/plan_risk.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/plan_text.cpp)

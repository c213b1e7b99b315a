# Governance loaders: text as officers paste it out of agenda packs, and its import into a Register.
target_sources(boardroom PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/governance_text.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/governance_attendance.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/governance_contacts.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/governance_minutes.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/governance_agenda.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/governance_work_plan.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/governance_import.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/governance_import_plans.cpp)

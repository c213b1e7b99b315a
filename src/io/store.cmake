# The SQLite store and the JSON interchange (included by CMakeLists.txt). Both
# dependencies stay private: the public headers need only the standard library.
find_package(SQLite3 REQUIRED)
find_package(nlohmann_json 3 REQUIRED)
target_sources(boardroom PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/store.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/store_sqlite.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/store_files.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/store_documents.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/store_schema.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/store_audit.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/store_governance.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/store_governance_read.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/store_board.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/store_plans.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/store_validate.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/json.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/json_governance.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/json_plans.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/json_popolo.cpp)
# CMake 4 renamed the imported target (the old name still works but warns).
if(TARGET SQLite3::SQLite3)
  set(BOARDROOM_SQLITE_TARGET SQLite3::SQLite3)
else()
  set(BOARDROOM_SQLITE_TARGET SQLite::SQLite3)
endif()
target_link_libraries(boardroom PRIVATE ${BOARDROOM_SQLITE_TARGET} $<BUILD_INTERFACE:nlohmann_json::nlohmann_json>)

include(CMakePackageConfigHelpers)

set(BOARDROOM_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/boardroom)

install(TARGETS boardroom
  EXPORT boardroom-targets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/boardroom
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.hpp")

install(EXPORT boardroom-targets
  NAMESPACE boardroom::
  DESTINATION ${BOARDROOM_CMAKE_DIR})

configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/boardroomConfig.cmake.in
  ${PROJECT_BINARY_DIR}/boardroomConfig.cmake
  INSTALL_DESTINATION ${BOARDROOM_CMAKE_DIR})

write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/boardroomConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMinorVersion)

install(FILES
  ${PROJECT_BINARY_DIR}/boardroomConfig.cmake
  ${PROJECT_BINARY_DIR}/boardroomConfigVersion.cmake
  DESTINATION ${BOARDROOM_CMAKE_DIR})

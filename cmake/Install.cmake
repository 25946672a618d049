include(CMakePackageConfigHelpers)

install(TARGETS folio RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS folio_lib EXPORT folioTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/src/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/folio
  FILES_MATCHING PATTERN "*.h" PATTERN "cli" EXCLUDE)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/charts/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/folio/charts
  FILES_MATCHING PATTERN "*.h")
install(EXPORT folioTargets NAMESPACE folio:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/folio)

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/folioConfig.cmake.in
  ${PROJECT_BINARY_DIR}/folioConfig.cmake INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/folio)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/folioConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/folioConfig.cmake ${PROJECT_BINARY_DIR}/folioConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/folio)

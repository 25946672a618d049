# Every dependency is a Debian bookworm package; a missing one names the package to install.
find_package(PkgConfig QUIET)
if(NOT PkgConfig_FOUND)
  message(FATAL_ERROR "pkg-config not found: apt-get install pkg-config")
endif()

function(folio_require_pkg prefix debian_package)
  pkg_check_modules(${prefix} QUIET IMPORTED_TARGET GLOBAL ${ARGN})
  if(NOT ${prefix}_FOUND)
    message(FATAL_ERROR "${ARGN} not found: apt-get install ${debian_package}")
  endif()
endfunction()

folio_require_pkg(CAIRO libcairo2-dev cairo cairo-pdf cairo-svg cairo-png)
folio_require_pkg(PNG libpng-dev libpng)
folio_require_pkg(RSVG librsvg2-dev librsvg-2.0)
folio_require_pkg(PANGO libpango1.0-dev pangocairo pangofc fontconfig)

function(folio_require_package name debian_package)
  find_package(${name} QUIET CONFIG)
  if(NOT ${name}_FOUND)
    message(FATAL_ERROR "${name} not found: apt-get install ${debian_package}")
  endif()
endfunction()

folio_require_package(fmt libfmt-dev)
folio_require_package(nlohmann_json nlohmann-json3-dev)
folio_require_package(CLI11 libcli11-dev)

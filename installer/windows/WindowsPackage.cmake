# A per-machine WiX (v3) MSI of the client: opvangloket.exe and opvangloket-cli.exe in
# "C:\Program Files\Opvangloket\bin" with the Qt runtime beside them (windeployqt) and the other DLLs they load
# (QtKeychain, libsodium, libcurl: from OPVANGLOKET_RUNTIME_DLL_DIRS), a Start-menu shortcut, major upgrades
# under one fixed UpgradeCode, and the SERVERURL / CAFILE properties for a preset roll-out
# (site-defaults.wxs.xml). Built by .github/workflows/installers.yml; not run on the Linux machines.
set(OPVANGLOKET_RUNTIME_DLL_DIRS "" CACHE STRING "Folders holding the non-Qt DLLs the client loads (e.g. vcpkg's bin)")

find_program(OPVANGLOKET_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
  set(bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin\")
  execute_process(COMMAND \"${OPVANGLOKET_WINDEPLOYQT}\" --release --no-compiler-runtime --no-opengl-sw
                          --dir \"\${bin}\" \"\${bin}/opvangloket.exe\" \"\${bin}/opvangloket-cli.exe\"
                  COMMAND_ERROR_IS_FATAL ANY)
  file(GET_RUNTIME_DEPENDENCIES
       EXECUTABLES \"\${bin}/opvangloket.exe\" \"\${bin}/opvangloket-cli.exe\"
       DIRECTORIES ${OPVANGLOKET_RUNTIME_DLL_DIRS} \"${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}\"
       PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
       POST_EXCLUDE_REGEXES \"[Ss]ystem32\" \"[Ww]in[Ss]x[Ss]\"
       RESOLVED_DEPENDENCIES_VAR found UNRESOLVED_DEPENDENCIES_VAR missing)
  file(INSTALL \${found} DESTINATION \"\${bin}\")
  if(missing)
    message(FATAL_ERROR \"DLLs not found for the MSI: \${missing} (set OPVANGLOKET_RUNTIME_DLL_DIRS)\")
  endif()
" COMPONENT client)
# The Visual C++ runtime the programs need, beside them (no separate redistributable to roll out).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT client)
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR "WIX")
set(CPACK_COMPONENTS_ALL client)
set(CPACK_PACKAGE_FILE_NAME "Opvangloket-${PROJECT_VERSION}-win64")
# Never change: it makes each new MSI replace the installed version (a major upgrade, CPack's template).
set(CPACK_WIX_UPGRADE_GUID "6F1C7C2E-5A4B-4E0B-9C36-0B0F5B9E2A11")
set(CPACK_WIX_PRODUCT_ICON "${OPVANGLOKET_ICONS}/opvangloket.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".")
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_SOURCE_DIR}/windows/site-defaults.wxs.xml")
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}")
set(CPACK_WIX_PROPERTY_ARPNOMODIFY "1")
set(CPACK_WIX_UI_REF "WixUI_Minimal")
# Per machine, for every user: CMake 3.29 writes InstallScope itself; older CPack leaves the scope to ALLUSERS.
if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.29)
  set(CPACK_WIX_INSTALL_SCOPE "perMachine")
else()
  set(CPACK_WIX_PROPERTY_ALLUSERS "1")
endif()
set_property(INSTALL "bin/opvangloket.exe" PROPERTY CPACK_START_MENU_SHORTCUTS "Opvangloket")

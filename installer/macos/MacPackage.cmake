# A DragNDrop DMG of Opvangloket.app (with opvangloket-cli inside, Contents/MacOS): macdeployqt copies the Qt
# frameworks and plugins and the other non-system libraries into the bundle; the window shows the app, an arrow
# and the Applications link over installer/icons/dmg-background.png. Built by .github/workflows/installers.yml;
# not run on the Linux machines.
find_program(OPVANGLOKET_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
  set(app \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/Opvangloket.app\")
  execute_process(COMMAND \"${OPVANGLOKET_MACDEPLOYQT}\" \"\${app}\" -always-overwrite
                          \"-executable=\${app}/Contents/MacOS/opvangloket-cli\"
                  COMMAND_ERROR_IS_FATAL ANY)
" COMPONENT client)

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_COMPONENTS_ALL client)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_PACKAGE_FILE_NAME "Opvangloket-${PROJECT_VERSION}-macos")
set(CPACK_DMG_VOLUME_NAME "Opvangloket")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_DMG_BACKGROUND_IMAGE "${OPVANGLOKET_ICONS}/dmg-background.png")
set(CPACK_DMG_DS_STORE_SETUP_SCRIPT "${CMAKE_CURRENT_SOURCE_DIR}/macos/dmg-setup.applescript")

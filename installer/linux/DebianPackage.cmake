# Two DEBs, one per install component (CPACK_DEB_COMPONENT_INSTALL): `opvangloket` (client) and
# `opvangloket-server` (server). Debian's Qt is used as installed; dpkg-shlibdeps finds the libraries, the Qt
# plugins (not linked, so not found) are named here.
include(GNUInstallDirs)

install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/linux/opvangloket.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
        COMPONENT client)
install(DIRECTORY ${OPVANGLOKET_ICONS}/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons COMPONENT client)

# The server's files in the system's places: not below CMAKE_INSTALL_PREFIX's etc/ and lib/ but the absolute
# paths the unit and docs name (a DEB always installs to /usr).
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/linux/opvangloket-server.service DESTINATION /lib/systemd/system
        COMPONENT server)
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/linux/server.conf DESTINATION /etc/opvangloket
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ COMPONENT server)
install(FILES ${CMAKE_SOURCE_DIR}/docs/INSTALL.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/opvangloket-server
        COMPONENT server)
install(FILES ${CMAKE_SOURCE_DIR}/docs/INSTALL.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/opvangloket COMPONENT client)

set(CPACK_GENERATOR "DEB")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL client server)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://opvangloket.invalid")

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME "opvangloket")
# The first line of each description is CPACK_PACKAGE_DESCRIPTION_SUMMARY (CPack puts it there).
set(CPACK_DEBIAN_CLIENT_DESCRIPTION "The desktop client: find, file and follow childcare applications with an\n\
offline cache that keeps working without network.\n\
opvangloket-cli signs in, syncs and writes reports.")
# The cache is SQLite through QtSql's plugin; windows need a platform plugin; the sign-in is kept in a keychain.
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n, hicolor-icon-theme")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "opvangloket-server")
set(CPACK_DEBIAN_SERVER_DESCRIPTION "The sync server the desktop clients sync with (SQLite or PostgreSQL),\n\
run by a systemd unit as the system user opvangloket, configured in\n\
/etc/opvangloket/server.conf.")
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_SOURCE_DIR}/linux/postinst ${CMAKE_CURRENT_SOURCE_DIR}/linux/prerm
    ${CMAKE_CURRENT_SOURCE_DIR}/linux/postrm ${CMAKE_CURRENT_SOURCE_DIR}/linux/conffiles)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

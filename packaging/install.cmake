# What `cmake --install` puts where, and the two Debian packages CPack makes of it (./dev package):
#   parley      (component desktop): the desktop program, its menu entry, metainfo and icon;
#   parley-hub  (component hub):     the server, its systemd unit, service user and settings file.
# parley-cloudsim is not installed: it stands in for Meta's Cloud API in tests and the demo, and
# a production hub pointed at it by mistake would take no real customer's message.
include(GNUInstallDirs)

set(PARLEY_HUB_DOCDIR "${CMAKE_INSTALL_DATAROOTDIR}/doc/parley-hub")
set(PARLEY_HUB_FULL_DOCDIR "${CMAKE_INSTALL_FULL_DATAROOTDIR}/doc/parley-hub")
set(PARLEY_SYSTEMD_UNITDIR "${CMAKE_INSTALL_PREFIX}/lib/systemd/system"
    CACHE PATH "Where the parley-hub systemd unit goes")
set(PARLEY_SYSUSERSDIR "${CMAKE_INSTALL_PREFIX}/lib/sysusers.d"
    CACHE PATH "Where the parley-hub sysusers.d entry goes")

install(TARGETS parley RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT desktop)
install(FILES "${PROJECT_SOURCE_DIR}/resources/io.parley.Parley.desktop"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/applications" COMPONENT desktop)
install(FILES "${PROJECT_SOURCE_DIR}/resources/io.parley.Parley.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/metainfo" COMPONENT desktop)
install(FILES "${PROJECT_SOURCE_DIR}/resources/io.parley.Parley.svg"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps" COMPONENT desktop)

install(TARGETS parley-hub RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT hub)
# The unit names the installed binary, settings file and documentation by their full paths.
configure_file("${CMAKE_CURRENT_LIST_DIR}/parley-hub.service.in"
               "${PROJECT_BINARY_DIR}/packaging/parley-hub.service" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/packaging/parley-hub.service"
        DESTINATION "${PARLEY_SYSTEMD_UNITDIR}" COMPONENT hub)
install(FILES "${CMAKE_CURRENT_LIST_DIR}/parley-hub.sysusers" RENAME parley-hub.conf
        DESTINATION "${PARLEY_SYSUSERSDIR}" COMPONENT hub)
install(FILES "${CMAKE_CURRENT_LIST_DIR}/parley-hub.default" RENAME parley-hub
        DESTINATION "${CMAKE_INSTALL_FULL_SYSCONFDIR}/default" COMPONENT hub)
install(FILES "${PROJECT_SOURCE_DIR}/docs/operations.md" "${PROJECT_SOURCE_DIR}/docs/api.md"
        DESTINATION "${PARLEY_HUB_DOCDIR}" COMPONENT hub)

# --- Debian packages ---------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME parley)
set(CPACK_PACKAGE_VENDOR "Parley")
set(CPACK_PACKAGE_CONTACT "Parley developers <dev@parley.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# CPackDeb puts this summary above every component's description unless it is CPack's default;
# each package's description below starts with its own synopsis line instead.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_SOURCE_DIR}/dist")
set(CPACK_STRIP_FILES ON)
# The files' paths are the installed ones (/usr/bin, /etc/default): staged under DESTDIR.
set(CPACK_SET_DESTDIR ON)
set(CPACK_COMPONENTS_ALL desktop hub)
set(CPACK_DEB_COMPONENT_INSTALL ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME parley)
string(CONCAT CPACK_DEBIAN_DESKTOP_DESCRIPTION
    "WhatsApp Business inbox for teams - desktop client\n"
    "Parley is a desktop inbox for teams that serve their customers over\n"
    "WhatsApp Business. Agents answer chats within the 24-hour window or with\n"
    "approved templates, use predefined texts with merge fields, and keep a\n"
    "local copy of the inbox that works offline. It connects to the team's\n"
    "parley-hub server.")
# Loaded as plugins, so dpkg-shlibdeps cannot see them: SQLite for the mirror, SVG for the icon.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "qt6-wayland, gnome-keyring | kwalletmanager")

set(CPACK_DEBIAN_HUB_PACKAGE_NAME parley-hub)
string(CONCAT CPACK_DEBIAN_HUB_DESCRIPTION
    "WhatsApp Business inbox for teams - server\n"
    "parley-hub is the team's server for the Parley desktop: it receives the\n"
    "WhatsApp Cloud API's webhooks, sends through the Graph API, keeps the\n"
    "team's conversations in SQLite and serves the desktops over REST and\n"
    "WebSocket. It runs as the systemd service parley-hub behind a TLS reverse\n"
    "proxy.")
set(CPACK_DEBIAN_HUB_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_HUB_PACKAGE_RECOMMENDS "sqlite3")
set(CPACK_DEBIAN_HUB_PACKAGE_SUGGESTS "nginx | apache2 | caddy")
set(CPACK_DEBIAN_HUB_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_LIST_DIR}/debian-hub/postinst" "${CMAKE_CURRENT_LIST_DIR}/debian-hub/prerm"
    "${CMAKE_CURRENT_LIST_DIR}/debian-hub/postrm" "${CMAKE_CURRENT_LIST_DIR}/debian-hub/conffiles")

include(CPack)

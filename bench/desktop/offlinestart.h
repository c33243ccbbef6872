#pragma once

#include "bench/desktop/coldstart.h"

#include <QProcess>
#include <QString>
#include <QUrl>

namespace parley::bench {

// Where the desktop of `login` on `hub` keeps its mirror under `dataHome` (XDG_DATA_HOME): the
// benchmark links that folder to the cached mirror's, so the app opens it as its own.
QString accountFolderUnder(const QString &dataHome, const QUrl &hub, const QString &login);

// What `cold_start_offline_ms` needs: the desktop as an agent who signed in before starts it
// again with the hub down (issue #11: hub not running, stored token, a big mirror, to the list
// painted). No --hub, --login or password: the hub and login come from the settings an earlier
// session left, the token from the keychain, the agent from the settings, and the hub's address
// is a loopback port nobody listens on.
//
// A headless benchmark has no keychain, so this owns a private D-Bus session bus with an
// unlocked gnome-keyring on it (as tests/ui/desktopsession.sh does for the e2e tests), both
// started here, in `folder`, and stopped by their process ids when it is destroyed.
class OfflineStart {
public:
    OfflineStart() = default;
    ~OfflineStart();
    OfflineStart(const OfflineStart &) = delete;
    OfflineStart &operator=(const OfflineStart &) = delete;

    // Starts the bus and the keyring, stores a token for `login` on a hub address with nothing
    // behind it, writes the settings of that earlier session and links the account's mirror
    // folder to `mirrorFolder`. `desktop` is the parley binary.
    bool prepare(const QString &folder, const QString &mirrorFolder, const QString &desktop,
                 QString *error);
    // The launch of the desktop against that profile (PARLEY_REPORT_FIRST_PAINT=1, offscreen).
    Launch launch() const { return m_launch; }
    QUrl hub() const { return m_hub; }

private:
    bool startBus(const QString &folder, QString *error);
    bool startKeyring(const QString &folder, QString *error);
    bool storeToken(const QString &token, QString *error);
    void stop();

    QProcess m_bus;
    QProcess m_keyring;
    QString m_busAddress;
    QUrl m_hub;
    QString m_login;
    Launch m_launch;
};

} // namespace parley::bench

#pragma once

// What the admin pages' tests share: a real hub the page's client talks to as its admin
// ("admin" / "admin-password"), an empty mirror, and finding the page's named widgets.

#include "core/mirror/mirror.h"
#include "core/sync/hubclient.h"
#include "hubprocess.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QTemporaryDir>

namespace parley::testing {

class AdminPageFixture {
protected:
    // Opens the mirror and adds the admin; the test adds its other agents and channels next.
    bool setUpAdmin()
    {
        return m_dir.isValid() &&
               m_mirror.open(m_dir.filePath(QStringLiteral("mirror.sqlite"))) ==
                   Mirror::OpenStatus::Ok &&
               m_hub.addAgent(QStringLiteral("admin"), QStringLiteral("admin"),
                              QStringLiteral("admin-password"));
    }

    // A channel whose Graph API answers nowhere (port 9): enough for pages that only list it.
    bool addUnreachableChannel(const QString &appSecret = QStringLiteral("secret"))
    {
        return m_hub.addChannel(QStringLiteral("106540352242922"), QStringLiteral("15550783881"),
                                QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                                appSecret, QStringLiteral("vt"));
    }

    // Starts the hub and signs the admin in, for the tests' calls and the page's client.
    bool startHubAsAdmin()
    {
        if (!m_hub.start())
            return false;
        m_admin = m_hub.login(QStringLiteral("admin"), QStringLiteral("admin-password"));
        m_client.setHub(m_hub.url());
        m_client.setToken(m_admin);
        return !m_admin.isEmpty();
    }

    template <typename T> static T *child(const QObject &parent, const char *name)
    {
        T *found = parent.findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    static QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
    {
        for (QAbstractButton *button : box ? box->buttons() : QList<QAbstractButton *>()) {
            if (box->buttonRole(button) == role)
                return button;
        }
        return nullptr;
    }

    HubProcess m_hub;
    QString m_admin;
    QTemporaryDir m_dir;
    Mirror m_mirror;
    HubClient m_client;
};

} // namespace parley::testing

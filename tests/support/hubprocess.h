#pragma once

// Starts the real parley-hub as a process on loopback for tests, and speaks plain HTTP to it.

#include "serverprocess.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace parley::testing {

struct HttpReply {
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject json() const;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// A blocking HTTP call with its own event loop; `timeoutMs` bounds it.
HttpReply httpCall(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                   const Headers &headers = {}, int timeoutMs = 10000);

// Runs a program to completion with `input` on stdin; returns its exit code (−1 if it hung).
int runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {},
            QByteArray *output = nullptr);

class HubProcess : public ServerProcess {
public:
    // `dataDir` empty: a fresh temporary folder.
    explicit HubProcess(const QString &dataDir = QString());

    QString dataDir() const { return m_dataDir; }
    // The PostgreSQL store of this data folder when the tests run on PostgreSQL
    // (PARLEY_TEST_DB=postgresql, pgserver.h); empty on SQLite.
    QString databaseUrl() const { return m_databaseUrl; }
    // What names this hub's store to a parley-hub command: --data DIR, and --db URL on
    // PostgreSQL.
    QStringList storeArguments() const;
    // Makes this hub a second instance on `first`'s PostgreSQL store (several hubs, one team):
    // the same database, and the key of the channels' secrets copied into this data folder.
    // `first` has opened its store once (addAgent, start).
    bool shareStoreOf(const HubProcess &first);
    // Port 0: any free port; pass port() again to come back on the same one after a stop.
    // `extraArguments` go to `serve` (limits and timeouts, say).
    bool start(int timeoutMs = 10000, quint16 port = 0, const QStringList &extraArguments = {});
    // More `serve` options for every later start(), e.g. {"--trusted-proxy", "127.0.0.1"}.
    void setServeArguments(const QStringList &arguments) { m_serveArguments = arguments; }
    // The cheapest Argon2id for every later addAgent() and start(), for tests that count
    // password checks rather than measure them (--insecure-fast-password-hashing).
    void setFastPasswordHashing(bool fast) { m_fastHashing = fast; }

    // parley-hub agent add / channel add against this hub's data folder.
    bool addAgent(const QString &login, const QString &role, const QString &password);
    bool addChannel(const QString &phoneNumberId, const QString &displayNumber,
                    const QString &graphUrl, const QString &accessToken, const QString &appSecret,
                    const QString &verifyToken,
                    const QString &wabaId = QStringLiteral("102290129340398"));

    QString login(const QString &login, const QString &password);
    HttpReply get(const QString &path, const QString &token = {});
    HttpReply post(const QString &path, const QJsonObject &body, const QString &token = {},
                   const Headers &extra = {});
    // GET `path` and the array its JSON answer holds under `key`, e.g. the "templates" of
    // /api/v1/templates.
    QJsonArray getList(const QString &path, const QString &key, const QString &token = {});
    // Every sync event so far, oldest first (GET /api/v1/sync?since=0&limit=5000).
    QJsonArray events(const QString &token);

private:
    QTemporaryDir m_temp;
    QString m_dataDir;
    QString m_databaseUrl;
    QStringList m_serveArguments;
    bool m_fastHashing = false;
};

QString hubBinary();

// The object in `items` whose "id" is `id`; empty when there is none.
QJsonObject withId(const QJsonArray &items, qint64 id);

} // namespace parley::testing

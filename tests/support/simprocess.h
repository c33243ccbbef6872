#pragma once

// Starts the real parley-cloudsim as a process on loopback for tests, with fast timings, and
// drives its Graph and /sim control APIs.

#include "hubprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace parley::testing {

class SimProcess : public ServerProcess {
public:
    // The sim's identity; the defaults match the fixtures' account and number.
    struct Identity {
        QString appSecret = QStringLiteral("sim-app-secret");
        QString accessToken = QStringLiteral("sim-access-token");
        QString wabaId = QStringLiteral("102290129340398");
        QString phoneNumberId = QStringLiteral("106540352242922");
        QString displayNumber = QStringLiteral("15550783881");
    };

    SimProcess();
    explicit SimProcess(const Identity &identity);

    // Runs with --fast (statuses 50/100/150 ms, reviews 300 ms, webhook retries from 100 ms)
    // plus `extraArguments`, webhooks going to `webhookUrl`.
    bool start(const QString &webhookUrl, const QStringList &extraArguments = {},
               int timeoutMs = 10000);
    // The Graph base a hub channel is configured with: http://127.0.0.1:PORT/v23.0
    QString graphUrl() const;
    const Identity &identity() const { return m_identity; }

    // A Graph call with the bearer token (`token` empty: the sim's own); `path` after the version,
    // e.g. "/106540352242922/messages".
    HttpReply graph(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QString &token = QString());

    // POST /sim/inbound; the customer message's wamid, empty when refused.
    QString inbound(const QString &from, const QString &name, const QString &text);
    HttpReply inbound(const QJsonObject &body);
    // GET /sim/sent: what the business sent, oldest first (`to`: only to that wa_id).
    QJsonArray sent(const QString &to = QString());
    QJsonObject state();
    // POST /sim/fail-next: the next `count` sends get Graph error `code` (0: a bare HTTP
    // `httpStatus`).
    bool failNext(int code, int count = 1, int httpStatus = 0);
    // POST /sim/fail-next with a whole body: Graph's other error shapes ("error_data_string",
    // "user_title", "user_msg", "subcode", "message") and "endpoint".
    bool failNext(const QJsonObject &body);
    bool setWebhook(const QString &url);
    bool duplicateNextWebhook();
    // R1.10: GET /sim/number (registration state and the last code the phone got), POST
    // /sim/number/reset (a fresh number to register) and POST /sim/token (the current token
    // expires; Graph takes `newToken` from now on).
    QJsonObject number();
    bool resetNumber();
    bool rotateToken(const QString &newToken);

private:
    HttpReply control(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    Identity m_identity;
    QTemporaryDir m_temp;
};

QString simBinary();

// Starts `hub` (its agents already added) with `sim` as its WhatsApp. The sim needs the hub's
// port and the channel needs the sim's, so the hub starts first with no channel, the sim sends
// its webhooks to the hub, and then the hub gets one channel with the sim's identity (verify
// token "verify-me"), which it reads from its store. On failure it warns with the log of the
// program that failed.
bool startHubWithSim(HubProcess &hub, SimProcess &sim);

} // namespace parley::testing

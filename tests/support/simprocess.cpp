#include "simprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace parley::testing {

QString simBinary()
{
    return QStringLiteral(PARLEY_SIM_BINARY);
}

SimProcess::SimProcess() : SimProcess(Identity()) {}

SimProcess::SimProcess(const Identity &identity) : m_identity(identity) {}

bool SimProcess::start(const QString &webhookUrl, const QStringList &extraArguments, int timeoutMs)
{
    const QString secretFile = m_temp.filePath(QStringLiteral("app-secret"));
    QFile secret(secretFile);
    if (!secret.open(QIODevice::WriteOnly))
        return false;
    secret.write(m_identity.appSecret.toUtf8());
    secret.close();
    return launch(simBinary(),
                  QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--webhook"), webhookUrl,
                              QStringLiteral("--app-secret-file"), secretFile,
                              QStringLiteral("--access-token"), m_identity.accessToken,
                              QStringLiteral("--waba-id"), m_identity.wabaId,
                              QStringLiteral("--phone-number-id"), m_identity.phoneNumberId,
                              QStringLiteral("--display-number"), m_identity.displayNumber,
                              QStringLiteral("--fast")} +
                      extraArguments,
                  timeoutMs);
}

QString SimProcess::graphUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v23.0").arg(port());
}

HttpReply SimProcess::graph(const QByteArray &method, const QString &path, const QJsonObject &body,
                            const QString &token)
{
    const QString bearer = token.isEmpty() ? m_identity.accessToken : token;
    return httpCall(method, url(QStringLiteral("/v23.0") + path),
                    body.isEmpty() ? QByteArray()
                                   : QJsonDocument(body).toJson(QJsonDocument::Compact),
                    {{"Authorization", "Bearer " + bearer.toUtf8()}});
}

HttpReply SimProcess::control(const QByteArray &method, const QString &path,
                              const QJsonObject &body)
{
    return httpCall(method, url(path),
                    method == "GET" ? QByteArray()
                                    : QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString SimProcess::inbound(const QString &from, const QString &name, const QString &text)
{
    const HttpReply reply = inbound(QJsonObject{{QStringLiteral("from"), from},
                                                {QStringLiteral("name"), name},
                                                {QStringLiteral("text"), text}});
    return reply.status == 200 ? reply.json().value(QStringLiteral("wamid")).toString() : QString();
}

HttpReply SimProcess::inbound(const QJsonObject &body)
{
    return control("POST", QStringLiteral("/sim/inbound"), body);
}

QJsonArray SimProcess::sent(const QString &to)
{
    const QString path =
        to.isEmpty() ? QStringLiteral("/sim/sent") : QStringLiteral("/sim/sent?to=") + to;
    return control("GET", path).json().value(QStringLiteral("messages")).toArray();
}

QJsonObject SimProcess::state()
{
    return control("GET", QStringLiteral("/sim/state")).json();
}

bool SimProcess::failNext(int code, int count, int httpStatus)
{
    QJsonObject body{{QStringLiteral("count"), count}};
    if (code > 0)
        body.insert(QStringLiteral("code"), code);
    if (httpStatus > 0)
        body.insert(QStringLiteral("http_status"), httpStatus);
    return control("POST", QStringLiteral("/sim/fail-next"), body).status == 200;
}

bool SimProcess::failNext(const QJsonObject &body)
{
    return control("POST", QStringLiteral("/sim/fail-next"), body).status == 200;
}

QJsonObject SimProcess::number()
{
    return control("GET", QStringLiteral("/sim/number")).json();
}

bool SimProcess::resetNumber()
{
    return control("POST", QStringLiteral("/sim/number/reset")).status == 200;
}

bool SimProcess::rotateToken(const QString &newToken)
{
    return control("POST", QStringLiteral("/sim/token"),
                   {{QStringLiteral("access_token"), newToken}})
               .status == 200;
}

bool SimProcess::setWebhook(const QString &webhookUrl)
{
    return control("POST", QStringLiteral("/sim/webhook"), {{QStringLiteral("url"), webhookUrl}})
               .status == 200;
}

bool SimProcess::duplicateNextWebhook()
{
    return control("POST", QStringLiteral("/sim/webhook/duplicate-next")).status == 200;
}

bool startHubWithSim(HubProcess &hub, SimProcess &sim)
{
    if (!hub.start()) {
        qWarning("the hub did not start:\n%s", hub.log().constData());
        return false;
    }
    if (!sim.start(hub.url(QStringLiteral("/webhooks/whatsapp")).toString())) {
        qWarning("the sim did not start:\n%s", sim.log().constData());
        return false;
    }
    // addChannel warns with the tool's output when it fails.
    const SimProcess::Identity &identity = sim.identity();
    return hub.addChannel(identity.phoneNumberId, identity.displayNumber, sim.graphUrl(),
                          identity.accessToken, identity.appSecret, QStringLiteral("verify-me"));
}

} // namespace parley::testing

#include "webhookload.h"

#include "core/whatsapp/signature.h"
#include "hubprocess.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStringList>
#include <QTimer>

namespace parley::testing {

namespace {

const QByteArray fixtureWamid = "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=";

QByteArray messageBody(const QByteArray &wamid)
{
    static const QByteArray fixture = [] {
        QFile file(QStringLiteral(PARLEY_FIXTURES_DIR "/whatsapp/message_text.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture message_text.json");
        return file.readAll();
    }();
    return QByteArray(fixture).replace(fixtureWamid, wamid);
}

} // namespace

QNetworkReply *postWebhook(QNetworkAccessManager &manager, const QUrl &url,
                           const QByteArray &appSecret, const QByteArray &wamid)
{
    const QByteArray body = messageBody(wamid);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setRawHeader(whatsapp::signatureHeader, whatsapp::webhookSignature(appSecret, body));
    request.setTransferTimeout(10000);
    return manager.post(request, body);
}

QNetworkReply *postBatchWebhook(QNetworkAccessManager &manager, const QUrl &url,
                                const QByteArray &appSecret, const QByteArray &prefix, int count,
                                const QString &from)
{
    QJsonObject root = QJsonDocument::fromJson(messageBody("x")).object();
    QJsonArray entries = root.value(QStringLiteral("entry")).toArray();
    QJsonObject entry = entries.first().toObject();
    QJsonArray changes = entry.value(QStringLiteral("changes")).toArray();
    QJsonObject change = changes.first().toObject();
    QJsonObject value = change.value(QStringLiteral("value")).toObject();
    QJsonObject contact = value.value(QStringLiteral("contacts")).toArray().first().toObject();
    contact.insert(QStringLiteral("wa_id"), from);
    const QJsonObject model = value.value(QStringLiteral("messages")).toArray().first().toObject();
    QJsonArray messages;
    for (int i = 0; i < count; ++i) {
        QJsonObject message = model;
        message.insert(QStringLiteral("from"), from);
        message.insert(QStringLiteral("id"), QString::fromLatin1(prefix + QByteArray::number(i)));
        messages.append(message);
    }
    value.insert(QStringLiteral("contacts"), QJsonArray{contact});
    value.insert(QStringLiteral("messages"), messages);
    change.insert(QStringLiteral("value"), value);
    entry.insert(QStringLiteral("changes"), QJsonArray{change});
    root.insert(QStringLiteral("entry"), QJsonArray{entry});
    const QByteArray body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setRawHeader(whatsapp::signatureHeader, whatsapp::webhookSignature(appSecret, body));
    request.setTransferTimeout(30000);
    return manager.post(request, body);
}

QString describeStatuses(const LoadResult &result)
{
    QMap<int, int> counts;
    for (const int status : result.statuses)
        ++counts[status];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 × %2").arg(it.key()).arg(it.value()));
    return QStringLiteral("%1 answers: %2")
        .arg(result.statuses.size())
        .arg(parts.join(QStringLiteral(", ")));
}

LoadResult postLoad(const QList<QUrl> &urls, const QByteArray &appSecret, const QByteArray &prefix,
                    int total, int parallel,
                    const std::function<void(const LoadResult &)> &onAnswer,
                    const std::function<void()> &whileWaiting)
{
    QNetworkAccessManager manager;
    LoadResult result;
    int sent = 0;
    int inFlight = 0;
    QEventLoop loop;
    std::function<void()> sendNext = [&] {
        while (inFlight < parallel && sent < total) {
            const QByteArray wamid = prefix + QByteArray::number(sent);
            QNetworkReply *reply =
                postWebhook(manager, urls.at(sent % urls.size()), appSecret, wamid);
            ++sent;
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, wamid] {
                reply->deleteLater();
                --inFlight;
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                result.statuses.append(status);
                if (status == 200)
                    result.acknowledged.insert(wamid);
                else
                    result.refused.insert(wamid);
                if (onAnswer)
                    onAnswer(result);
                if (inFlight == 0 && sent == total)
                    loop.quit();
                else
                    sendNext();
            });
        }
    };
    sendNext();
    QTimer poll;
    if (whileWaiting) {
        QObject::connect(&poll, &QTimer::timeout, &loop, whileWaiting);
        poll.start(2);
    }
    // Bounds, not expectations: the load ends when no answer came for a minute (a stuck hub), or
    // after ten minutes in all. A slow machine (sanitizers, a loaded CI host) only takes longer.
    QTimer stalled;
    stalled.setSingleShot(true);
    QObject::connect(&stalled, &QTimer::timeout, &loop, &QEventLoop::quit);
    stalled.start(60000);
    QObject::connect(&manager, &QNetworkAccessManager::finished, &stalled,
                     [&stalled] { stalled.start(60000); });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

bool startHubPair(HubProcess &first, HubProcess &second, const QByteArray &appSecret)
{
    first.setFastPasswordHashing(true);
    second.setFastPasswordHashing(true);
    if (!first.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                        QStringLiteral("ana-password")) ||
        !first.addChannel(QStringLiteral("106540352242922"), QStringLiteral("15550783881"),
                          QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                          QString::fromLatin1(appSecret), QStringLiteral("verify")))
        return false;
    if (!first.start()) {
        qWarning("%s", first.log().constData());
        return false;
    }
    if (!second.shareStoreOf(first) || !second.start()) {
        qWarning("%s", second.log().constData());
        return false;
    }
    return true;
}

qint64 hubMetric(HubProcess &hub, const QByteArray &name)
{
    const HttpReply reply = hub.get(QStringLiteral("/metrics"));
    for (const QByteArray &line : reply.body.split('\n')) {
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).toLongLong();
    }
    return -1;
}

} // namespace parley::testing

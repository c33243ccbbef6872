// The hub's log lines carry their subsystem's category (parley.hub.webhook, .outgoing, …), so an
// operator can turn one up or down with QT_LOGGING_RULES (docs/operations.md). Checked on the
// real hub through QT_MESSAGE_PATTERN, which the hub inherits from the test's environment.

#include "core/whatsapp/signature.h"
#include "hubprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

const QString appSecret = QStringLiteral("log-test-secret");

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(PARLEY_FIXTURES_DIR "/whatsapp/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// A text message webhook whose one message has no sender: the item is dead-lettered.
QByteArray messageWithoutSender()
{
    QJsonObject body =
        QJsonDocument::fromJson(fixture(QStringLiteral("message_text.json"))).object();
    QJsonObject value = body["entry"][0]["changes"][0]["value"].toObject();
    QJsonObject message = value["messages"][0].toObject();
    message.remove(QStringLiteral("from"));
    value.insert(QStringLiteral("messages"), QJsonArray{message});
    QJsonObject change = body["entry"][0]["changes"][0].toObject();
    change.insert(QStringLiteral("value"), value);
    QJsonObject entry = body["entry"][0].toObject();
    entry.insert(QStringLiteral("changes"), QJsonArray{change});
    body.insert(QStringLiteral("entry"), QJsonArray{entry});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// A hub with one channel, started in this test's environment (its logging variables).
bool startWithChannel(HubProcess &hub)
{
    return hub.addChannel(QStringLiteral("106540352242922"), QStringLiteral("15550783881"),
                          QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                          appSecret, QStringLiteral("vt")) &&
           hub.start(10000, 0, {QStringLiteral("--quiet")});
}

// Posts messageWithoutSender() signed with the channel's secret; returns the status.
int postDeadLetter(HubProcess &hub)
{
    const QByteArray body = messageWithoutSender();
    return httpCall(
               "POST", hub.url(QStringLiteral("/webhooks/whatsapp")), body,
               {{whatsapp::signatureHeader, whatsapp::webhookSignature(appSecret.toUtf8(), body)},
                {"Content-Type", "application/json"}})
        .status;
}

} // namespace

class HubLogCategoriesTest : public QObject {
    Q_OBJECT
private slots:
    void cleanup()
    {
        qunsetenv("QT_MESSAGE_PATTERN");
        qunsetenv("QT_LOGGING_RULES");
    }

    void webhookLinesAreUnderTheWebhookCategory()
    {
        qputenv("QT_MESSAGE_PATTERN", "[%{category}] %{message}");
        HubProcess hub;
        QVERIFY2(startWithChannel(hub), hub.log().constData());
        QCOMPARE(postDeadLetter(hub), 200);
        QTRY_VERIFY2_WITH_TIMEOUT(
            hub.log().contains("[parley.hub.webhook] Webhook item dead-lettered"),
            hub.log().constData(), 10000);
    }

    void aCategoryCanBeSilenced()
    {
        qputenv("QT_LOGGING_RULES", "parley.hub.webhook.warning=false");
        HubProcess hub;
        QVERIFY2(startWithChannel(hub), hub.log().constData());
        QCOMPARE(postDeadLetter(hub), 200);
        // Stored as a dead letter (the admin list shows it), but no line was written.
        QTRY_VERIFY_WITH_TIMEOUT(
            hub.get(QStringLiteral("/metrics")).body.contains("parley_webhook_dead_letters 1"),
            10000);
        QVERIFY2(!hub.log().contains("dead-lettered"), hub.log().constData());
    }
};

QTEST_MAIN(HubLogCategoriesTest)
#include "tst_hublogcategories.moc"

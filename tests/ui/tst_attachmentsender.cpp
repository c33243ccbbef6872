// Files from the composer: refused on this desktop when they break R4.3, sent to the real hub
// when they do not.
#include "core/sync/hubclient.h"
#include "customerwrites.h"
#include "hubprocess.h"
#include "ui/conversation/attachmentsender.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

const QString appSecret = QStringLiteral("attach-secret");

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

} // namespace

class AttachmentSenderTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(m_hub.addChannel(QStringLiteral("106540352242922"), QStringLiteral("15550783881"),
                                 QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                                 appSecret, QStringLiteral("vt")));
        QVERIFY(m_hub.start());
        m_token = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, m_token).status,
            200);
        m_conversation = customerWrites(m_hub, appSecret, m_token,
                                        {QStringLiteral("5511955554444"), QStringLiteral("Oi")});
        QVERIFY(m_conversation > 0);
        m_client.setHub(m_hub.url());
        m_client.setToken(m_token);
    }

    void wrongFilesAreRefusedBeforeSending()
    {
        AttachmentSender sender(&m_client);
        const QString exe = writeFile(m_dir, QStringLiteral("setup.exe"), "MZ\x90\x00");
        QStringList problems = sender.send(m_conversation, {exe}, {});
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("setup.exe")),
                 qPrintable(problems.first()));
        const QString pdf = writeFile(m_dir, QStringLiteral("a.pdf"), "%PDF-1.7\n...");
        problems = sender.send(m_conversation, {pdf, pdf, pdf, pdf, pdf, pdf}, {});
        QCOMPARE(problems.size(), 1);
        QCOMPARE(messagesWithFiles(), 0);
    }

    void goodFilesReachTheHub()
    {
        AttachmentSender sender(&m_client);
        QSignalSpy finished(&sender, &AttachmentSender::finished);
        const QString pdf = writeFile(m_dir, QStringLiteral("orçamento.pdf"),
                                      QByteArray("%PDF-1.7\n") + QByteArray(500, 'x'));
        QVERIFY(sender.send(m_conversation, {pdf}, QStringLiteral("Segue")).isEmpty());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(messagesWithFiles(), 1);
    }

private:
    int messagesWithFiles()
    {
        int count = 0;
        for (const QJsonValue &m :
             m_hub
                 .get(QStringLiteral("/api/v1/conversations/%1/messages").arg(m_conversation),
                      m_token)
                 .json()
                 .value(QStringLiteral("messages"))
                 .toArray())
            count += m[QStringLiteral("type")].toString() == QLatin1String("document") ? 1 : 0;
        return count;
    }

    QTemporaryDir m_dir;
    HubProcess m_hub;
    HubClient m_client;
    QString m_token;
    Id m_conversation = 0;
};

QTEST_MAIN(AttachmentSenderTest)
#include "tst_attachmentsender.moc"

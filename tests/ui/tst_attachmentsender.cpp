// Files from the composer: refused on this desktop when they break R4.3, and otherwise queued in
// the outbox and sent by the sync worker to the real hub.
#include "core/mirror/mirror.h"
#include "core/mirror/outbox.h"
#include "customerwrites.h"
#include "hubprocess.h"
#include "ui/conversation/attachmentsender.h"
#include "ui/conversation/composer.h"
#include "ui/sync/synccontroller.h"

#include <QDropEvent>
#include <QJsonArray>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

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
        m_mirrorPath = m_dir.filePath(QStringLiteral("mirror.sqlite"));
        m_sync.start(m_hub.url(), m_token, m_mirrorPath);
    }

    void wrongFilesAreRefusedBeforeSending()
    {
        AttachmentSender sender(&m_sync);
        const QString exe = writeFile(m_dir, QStringLiteral("setup.exe"), "MZ\x90\x00");
        QStringList problems = sender.send(m_conversation, {exe}, {});
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("setup.exe")),
                 qPrintable(problems.first()));
        const QString pdf = writeFile(m_dir, QStringLiteral("a.pdf"), "%PDF-1.7\n...");
        problems = sender.send(m_conversation, {pdf, pdf, pdf, pdf, pdf, pdf}, {});
        QCOMPARE(problems.size(), 1);
        QTest::qWait(200);
        QCOMPARE(outboxRows(), 0);
        QCOMPARE(messagesWithFiles(), 0);
    }

    void audioGoesWithoutACaption()
    {
        AttachmentSender sender(&m_sync);
        const QString mp3 =
            writeFile(m_dir, QStringLiteral("recado.mp3"),
                      QByteArray("ID3\x04\x00\x00\x00\x00\x00\x00", 10) + QByteArray(500, '\x55'));
        QStringList problems = sender.send(m_conversation, {mp3}, QStringLiteral("ouça"));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("recado.mp3")),
                 qPrintable(problems.first()));
        const QString pdf = writeFile(m_dir, QStringLiteral("c.pdf"), "%PDF-1.7\n...");
        problems = sender.send(m_conversation, {pdf}, QString(1025, QLatin1Char('c')));
        QCOMPARE(problems.size(), 1);
        QTest::qWait(200);
        QCOMPARE(outboxRows(), 0);
        QCOMPARE(messagesWithFiles(), 0);
    }

    void viewOnlyAgentsCannotQueueFiles()
    {
        AttachmentSender sender(nullptr);
        const QString pdf = writeFile(m_dir, QStringLiteral("b.pdf"), "%PDF-1.7\n...");
        const QStringList problems = sender.send(m_conversation, {pdf}, {});
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("view-only")));
    }

    void goodFilesReachTheHub()
    {
        AttachmentSender sender(&m_sync);
        const QString pdf = writeFile(m_dir, QStringLiteral("orçamento.pdf"),
                                      QByteArray("%PDF-1.7\n") + QByteArray(500, 'x'));
        QVERIFY(sender.send(m_conversation, {pdf}, QStringLiteral("Segue")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(messagesWithFiles(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(outboxRows(), 0, 10000);
    }

    void filesDroppedOnTheComposerAreOffered()
    {
        Composer composer;
        composer.setMode(Composer::Mode::Reply);
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        QSignalSpy dropped(&composer, &Composer::filesDropped);
        const QString pdf = writeFile(m_dir, QStringLiteral("c.pdf"), "%PDF-1.7\n...");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(pdf)});
        // Through the window, as the platform delivers a drag: it finds the widget under the
        // pointer (the reply editor) and sends enter, then drop.
        const auto dragOnto = [&composer, &mime] {
            QWindow *window = composer.windowHandle();
            const QPointF point(30, 20);
            QDragEnterEvent enter(point.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton,
                                  Qt::NoModifier);
            QCoreApplication::sendEvent(window, &enter);
            QDropEvent drop(point, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(window, &drop);
            return drop.isAccepted();
        };
        QVERIFY(dragOnto());
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().first().toStringList(), QStringList{pdf});
        QVERIFY(composer.text().isEmpty()); // not pasted into the reply as a path
        // Not while the window is closed: then only a template can be sent.
        composer.setMode(Composer::Mode::WindowClosed);
        QVERIFY(!dragOnto());
        QCOMPARE(dropped.size(), 1);
    }

private:
    int outboxRows()
    {
        Mirror mirror;
        if (mirror.open(m_mirrorPath) != Mirror::OpenStatus::Ok)
            return -1;
        return Outbox(mirror.database()).count();
    }

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
    SyncController m_sync;
    QString m_mirrorPath;
    QString m_token;
    Id m_conversation = 0;
};

QTEST_MAIN(AttachmentSenderTest)
#include "tst_attachmentsender.moc"

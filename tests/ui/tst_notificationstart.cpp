// Where the notification center starts announcing (issue #11): the newest message id the mirror
// holds is read on the MirrorStore's reader thread, not when the center is made on the GUI
// thread. The batches that come before that answer are held; when it comes, a message that was
// in the mirror before the center was made is not announced (written again: a replay) and
// nothing written after it is lost, whether the reader looked before or after it was written.
// The reader is held (ReaderGate), so the order is the test's, not the clock's.
#include "core/mirror/mirrorstore.h"
#include "notificationfixtures.h"
#include "readergate.h"

#include <QThread>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class NotificationStartTest : public QObject {
    Q_OBJECT
private slots:
    void nothingThereBeforeIsAnnouncedAndNothingNewIsLost()
    {
        Inbox inbox;
        inbox.conversation(1, QStringLiteral("Ana"));
        inbox.conversation(2, QStringLiteral("Bruno"));
        const MirrorChanges there = inbox.receive(1, {QStringLiteral("Já estava aqui")});
        // The center is made after that message was created, by this clock.
        const TimestampMs written = QDateTime::currentMSecsSinceEpoch();
        while (QDateTime::currentMSecsSinceEpoch() <= written)
            QThread::usleep(200);

        const QDBusConnection nowhere = QDBusConnection::connectToBus(
            QStringLiteral("unix:path=/nonexistent/parley-test-bus"), QStringLiteral("nowhere"));
        auto *fallback = new RecordingPresenter;
        MirrorStore store(inbox.path());
        auto first = std::make_unique<ReaderGate>(store);
        {
            NotificationCenter center(inbox.db(), nowhere, fallback);
            center.setMirrorStore(&store);
            // The message already there, written again (a status change, a replay): held, and
            // the center's question goes to the reader, behind the gate.
            center.onMirrorChanged(there);
            QVERIFY(!center.isListening());
            ReaderGate second(store, false); // behind the center's question
            // Written after the center was made, before the reader looks.
            center.onMirrorChanged(inbox.receive(2, {QStringLiteral("Chegou agora")}));
            first->release();
            second.waitUntilInside(); // the reader has read the newest id; its answer waits here
            // Written after the reader looked, before its answer reached the center.
            center.onMirrorChanged(inbox.receive(1, {QStringLiteral("E mais esta")}));
            QVERIFY(!center.isListening());
            second.release();

            QTRY_VERIFY(center.isListening());
            QTRY_COMPARE(store.inFlight(), 0);
            QCOMPARE(fallback->presented.size(), 2);
            QCOMPARE(fallback->presented.at(0).conversationId, 2);
            QCOMPARE(fallback->presented.at(0).body, QStringLiteral("Chegou agora"));
            QCOMPARE(fallback->presented.at(1).conversationId, 1);
            QCOMPARE(fallback->presented.at(1).messageCount, 1); // not the one there before
            QCOMPARE(fallback->presented.at(1).body, QStringLiteral("E mais esta"));

            // From now on as always: a message written again raises nothing, a new one does.
            center.onMirrorChanged(there);
            center.onMirrorChanged(inbox.receive(2, {QStringLiteral("Alô?")}));
            QTRY_COMPARE(store.inFlight(), 0);
            QCOMPARE(fallback->presented.size(), 3);
            QCOMPARE(fallback->presented.at(2).conversationId, 2);
            QCOMPARE(fallback->presented.at(2).messageCount, 2);
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("nowhere"));
    }
};

QTEST_MAIN(NotificationStartTest)
#include "moc_notificationfixtures.cpp"
#include "tst_notificationstart.moc"

// The list's second line says what the last message is when its text cannot: "Voice message",
// "Photo", "Document: proposta.pdf"… (the words of BubbleTexts::summaryOf, the quotes' own), the
// text itself otherwise; the same for screen readers, and after a refresh.
#include "../core/lastmessagedata.h"
#include "ui/models/conversationlistmodel.h"

#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

constexpr TimestampMs T0 = 1763700000000;

bool listSettled(ConversationListModel &model)
{
    return QTest::qWaitFor([&model] { return !model.isLoading(); }, 10000);
}

} // namespace

class ConversationPreviewTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_mirror = std::make_unique<Mirror>();
        QCOMPARE(m_mirror->open(m_dir.filePath(QStringLiteral("p.sqlite"))),
                 Mirror::OpenStatus::Ok);
        m_log = EventLog();
        m_cases = lastMessageCases(m_log, T0);
        QVERIFY(m_mirror->apply(batchOf(eventsOf(m_cases))));
    }

    void eachKindOfLastMessageIsSaid()
    {
        ConversationListModel model(m_mirror->database());
        model.setFilter({}, {1, T0, QTimeZone::utc()});
        QVERIFY(listSettled(model));
        QCOMPARE(model.rowCount(), m_cases.size());
        for (const LastMessageCase &expected : std::as_const(m_cases)) {
            const QModelIndex row = model.index(model.rowOf(expected.conversationId));
            QVERIFY(row.isValid());
            QCOMPARE(row.data(ConversationListModel::LastMessageRole).toString(), expected.preview);
            const QString spoken = row.data(Qt::AccessibleTextRole).toString();
            if (!expected.preview.isEmpty())
                QVERIFY2(spoken.contains(QStringLiteral(": ") + expected.preview),
                         qPrintable(spoken));
            else
                QVERIFY2(!spoken.contains(QLatin1String("last message")), qPrintable(spoken));
        }
    }

    // The customer who wrote "bom dia" sends a voice note: the refreshed row says so.
    void aRefreshedRowSaysItsNewLastMessage()
    {
        ConversationListModel model(m_mirror->database());
        model.setFilter({}, {1, T0, QTimeZone::utc()});
        QVERIFY(listSettled(model));
        const auto text = std::find_if(m_cases.cbegin(), m_cases.cend(),
                                       [](const LastMessageCase &c) { return c.messageId == 0; });
        QVERIFY(text != m_cases.cend());
        Conversation c;
        QString error;
        QVERIFY(fetchConversation(m_mirror->database(), text->conversationId, &c, &error));
        c.lastMessageAt = c.lastInboundAt = T0 + 1000;
        c.lastMessageText.clear();
        Message voice;
        voice.id = 999;
        voice.conversationId = c.id;
        voice.kind = MessageKind::Audio;
        voice.media = {
            QStringLiteral("m"), QStringLiteral("audio/ogg; codecs=opus"), {}, 9, {}, {}};
        voice.details = {{QStringLiteral("voice"), true}};
        voice.wamid = QStringLiteral("wamid.voice");
        voice.createdAt = c.lastMessageAt;
        MirrorChanges changes;
        QVERIFY(m_mirror->apply(batchOf({m_log.conversation(c), m_log.message(voice)}), &changes));
        model.refresh(changes);
        QVERIFY(listSettled(model));
        QCOMPARE(model.conversationAt(0).id, c.id);
        QCOMPARE(model.index(0).data(ConversationListModel::LastMessageRole).toString(),
                 QStringLiteral("Voice message"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Mirror> m_mirror;
    EventLog m_log;
    QList<LastMessageCase> m_cases;
};

QTEST_MAIN(ConversationPreviewTest)
#include "tst_conversationpreview.moc"

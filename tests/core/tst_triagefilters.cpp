// Triage in the mirror (issue #12): conversations keep their labels, priority, team and snooze
// time from the hub's events; labels arrive and leave with label.updated / label.deleted; the
// filter finds by label (every one listed), priority, team and "my team"; the list sorts by
// priority; saved filters with the new parts survive a round trip through JSON.
#include "mirrorfixture.h"

#include "core/filter/builtinviews.h"
#include "core/filter/filtersql.h"
#include "core/mirror/conversationqueries.h"
#include "core/mirror/labelreads.h"
#include "core/protocol/triagetypes.h"

#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

Conversation conversation(Id id, TimestampMs at, QList<Id> labels, ConversationPriority priority,
                          Id team, ConversationStatus status = ConversationStatus::Open)
{
    Conversation c;
    c.id = id;
    c.channelId = 1;
    c.customerNumber = QStringLiteral("55119876500%1").arg(id);
    c.customerName = QStringLiteral("Cliente %1").arg(id);
    c.lastMessageAt = at;
    c.labelIds = labels;
    c.priority = priority;
    c.teamId = team;
    c.status = status;
    if (status == ConversationStatus::Snoozed)
        c.snoozedUntil = 1'800'000'000'000;
    return c;
}

} // namespace

class TriageFiltersTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Mirror m_mirror;
    EventLog m_log;

    QList<Id> ids(const ConversationFilter &filter,
                  ConversationOrder order = ConversationOrder::NewestActivity,
                  QList<Id> myTeams = {}, int pageSize = 100)
    {
        FilterContext context{7, 2'000'000'000'000, QTimeZone::utc(), myTeams};
        QList<Id> out;
        ConversationPage page;
        ConversationCursor cursor;
        QString error;
        do {
            if (!fetchConversationPage(m_mirror.database(), filter, context, cursor, pageSize,
                                       &page, &error, order)) {
                qWarning("%s", qPrintable(error));
                return {};
            }
            for (const Conversation &c : std::as_const(page.rows))
                out.append(c.id);
            cursor = page.next;
        } while (!page.atEnd);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_mirror.open(m_dir.filePath(QStringLiteral("triage.sqlite"))),
                 Mirror::OpenStatus::Ok);
        const QList<Event> events = {
            m_log.raw(EventType::LabelUpdated,
                      toJson(Label{3, QStringLiteral("VIP"), QStringLiteral("#d4a017")})),
            m_log.raw(EventType::LabelUpdated,
                      toJson(Label{12, QStringLiteral("Refund"), QStringLiteral("#c0392b")})),
            m_log.conversation(conversation(1, 1000, {3}, ConversationPriority::Normal, 0)),
            m_log.conversation(conversation(2, 2000, {3, 12}, ConversationPriority::Urgent, 5)),
            m_log.conversation(conversation(3, 3000, {12}, ConversationPriority::Low, 6)),
            m_log.conversation(conversation(4, 4000, {}, ConversationPriority::High, 5,
                                            ConversationStatus::Snoozed)),
            m_log.conversation(conversation(5, 5000, {}, ConversationPriority::Urgent, 0,
                                            ConversationStatus::Pending)),
        };
        QVERIFY2(m_mirror.apply(batchOf(events)), qPrintable(m_mirror.errorString()));
    }

    void theMirrorKeepsWhatTheHubSent()
    {
        Conversation c;
        QString error;
        QVERIFY(fetchConversation(m_mirror.database(), 2, &c, &error));
        QCOMPARE(c.labelIds, (QList<Id>{3, 12}));
        QCOMPARE(c.priority, ConversationPriority::Urgent);
        QCOMPARE(c.teamId, Id(5));
        QVERIFY(fetchConversation(m_mirror.database(), 4, &c, &error));
        QCOMPARE(c.status, ConversationStatus::Snoozed);
        QCOMPARE(c.snoozedUntil, TimestampMs(1'800'000'000'000));
        const QHash<Id, Label> labels = mirrorLabels(m_mirror.database());
        QCOMPARE(labels.size(), 2);
        QCOMPARE(labels.value(12).color, QStringLiteral("#c0392b"));
    }

    void labelsPriorityTeamAndStatusFilter()
    {
        ConversationFilter vip;
        vip.labelIds = {3};
        QCOMPARE(ids(vip), (QList<Id>{2, 1}));
        ConversationFilter both;
        both.labelIds = {3, 12};
        QCOMPARE(ids(both), (QList<Id>{2}));
        // Label 1 must not match 12 or 31: ids are matched whole.
        ConversationFilter one;
        one.labelIds = {1};
        QCOMPARE(ids(one), QList<Id>());
        ConversationFilter urgent;
        urgent.priority = ConversationPriority::Urgent;
        QCOMPARE(ids(urgent), (QList<Id>{5, 2}));
        ConversationFilter team;
        team.teamId = 5;
        QCOMPARE(ids(team), (QList<Id>{4, 2}));
        ConversationFilter pending;
        pending.status = ConversationStatus::Pending;
        QCOMPARE(ids(pending), (QList<Id>{5}));
    }

    void myTeamIsTheGroupsIBelongTo()
    {
        ConversationFilter myTeam = builtinViewFilter(BuiltinView::MyTeam);
        QCOMPARE(ids(myTeam, ConversationOrder::NewestActivity, {6}), (QList<Id>{3}));
        QCOMPARE(ids(myTeam, ConversationOrder::NewestActivity, {5, 6}), (QList<Id>{3, 2}));
        // In no group: nothing, not everything.
        QCOMPARE(ids(myTeam, ConversationOrder::NewestActivity, {}), QList<Id>());
    }

    void highestPriorityFirstPagesInOrder()
    {
        const QList<Id> expected{5, 2, 4, 1, 3};
        QCOMPARE(ids({}, ConversationOrder::HighestPriority), expected);
        // Page by page (two at a time) gives the same order: the cursor carries the priority.
        QCOMPARE(ids({}, ConversationOrder::HighestPriority, {}, 2), expected);
        Conversation a = conversation(10, 9000, {}, ConversationPriority::Low, 0);
        Conversation b = conversation(11, 1000, {}, ConversationPriority::High, 0);
        QVERIFY(comesBefore(b, a, ConversationOrder::HighestPriority));
        QVERIFY(!comesBefore(a, b, ConversationOrder::HighestPriority));
    }

    void aRemovedLabelLeavesTheMirror()
    {
        const QList<Event> events = {
            m_log.raw(EventType::LabelDeleted, {{QStringLiteral("id"), 12}}),
        };
        MirrorChanges changes;
        QVERIFY(m_mirror.apply(batchOf(events), &changes));
        QVERIFY(changes.labels);
        QVERIFY(!mirrorLabels(m_mirror.database()).contains(12));
    }

    void savedFiltersKeepTheNewParts()
    {
        ConversationFilter f;
        f.scope = Scope::MyTeam;
        f.labelIds = {3, 12};
        f.priority = ConversationPriority::High;
        f.teamId = 5;
        ConversationFilter back;
        QString error;
        QVERIFY2(fromJson(toJson(f), &back, &error), qPrintable(error));
        QCOMPARE(back, f);
        QVERIFY(
            !fromJson({{QStringLiteral("priority"), QStringLiteral("whenever")}}, &back, &error));
    }

    void theWireFormRoundTrips()
    {
        Conversation c = conversation(2, 2000, {3, 12}, ConversationPriority::Urgent, 5,
                                      ConversationStatus::Snoozed);
        Conversation back;
        QString error;
        QVERIFY2(fromJson(toJson(c), &back, &error), qPrintable(error));
        QCOMPARE(back.labelIds, c.labelIds);
        QCOMPARE(back.priority, c.priority);
        QCOMPARE(back.teamId, c.teamId);
        QCOMPARE(back.status, c.status);
        QCOMPARE(back.snoozedUntil, c.snoozedUntil);
        QCOMPARE(labelIdsText({12, 3, 3}), QStringLiteral(",3,12,"));
        QCOMPARE(labelIdsFromText(QStringLiteral(",3,12,")), (QList<Id>{3, 12}));

        BulkChangeRequest request;
        request.conversationIds = {1, 2};
        request.changes.status = ConversationStatus::Snoozed;
        request.changes.snoozedUntil = 1'800'000'000'000;
        request.changes.addLabels = {3};
        BulkChangeRequest read;
        QVERIFY2(fromJson(toJson(request), &read, &error), qPrintable(error));
        QCOMPARE(read.conversationIds, request.conversationIds);
        QCOMPARE(read.changes.snoozedUntil, request.changes.snoozedUntil);
        QCOMPARE(read.changes.addLabels, request.changes.addLabels);
        // A snooze time without the snoozed status is refused, as are too many ids.
        QJsonObject odd = toJson(request);
        odd.insert(QStringLiteral("status"), QStringLiteral("open"));
        QVERIFY(!fromJson(odd, &read, &error));
    }
};

QTEST_MAIN(TriageFiltersTest)
#include "tst_triagefilters.moc"

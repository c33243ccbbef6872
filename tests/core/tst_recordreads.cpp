// What the record panel reads from the mirror (R4.5): a record, the deals linked to it, its
// activities in the order an agent works them, and the conversation's notes, newest first.
#include "core/mirror/mirror.h"
#include "core/mirror/recordreads.h"
#include "mirrorfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

constexpr TimestampMs T0 = 1763700000000; // 2025-11-21T04:40:00Z

} // namespace

class RecordReadsTest : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void activitiesLinksAndNotesAreReadPerRecord()
    {
        Mirror mirror;
        QCOMPARE(mirror.open(m_dir.filePath(QStringLiteral("records.sqlite"))),
                 Mirror::OpenStatus::Ok);
        EventLog log;
        const auto record = [](Id id, Module module, const QVariantMap &fields) {
            Record r;
            r.id = id;
            r.module = module;
            r.fields = fields;
            return r;
        };
        const auto activity = [](Id id, const char *title, TimestampMs due, bool done) {
            Activity a;
            a.id = id;
            a.kind = ActivityKind::Task;
            a.title = QString::fromLatin1(title);
            a.dueAt = due;
            a.done = done;
            a.recordId = 10;
            return a;
        };
        Message note = textMessage(50, 1, Direction::Out, QStringLiteral("VIP"), T0, 2);
        note.kind = MessageKind::Note;
        Message later = note;
        later.id = 51;
        later.text = QStringLiteral("Prefers mornings");
        later.createdAt = T0 + 1000;
        QList<Event> events = {
            log.raw(EventType::RecordUpdated,
                    toJson(record(10, Module::Contacts, {{"First Name", "Ana"}}))),
            log.raw(
                EventType::RecordUpdated,
                toJson(record(11, Module::Deals, {{"Deal Name", "Summer"}, {"Contact Id", "10"}}))),
            log.raw(
                EventType::RecordUpdated,
                toJson(record(12, Module::Deals, {{"Deal Name", "Other"}, {"Contact Id", "100"}}))),
            log.raw(EventType::RecordUpdated,
                    toJson(record(13, Module::Leads,
                                  {{"Deal Name", "Not a deal"}, {"Contact Id", "10"}}))),
            log.raw(EventType::ActivityUpdated, toJson(activity(1, "done", T0, true))),
            log.raw(EventType::ActivityUpdated, toJson(activity(2, "undated", 0, false))),
            log.raw(EventType::ActivityUpdated, toJson(activity(3, "later", T0 + 9, false))),
            log.raw(EventType::ActivityUpdated, toJson(activity(4, "sooner", T0 + 1, false))),
            log.message(textMessage(49, 1, Direction::In, QStringLiteral("Oi"), T0)),
            log.message(note),
            log.message(later),
        };
        MirrorChanges changes;
        QVERIFY2(mirror.apply(batchOf(events), &changes), qPrintable(mirror.errorString()));
        QVERIFY(changes.activities && changes.records);
        // The newest state wins, as for every entity.
        QVERIFY(mirror.apply(batchOf(
            {log.raw(EventType::ActivityUpdated, toJson(activity(3, "later", T0 + 9, true)))})));

        RecordReads reads(mirror.database());
        const std::optional<Record> ana = reads.record(10);
        QVERIFY(ana);
        const QList<Record> deals = reads.linkedTo(*ana, Module::Deals);
        QCOMPARE(deals.size(), 1);
        QCOMPARE(deals.first().id, Id(11));
        QStringList titles;
        for (const Activity &a : reads.activities(10))
            titles.append(a.title + (a.done ? QStringLiteral("✓") : QString()));
        QCOMPARE(titles, (QStringList{QStringLiteral("sooner"), QStringLiteral("undated"),
                                      QStringLiteral("done✓"), QStringLiteral("later✓")}));
        const QList<Message> notes = reads.notes(1);
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.first().text, QStringLiteral("Prefers mornings"));
        QVERIFY(reads.errorString().isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(RecordReadsTest)
#include "tst_recordreads.moc"

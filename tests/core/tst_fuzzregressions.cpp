// Inputs the fuzz targets (tests/fuzz, ./dev fuzz) crashed on, fed again through the same path.
// The crash was undefined behaviour that only UBSan sees, so the asan build (./dev test-asan)
// is where a regression fails; every build checks that the input is refused for the right
// reason. The inputs themselves are kept in tests/fuzz/regressions, which also seeds the fuzzers.

#include "core/filter/conversationfilter.h"
#include "core/mirror/mirror.h"
#include "core/protocol/entitycodec.h"
#include "core/protocol/events.h"
#include "core/protocol/jsonreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace parley;

namespace {

QByteArray crashInput(const QString &name)
{
    QFile file(QStringLiteral(PARLEY_FIXTURES_DIR "/../fuzz/regressions/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fuzz regression input %s", qPrintable(name));
    return file.readAll();
}

} // namespace

class FuzzRegressionsTest : public QObject {
    Q_OBJECT
private slots:
    // JsonReader::integer cast the double to qint64 before checking its range: undefined for
    // anything beyond ±9.2e18, which any id, count or seq field of a frame could carry.
    void integerOutsideQint64IsRefused_data()
    {
        QTest::addColumn<double>("number");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("2^53") << 9007199254740992.0 << true;
        QTest::newRow("-2^53") << -9007199254740992.0 << true;
        QTest::newRow("2^53 + 2") << 9007199254740994.0 << false;
        QTest::newRow("2^63") << 9223372036854775808.0 << false;
        QTest::newRow("-2^63 - 2^11") << -9223372036854777856.0 << false;
        QTest::newRow("1e19") << 1e19 << false;
        QTest::newRow("-1e19") << -1e19 << false;
        QTest::newRow("2.4e44") << 2.44444e44 << false;
        QTest::newRow("1e308") << 1e308 << false;
        QTest::newRow("0.5") << 0.5 << false;
    }
    void integerOutsideQint64IsRefused()
    {
        QFETCH(double, number);
        QFETCH(bool, accepted);
        JsonReader reader(QJsonObject{{QStringLiteral("n"), number}});
        const qint64 value = reader.integer(QStringLiteral("n"));
        QCOMPARE(reader.ok(), accepted);
        QCOMPARE(value, accepted ? qint64(number) : qint64(0));
        if (!accepted)
            QCOMPARE(reader.error(), QStringLiteral("n: not an integer"));
    }

    // fuzz_filter: a saved view whose replied_by.agent_id is 2.4e44.
    void savedViewWithHugeAgentId()
    {
        const QJsonObject json =
            QJsonDocument::fromJson(crashInput(QStringLiteral("filter-agent-id-1e44.json")))
                .object();
        QVERIFY(!json.isEmpty());
        ConversationFilter filter;
        QString error;
        QVERIFY(!fromJson(json, &filter, &error));
        QVERIFY2(error.contains(QLatin1String("agent_id: not an integer")), qPrintable(error));
    }

    // fuzz_syncframe: a frame whose agent.updated event has the id 2.9e64; the whole batch is
    // refused and nothing of it is applied.
    void syncFrameWithHugeAgentId()
    {
        const QByteArray frame = crashInput(QStringLiteral("syncframe-agent-id-3e64.json"));
        SyncBatch batch;
        QString error;
        QVERIFY2(fromJson(QJsonDocument::fromJson(frame).object(), &batch, &error),
                 qPrintable(error));
        Agent agent;
        QVERIFY(!fromJson(batch.events.first().data, &agent, &error));
        QVERIFY2(error.contains(QLatin1String("id: not an integer")), qPrintable(error));

        QTemporaryDir dir;
        Mirror mirror;
        QCOMPARE(mirror.open(dir.filePath(QStringLiteral("mirror.sqlite"))),
                 Mirror::OpenStatus::Ok);
        QVERIFY(!mirror.apply(batch));
        QCOMPARE(mirror.lastSeq(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(FuzzRegressionsTest)
#include "tst_fuzzregressions.moc"

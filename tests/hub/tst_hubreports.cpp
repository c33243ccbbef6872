// The admin reports of issue #14 against a real hub: conversations opened and closed per day,
// first response and resolution times per agent, group and channel, messages by weekday and
// hour, CSV export, and who may read them. The customers' messages carry timestamps the test
// chooses; the team's replies and the close happen now, so durations are checked against the
// instants the test measured around them (bounds, never elapsed-time assertions).
#include "customerwrites.h"
#include "hubprocess.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace parley;
using namespace parley::testing;

namespace {
const QString appSecret = QStringLiteral("reports-secret");
const qint64 hourMs = 3600 * 1000;
} // namespace

class HubReportsTest : public QObject {
    Q_OBJECT
private:
    Id customerWrites(const QString &from, TimestampMs at)
    {
        CustomerMessage message(from, QStringLiteral("Olá"), QStringLiteral("Cliente"));
        message.at = at;
        return testing::customerWrites(m_hub, appSecret, m_admin, message);
    }

    QString range() const
    {
        return QStringLiteral("from=%1&to=%2")
            .arg(m_today.addDays(-1).toString(Qt::ISODate), m_today.toString(Qt::ISODate));
    }

    QJsonObject report(const QString &name, const QString &extra = QString())
    {
        const HttpReply reply =
            m_hub.get(QStringLiteral("/api/v1/reports/%1?%2%3").arg(name, range(), extra), m_admin);
        if (reply.status != 200)
            qWarning() << reply.status << reply.body;
        return reply.json();
    }

    static QJsonObject row(const QJsonArray &rows, Id id)
    {
        for (const QJsonValue &r : rows)
            if (r["id"].toInteger() == id)
                return r.toObject();
        return {};
    }

    HubProcess m_hub;
    QString m_admin;
    QString m_agent;
    QString m_viewer;
    Id m_bo = 0;
    Id m_group = 0;
    QDate m_today;
    TimestampMs m_writes[3] = {0, 0, 0};
    Id m_conversations[3] = {0, 0, 0};
    TimestampMs m_repliedAfter = 0;
    TimestampMs m_repliedBefore = 0;
    TimestampMs m_closedAfter = 0;
    TimestampMs m_closedBefore = 0;

private slots:
    // Three customers write 3, 2 and 1 hours ago; bo (in group "Vendas") answers the first two
    // and the admin closes the first.
    void initTestCase()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("admin"), QStringLiteral("admin"),
                               QStringLiteral("admin-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                               QStringLiteral("bo-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("vi"), QStringLiteral("viewer"),
                               QStringLiteral("vi-password")));
        QVERIFY(m_hub.addChannel(QStringLiteral("106540352242922"), QStringLiteral("15550783881"),
                                 QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                                 appSecret, QStringLiteral("vt")));
        QVERIFY(m_hub.start());
        m_admin = m_hub.login(QStringLiteral("admin"), QStringLiteral("admin-password"));
        m_agent = m_hub.login(QStringLiteral("bo"), QStringLiteral("bo-password"));
        m_viewer = m_hub.login(QStringLiteral("vi"), QStringLiteral("vi-password"));
        QVERIFY(!m_admin.isEmpty() && !m_agent.isEmpty() && !m_viewer.isEmpty());
        for (const QJsonValue &a :
             m_hub.getList(QStringLiteral("/api/v1/agents"), QStringLiteral("agents"), m_admin))
            if (a["login"].toString() == QLatin1String("bo"))
                m_bo = a["id"].toInteger();
        QVERIFY(m_bo > 0);
        m_group = m_hub.post(QStringLiteral("/api/v1/groups"), {{"name", "Vendas"}}, m_admin)
                      .json()
                      .value(QStringLiteral("group"))["id"]
                      .toInteger();
        QVERIFY(m_group > 0);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/agents/%1").arg(m_bo),
                           {{"role", "agent"}, {"groups", QJsonArray{m_group}}}, m_admin)
                     .status,
                 200);

        // Whole seconds: WhatsApp's timestamps are.
        const TimestampMs now = QDateTime::currentSecsSinceEpoch() * 1000;
        for (int i = 0; i < 3; ++i) {
            m_writes[i] = now - (3 - i) * hourMs;
            m_conversations[i] =
                customerWrites(QStringLiteral("551198765000%1").arg(i + 1), m_writes[i]);
            QVERIFY(m_conversations[i] > 0);
        }
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, m_admin).status,
            200);
        m_repliedAfter = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 2; ++i) {
            const QString path =
                QStringLiteral("/api/v1/conversations/%1/").arg(m_conversations[i]);
            QCOMPARE(
                m_hub.post(path + QStringLiteral("assign"), {{"owner_id", m_bo}}, m_admin).status,
                200);
            QCOMPARE(m_hub
                         .post(path + QStringLiteral("messages"), {{"text", "Bom dia"}}, m_agent,
                               {{"Idempotency-Key", QStringLiteral("reply-%1").arg(i).toUtf8()}})
                         .status,
                     202);
        }
        m_repliedBefore = QDateTime::currentMSecsSinceEpoch();
        m_closedAfter = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(
            m_hub
                .post(QStringLiteral("/api/v1/conversations/%1/status").arg(m_conversations[0]),
                      {{"status", "closed"}}, m_admin)
                .status,
            200);
        m_closedBefore = QDateTime::currentMSecsSinceEpoch();
        m_today = QDateTime::fromMSecsSinceEpoch(m_closedBefore, QTimeZone::utc()).date();
    }

    void onlyAdminsReadReports()
    {
        const QString path = QStringLiteral("/api/v1/reports/volume?") + range();
        QCOMPARE(m_hub.get(path).status, 401);
        QCOMPARE(m_hub.get(path, m_agent).status, 403);
        QCOMPARE(m_hub.get(path, m_viewer).status, 403);
        QCOMPARE(m_hub.get(path, m_admin).status, 200);
    }

    void refusesBadQueries()
    {
        const QStringList bad = {
            QStringLiteral("from=2026-13-01&to=2026-12-31"),
            QStringLiteral("from=2026-12-02&to=2026-12-01"),
            QStringLiteral("from=2020-01-01&to=2026-12-31"), // more than two years
            QStringLiteral("from=2026-12-01&to=2026-12-02&time_zone=Mars/Olympus"),
            QStringLiteral("from=2026-12-01&to=2026-12-02&channel=x"),
            QStringLiteral("from=2026-12-01&to=2026-12-02&format=xml")};
        for (const QString &query : bad)
            QVERIFY2(m_hub.get(QStringLiteral("/api/v1/reports/spend?") + query, m_admin).status ==
                         400,
                     qPrintable(query));
    }

    void countsConversationsOpenedAndClosedPerDay()
    {
        const QJsonArray days = report(QStringLiteral("volume"))["days"].toArray();
        QCOMPARE(days.size(), 2);
        qint64 opened[2] = {0, 0};
        for (TimestampMs at : m_writes)
            ++opened[QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).date() == m_today];
        const QDate closedFrom =
            QDateTime::fromMSecsSinceEpoch(m_closedAfter, QTimeZone::utc()).date();
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(days[i]["day"].toString(), m_today.addDays(i - 1).toString(Qt::ISODate));
            QCOMPARE(days[i]["opened"].toInteger(), opened[i]);
        }
        QCOMPARE(days[0]["closed"].toInteger() + days[1]["closed"].toInteger(), 1);
        if (closedFrom == m_today) // midnight did not pass while closing
            QCOMPARE(days[1]["closed"].toInteger(), 1);
        // Filters: another channel has nothing; bo's group owns the two answered ones.
        const QJsonArray none = report(QStringLiteral("volume"), "&channel=999")["days"].toArray();
        QCOMPARE(none[0]["opened"].toInteger() + none[1]["opened"].toInteger(), 0);
        const QJsonArray team =
            report(QStringLiteral("volume"), QStringLiteral("&group=%1").arg(m_group))["days"]
                .toArray();
        QCOMPARE(team[0]["opened"].toInteger() + team[1]["opened"].toInteger(), 2);
        QCOMPARE(team[0]["closed"].toInteger() + team[1]["closed"].toInteger(), 1);
    }

    void measuresFirstResponseAndResolution()
    {
        const QJsonObject times = report(QStringLiteral("response-times"));
        // Two answers: 3 h and 2 h after the customer wrote, plus however long the test took.
        const qint64 slack = (m_repliedBefore - m_repliedAfter) / 1000 + 1;
        const qint64 slowest = (m_repliedAfter - m_writes[0]) / 1000;
        const qint64 fastest = (m_repliedAfter - m_writes[1]) / 1000;
        const auto check = [&](const QJsonObject &summary, qint64 count) {
            QCOMPARE(summary["count"].toInteger(), count);
            // Nearest rank of two: the median is the faster answer, p90 the slower.
            QVERIFY(summary["median_seconds"].toInteger() >= fastest);
            QVERIFY(summary["median_seconds"].toInteger() <= fastest + slack);
            QVERIFY(summary["p90_seconds"].toInteger() >= slowest);
            QVERIFY(summary["p90_seconds"].toInteger() <= slowest + slack);
        };
        const QJsonObject first = times["first_response"].toObject();
        QCOMPARE(first["agents"].toArray().size(), 1);
        check(row(first["agents"].toArray(), m_bo), 2);
        QCOMPARE(row(first["agents"].toArray(), m_bo)["name"].toString(), QStringLiteral("BO"));
        check(row(first["groups"].toArray(), m_group), 2);
        QCOMPARE(first["channels"].toArray().size(), 1);
        check(first["channels"][0].toObject(), 2);

        // One resolution: opened when the first customer wrote, closed now, owned by bo.
        const QJsonObject resolved = row(times["resolution"]["agents"].toArray(), m_bo);
        QCOMPARE(resolved["count"].toInteger(), 1);
        const qint64 low = (m_closedAfter - m_writes[0]) / 1000;
        const qint64 high = (m_closedBefore - m_writes[0]) / 1000 + 1;
        QVERIFY(resolved["median_seconds"].toInteger() >= low);
        QVERIFY(resolved["median_seconds"].toInteger() <= high);
        QCOMPARE(resolved["p90_seconds"], resolved["median_seconds"]);
        QCOMPARE(row(times["resolution"]["groups"].toArray(), m_group)["count"].toInteger(), 1);

        // An agent filter keeps only what bo owned: the third customer's waits stay out.
        const QJsonObject others =
            report(QStringLiteral("response-times"), QStringLiteral("&agent=%1").arg(m_bo + 100));
        QVERIFY(others["first_response"]["agents"].toArray().isEmpty());
    }

    void countsMessagesByWeekdayAndHourInTheZoneAsked()
    {
        const QTimeZone zone("America/Sao_Paulo");
        const QJsonObject activity =
            report(QStringLiteral("activity"), QStringLiteral("&time_zone=America/Sao_Paulo"));
        QCOMPARE(activity["time_zone"].toString(), QStringLiteral("America/Sao_Paulo"));
        qint64 expected[7][24] = {};
        const QDate first = m_today.addDays(-1);
        const TimestampMs from = QDateTime(first, QTime(0, 0), zone).toMSecsSinceEpoch();
        for (TimestampMs at : m_writes) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, zone);
            if (at >= from && local.date() <= m_today)
                ++expected[local.date().dayOfWeek() - 1][local.time().hour()];
        }
        qint64 outbound = 0;
        for (int day = 0; day < 7; ++day) {
            for (int hour = 0; hour < 24; ++hour) {
                QCOMPARE(activity["inbound"][day][hour].toInteger(), expected[day][hour]);
                outbound += activity["outbound"][day][hour].toInteger();
            }
        }
        // The two replies, unless São Paulo's "yesterday and today" ended before they were sent.
        const QDateTime replied = QDateTime::fromMSecsSinceEpoch(m_repliedAfter, zone);
        if (replied.date() <= m_today)
            QCOMPARE(outbound, 2);
    }

    // With a filter, only the messages of the conversations in scope: bo's group owns the two
    // answered conversations (their customers' messages and the two replies), not the third.
    void filtersMessagesByTheirConversation()
    {
        const auto sums = [this](const QString &filter) {
            const QJsonObject activity = report(QStringLiteral("activity"), filter);
            qint64 in = 0;
            qint64 out = 0;
            for (int day = 0; day < 7; ++day) {
                for (int hour = 0; hour < 24; ++hour) {
                    in += activity["inbound"][day][hour].toInteger();
                    out += activity["outbound"][day][hour].toInteger();
                }
            }
            return std::make_pair(in, out);
        };
        const QDate first = m_today.addDays(-1);
        qint64 answered = 0;
        for (int i = 0; i < 2; ++i)
            answered +=
                QDateTime::fromMSecsSinceEpoch(m_writes[i], QTimeZone::utc()).date() >= first;
        QCOMPARE(sums(QStringLiteral("&group=%1").arg(m_group)),
                 std::make_pair(answered, qint64(2)));
        QCOMPARE(sums(QStringLiteral("&agent=%1").arg(m_bo)), std::make_pair(answered, qint64(2)));
        QCOMPARE(sums(QStringLiteral("&channel=999")), std::make_pair(qint64(0), qint64(0)));
    }

    void exportsCsv()
    {
        const HttpReply reply =
            m_hub.get(QStringLiteral("/api/v1/reports/volume?%1&format=csv").arg(range()), m_admin);
        QCOMPARE(reply.status, 200);
        const QList<QByteArray> lines = reply.body.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].trimmed(), QByteArray("day,opened,closed"));
        QVERIFY(lines[1].startsWith(m_today.addDays(-1).toString(Qt::ISODate).toUtf8() + ','));
        const HttpReply times = m_hub.get(
            QStringLiteral("/api/v1/reports/response-times?%1&format=csv").arg(range()), m_admin);
        QVERIFY(
            times.body.startsWith("measure,dimension,id,name,count,median_seconds,p90_seconds"));
        QVERIFY(
            times.body.contains("first_response,agents," + QByteArray::number(m_bo) + ",BO,2,"));
        const HttpReply heat = m_hub.get(
            QStringLiteral("/api/v1/reports/activity?%1&format=csv").arg(range()), m_admin);
        QCOMPARE(heat.body.trimmed().split('\n').size(), 1 + 7 * 24);
    }

    // Template sends and the credits the replies cost (charged, less refunds), as the ledger
    // has them: read until the ledger did not change around the report (the send worker may
    // refund a failed reply at any moment).
    void reportsSpendAsTheLedgerHasIt()
    {
        const auto ledgerSpend = [this] {
            qint64 spent = 0;
            for (const QJsonValue &e : m_hub.getList(QStringLiteral("/api/v1/credits/ledger"),
                                                     QStringLiteral("entries"), m_admin)) {
                const QString kind = e["kind"].toString();
                if (kind == QLatin1String("charge") || kind == QLatin1String("refund") ||
                    kind == QLatin1String("adjustment"))
                    spent -= e["amount"].toInteger();
            }
            return spent;
        };
        for (int attempt = 0; attempt < 5; ++attempt) {
            const qint64 before = ledgerSpend();
            const QJsonArray days = report(QStringLiteral("spend"))["days"].toArray();
            if (ledgerSpend() != before)
                continue;
            QCOMPARE(days.size(), 2);
            QCOMPARE(days[0]["template_sends"].toInteger() + days[1]["template_sends"].toInteger(),
                     0);
            QCOMPARE(days[0]["credits_spent"].toInteger() + days[1]["credits_spent"].toInteger(),
                     before);
            QVERIFY(before == 0 || before == 50 || before == 100); // 50 a reply until refunded
            return;
        }
        QFAIL("the ledger kept changing");
    }
};

QTEST_GUILESS_MAIN(HubReportsTest)
#include "tst_hubreports.moc"

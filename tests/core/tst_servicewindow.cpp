#include "core/rules/rulemessages.h"
#include "core/rules/servicewindow.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace parley;

namespace {

// 2026-11-21T20:00:00Z: a realistic instant, far from 0 ("never wrote").
constexpr TimestampMs lastInbound = 1795291200000;
constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

QStringList codesOf(const RuleErrors &errors)
{
    QStringList codes;
    for (const RuleError &error : errors)
        codes.append(error.code);
    return codes;
}

} // namespace

class ServiceWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void lengthIsTwentyFourHours() { QCOMPARE(serviceWindowLengthMs, qint64(86400000)); }

    void windowAt_data()
    {
        QTest::addColumn<TimestampMs>("lastInboundAt");
        QTest::addColumn<TimestampMs>("now");
        QTest::addColumn<bool>("everWrote");
        QTest::addColumn<bool>("open");
        QTest::addColumn<TimestampMs>("closesAt");
        QTest::addColumn<qint64>("remainingMs");
        QTest::addColumn<qint64>("closedForMs");

        const TimestampMs closes = lastInbound + day;
        QTest::newRow("customer never wrote")
            << TimestampMs(0) << lastInbound << false << false << TimestampMs(0) << 0LL << 0LL;
        QTest::newRow("negative means never wrote")
            << TimestampMs(-5) << lastInbound << false << false << TimestampMs(0) << 0LL << 0LL;
        QTest::newRow("at the customer's message")
            << lastInbound << lastInbound << true << true << closes << day << 0LL;
        QTest::newRow("one hour later")
            << lastInbound << lastInbound + hour << true << true << closes << 23 * hour << 0LL;
        QTest::newRow("24 h - 1 ms: open, 1 ms left")
            << lastInbound << closes - 1 << true << true << closes << 1LL << 0LL;
        QTest::newRow("exactly 24 h: closed")
            << lastInbound << closes << true << false << closes << 0LL << 0LL;
        QTest::newRow("24 h + 1 ms")
            << lastInbound << closes + 1 << true << false << closes << 0LL << 1LL;
        QTest::newRow("30 days later")
            << lastInbound << closes + 30 * day << true << false << closes << 0LL << 30 * day;
        QTest::newRow("clock behind the hub: open, capped at 24 h")
            << lastInbound << lastInbound - 5000 << true << true << closes << day << 0LL;
    }

    void windowAt()
    {
        QFETCH(TimestampMs, lastInboundAt);
        QFETCH(TimestampMs, now);
        const ServiceWindow window = serviceWindowAt(lastInboundAt, now);
        QTEST(window.customerEverWrote, "everWrote");
        QTEST(window.open, "open");
        QTEST(window.closesAt, "closesAt");
        QTEST(window.remainingMs, "remainingMs");
        QTEST(window.closedForMs, "closedForMs");
    }

    void sendRule_data()
    {
        QTest::addColumn<MessageKind>("kind");
        QTest::addColumn<TimestampMs>("lastInboundAt");
        QTest::addColumn<TimestampMs>("now");
        QTest::addColumn<QStringList>("codes");

        const TimestampMs closes = lastInbound + day;
        const QStringList none;
        const QStringList closed{QStringLiteral("window_closed")};
        const QStringList never{QStringLiteral("window_never_opened")};
        QTest::newRow("text, open")
            << MessageKind::Text << lastInbound << lastInbound + hour << none;
        QTest::newRow("text, 1 ms left") << MessageKind::Text << lastInbound << closes - 1 << none;
        QTest::newRow("text, exactly 24 h") << MessageKind::Text << lastInbound << closes << closed;
        QTest::newRow("text, days later")
            << MessageKind::Text << lastInbound << closes + 3 * day << closed;
        QTest::newRow("text, never wrote")
            << MessageKind::Text << TimestampMs(0) << closes << never;
        QTest::newRow("document, closed")
            << MessageKind::Document << lastInbound << closes << closed;
        QTest::newRow("image, never wrote")
            << MessageKind::Image << TimestampMs(0) << closes << never;
        QTest::newRow("reaction, closed")
            << MessageKind::Reaction << lastInbound << closes << closed;
        QTest::newRow("template, closed")
            << MessageKind::Template << lastInbound << closes + day << none;
        QTest::newRow("template starts a chat")
            << MessageKind::Template << TimestampMs(0) << closes << none;
        QTest::newRow("note, closed") << MessageKind::Note << lastInbound << closes << none;
        QTest::newRow("note, never wrote") << MessageKind::Note << TimestampMs(0) << closes << none;
    }

    void sendRule()
    {
        QFETCH(MessageKind, kind);
        QFETCH(TimestampMs, lastInboundAt);
        QFETCH(TimestampMs, now);
        QTEST(codesOf(checkServiceWindow(kind, lastInboundAt, now)), "codes");
    }

    void closedErrorSaysHowLongAgo()
    {
        const TimestampMs closes = lastInbound + day;
        const RuleErrors errors =
            checkServiceWindow(MessageKind::Text, lastInbound, closes + 3 * hour + 5 * minute);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().args.value(QStringLiteral("closedAgo")).toString(),
                 QStringLiteral("3 h 5 min"));
        QCOMPARE(errors.first().args.value(QStringLiteral("closedAt")).toLongLong(), closes);
        QCOMPARE(errors.first().message(),
                 QStringLiteral("The 24-hour window closed 3 h 5 min ago. Send an approved "
                                "template instead; a new window opens when the customer answers."));
    }

    void closedAtTheBoundarySaysLessThanAMinute()
    {
        const RuleErrors errors =
            checkServiceWindow(MessageKind::Text, lastInbound, lastInbound + day);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().message().startsWith(
            QStringLiteral("The 24-hour window closed < 1 min ago.")));
    }

    void neverOpenedMessage()
    {
        const RuleErrors errors = checkServiceWindow(MessageKind::Text, 0, lastInbound);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().message(),
                 QStringLiteral("This customer has not written yet. Only an approved template "
                                "can start the conversation; free-form replies are possible once "
                                "they answer."));
    }

    void compactDuration_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0LL << QStringLiteral("< 1 min");
        QTest::newRow("negative") << -hour << QStringLiteral("< 1 min");
        QTest::newRow("59.999 s") << minute - 1 << QStringLiteral("< 1 min");
        QTest::newRow("1 min") << minute << QStringLiteral("1 min");
        QTest::newRow("59 min 59 s") << hour - 1000 << QStringLiteral("59 min");
        QTest::newRow("1 h") << hour << QStringLiteral("1 h");
        QTest::newRow("1 h 1 min") << hour + minute << QStringLiteral("1 h 1 min");
        QTest::newRow("window left at 1 ms before") << day - 1 << QStringLiteral("23 h 59 min");
        QTest::newRow("1 d") << day << QStringLiteral("1 d");
        QTest::newRow("2 d 5 h 30 min")
            << 2 * day + 5 * hour + 30 * minute << QStringLiteral("2 d 5 h");
        QTest::newRow("400 d") << 400 * day << QStringLiteral("400 d");
    }

    void compactDuration()
    {
        QFETCH(qint64, ms);
        QTEST(parley::compactDuration(ms), "text");
    }

    void everyCodeHasEnglishText()
    {
        const RuleMessageTable table = windowRuleMessages();
        QCOMPARE(table.count, 2);
        const QRegularExpression placeholder(QStringLiteral("\\{[A-Za-z]+\\}"));
        for (int i = 0; i < table.count; ++i) {
            const QString code = QString::fromLatin1(table.entries[i].code);
            const RuleError error{code, {{QStringLiteral("closedAgo"), QStringLiteral("2 h")}}};
            QVERIFY2(error.message() != code, qPrintable(code));
            QVERIFY2(!error.message().contains(placeholder), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(ServiceWindowTest)
#include "tst_servicewindow.moc"

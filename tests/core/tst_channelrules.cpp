#include "core/rules/channelrules.h"

#include <QTest>

using namespace parley;

namespace {

const QByteArray jpegHead("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10);
const QByteArray pngHead("\x89PNG\r\n\x1A\n\x00\x00", 10);
const QByteArray pdfHead("%PDF-1.4\n", 9);

QStringList codes(const RuleErrors &errors)
{
    QStringList list;
    for (const RuleError &error : errors)
        list << error.code;
    return list;
}

ChannelSetup completeSetup()
{
    ChannelSetup setup;
    setup.name = QStringLiteral("Sales Brazil");
    setup.department = QStringLiteral("Sales");
    setup.displayNumber = QStringLiteral("+55 (11) 91234-5678");
    setup.wabaId = QStringLiteral("102290129340398");
    setup.phoneNumberId = QStringLiteral("106540352242922");
    setup.accessToken = QStringLiteral("EAAG...token");
    setup.appSecret = QStringLiteral("0123456789abcdef");
    setup.verifyToken = QStringLiteral("parley-verify");
    return setup;
}

Channel channel(Id id, const QString &name, const QString &number,
                ChannelStatus status = ChannelStatus::Connected)
{
    Channel c;
    c.id = id;
    c.name = name;
    c.displayNumber = number;
    c.status = status;
    return c;
}

} // namespace

class ChannelRulesTest : public QObject {
    Q_OBJECT
private slots:
    void normalisesNumbers_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("plain digits") << "5511912345678"
                                      << "5511912345678";
        QTest::newRow("plus and spaces") << "+55 11 91234 5678"
                                         << "5511912345678";
        QTest::newRow("parentheses and dash") << "+55 (11) 91234-5678"
                                              << "5511912345678";
        QTest::newRow("us format") << "+1 (650) 555-1234"
                                   << "16505551234";
        QTest::newRow("dots") << "81.3.1234.5678"
                              << "81312345678";
        QTest::newRow("surrounding blanks") << "  +8613812345678  "
                                            << "8613812345678";
        QTest::newRow("8 digits, shortest") << "12345678"
                                            << "12345678";
        QTest::newRow("15 digits, longest") << "123456789012345"
                                            << "123456789012345";
        QTest::newRow("7 digits") << "1234567"
                                  << "";
        QTest::newRow("16 digits") << "1234567890123456"
                                   << "";
        QTest::newRow("letters") << "+55 11 CALL-NOW"
                                 << "";
        QTest::newRow("plus inside") << "55+11912345678"
                                     << "";
        QTest::newRow("two pluses") << "++5511912345678"
                                    << "";
        QTest::newRow("leading zero") << "011 5511912345"
                                      << "";
        QTest::newRow("international 00") << "005511912345678"
                                          << "";
        QTest::newRow("extension") << "+1 650 555 1234 x12"
                                   << "";
        QTest::newRow("arabic-indic digits") << QString::fromUtf8("٥٥١١٩١٢٣٤٥٦٧٨") << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void normalisesNumbers()
    {
        QFETCH(QString, typed);
        QFETCH(QString, normalised);
        QCOMPARE(normalizedPhoneNumber(typed), normalised);
        QCOMPARE(checkDisplayNumber(typed).isEmpty(), !normalised.isEmpty());
    }

    void numberRequiredThenValid()
    {
        QCOMPARE(codes(checkDisplayNumber(QStringLiteral("  "))),
                 QStringList{QStringLiteral("channel_number_required")});
        const RuleErrors invalid = checkDisplayNumber(QStringLiteral("12-34"));
        QCOMPARE(codes(invalid), QStringList{QStringLiteral("channel_number_invalid")});
        QVERIFY(invalid.first().message().startsWith(QStringLiteral("12-34 is not a valid")));
    }

    void iconSizeBoundary_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("1 byte") << 1LL << true;
        QTest::newRow("1 MB exactly") << 1048576LL << true;
        QTest::newRow("1 MB + 1 byte") << 1048577LL << false;
        QTest::newRow("5 MB") << 5242880LL << false;
    }
    void iconSizeBoundary()
    {
        QFETCH(qint64, size);
        QFETCH(bool, accepted);
        const RuleErrors errors = checkChannelIcon({QStringLiteral("logo.png"), size, pngHead});
        if (accepted) {
            QVERIFY(errors.isEmpty());
        } else {
            QCOMPARE(codes(errors), QStringList{QStringLiteral("channel_icon_too_large")});
            QCOMPARE(errors.first().message(),
                     QStringLiteral("logo.png is too large for the channel icon: at most 1 MB is "
                                    "allowed."));
        }
    }

    void iconTypeByExtensionAndContent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("code");
        QTest::newRow("jpg") << "logo.jpg" << jpegHead << "";
        QTest::newRow("JPEG upper") << "LOGO.JPEG" << jpegHead << "";
        QTest::newRow("png") << "logo.png" << pngHead << "";
        QTest::newRow("gif") << "logo.gif" << QByteArray("GIF89a") << "channel_icon_type";
        QTest::newRow("webp") << "logo.webp" << QByteArray("RIFF") << "channel_icon_type";
        QTest::newRow("pdf allowed for attachments only")
            << "logo.pdf" << pdfHead << "channel_icon_type";
        QTest::newRow("png holding pdf") << "logo.png" << pdfHead << "channel_icon_type";
        QTest::newRow("jpg holding png") << "logo.jpg" << pngHead << "channel_icon_type";
    }
    void iconTypeByExtensionAndContent()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, head);
        QFETCH(QString, code);
        const RuleErrors errors = checkChannelIcon({name, 2048, head});
        QCOMPARE(codes(errors), code.isEmpty() ? QStringList() : QStringList{code});
        if (!code.isEmpty())
            QCOMPARE(errors.first().message(),
                     name + QStringLiteral(" cannot be the channel icon: use a .jpg, .jpeg or "
                                           ".png image."));
    }

    void iconWrongAndTooLargeReportsBoth()
    {
        const RuleErrors errors = checkChannelIcon({QStringLiteral("x.png"), 2000000, pdfHead});
        QCOMPARE(codes(errors), (QStringList{QStringLiteral("channel_icon_type"),
                                             QStringLiteral("channel_icon_too_large")}));
        QCOMPARE(codes(checkChannelIcon({QStringLiteral("x.png"), 0, {}})),
                 QStringList{QStringLiteral("channel_icon_empty")});
    }

    void channelsMayNotExceedDepartments()
    {
        QVERIFY(checkChannelLimit(0, 1).isEmpty());
        QVERIFY(checkChannelLimit(2, 3).isEmpty());
        const RuleErrors full = checkChannelLimit(3, 3);
        QCOMPARE(codes(full), QStringList{QStringLiteral("channel_limit_departments")});
        QCOMPARE(full.first().message(),
                 QStringLiteral("There are already 3 channels for 3 departments; a channel needs "
                                "a department of its own. Add a department first."));
        QCOMPARE(codes(checkChannelLimit(0, 0)),
                 QStringList{QStringLiteral("channel_limit_departments")});
        QCOMPARE(codes(checkChannelLimit(5, 3)),
                 QStringList{QStringLiteral("channel_limit_departments")});
    }

    void numberAlreadyConnectedIsRefused()
    {
        const QList<Channel> existing = {
            channel(1, QStringLiteral("Support"), QStringLiteral("5511912345678")),
            channel(2, QStringLiteral("Old"), QStringLiteral("+1 650 555 1234"),
                    ChannelStatus::Deactivated)};
        const RuleErrors taken =
            checkNumberNotInUse(QStringLiteral("+55 (11) 91234-5678"), 0, existing);
        QCOMPARE(codes(taken), QStringList{QStringLiteral("channel_number_in_use")});
        QCOMPARE(taken.first().message(),
                 QStringLiteral("The number 5511912345678 is already connected as channel "
                                "\"Support\". A number can be connected only once, and moving a "
                                "number from another channel or product is not supported."));
        // A deactivated channel still holds its number.
        QCOMPARE(codes(checkNumberNotInUse(QStringLiteral("16505551234"), 0, existing)),
                 QStringList{QStringLiteral("channel_number_in_use")});
        // Editing channel 1 keeps its own number.
        QVERIFY(checkNumberNotInUse(QStringLiteral("5511912345678"), 1, existing).isEmpty());
        QVERIFY(checkNumberNotInUse(QStringLiteral("5511912345679"), 0, existing).isEmpty());
        QVERIFY(checkNumberNotInUse(QStringLiteral("garbage"), 0, existing).isEmpty());
    }

    void credentialsEachHaveACode()
    {
        ChannelSetup setup = completeSetup();
        QVERIFY(checkCloudApiCredentials(setup).isEmpty());
        setup.wabaId = QStringLiteral(" ");
        setup.phoneNumberId.clear();
        setup.accessToken.clear();
        setup.appSecret = QStringLiteral("\t");
        setup.verifyToken.clear();
        QCOMPARE(codes(checkCloudApiCredentials(setup)),
                 (QStringList{QStringLiteral("channel_waba_id_required"),
                              QStringLiteral("channel_phone_number_id_required"),
                              QStringLiteral("channel_access_token_required"),
                              QStringLiteral("channel_app_secret_required"),
                              QStringLiteral("channel_verify_token_required")}));
        setup = completeSetup();
        setup.wabaId = QStringLiteral("waba-1");
        setup.phoneNumberId = QStringLiteral("+5511912345678");
        QCOMPARE(codes(checkCloudApiCredentials(setup)),
                 (QStringList{QStringLiteral("channel_waba_id_invalid"),
                              QStringLiteral("channel_phone_number_id_invalid")}));
        setup.wabaId = QStringLiteral(" 102290129340398 ");
        setup.phoneNumberId = QStringLiteral("106540352242922\n");
        QVERIFY(checkCloudApiCredentials(setup).isEmpty());
    }

    void wholeSetup()
    {
        const QList<Channel> existing = {
            channel(7, QStringLiteral("Support"), QStringLiteral("16505551234"))};
        QVERIFY(checkChannelSetup(completeSetup(), existing, 2).isEmpty());
        QCOMPARE(codes(checkChannelSetup(completeSetup(), existing, 1)),
                 QStringList{QStringLiteral("channel_limit_departments")});

        ChannelSetup edit = completeSetup();
        edit.channelId = 7;
        edit.displayNumber = QStringLiteral("+1 650 555 1234");
        QVERIFY2(checkChannelSetup(edit, existing, 1).isEmpty(),
                 "editing is not limited by departments and keeps its own number");

        ChannelSetup empty;
        empty.icon = ChannelIcon{QStringLiteral("logo.bmp"), 10, QByteArray("BM")};
        const RuleErrors errors = checkChannelSetup(empty, existing, 0);
        QCOMPARE(codes(errors), (QStringList{QStringLiteral("channel_name_required"),
                                             QStringLiteral("channel_department_required"),
                                             QStringLiteral("channel_icon_type"),
                                             QStringLiteral("channel_number_required"),
                                             QStringLiteral("channel_waba_id_required"),
                                             QStringLiteral("channel_phone_number_id_required"),
                                             QStringLiteral("channel_access_token_required"),
                                             QStringLiteral("channel_app_secret_required"),
                                             QStringLiteral("channel_verify_token_required"),
                                             QStringLiteral("channel_limit_departments")}));
    }

    void everyCodeHasEnglishText()
    {
        const QStringList all = {QStringLiteral("channel_name_required"),
                                 QStringLiteral("channel_department_required"),
                                 QStringLiteral("channel_icon_type"),
                                 QStringLiteral("channel_icon_empty"),
                                 QStringLiteral("channel_icon_too_large"),
                                 QStringLiteral("channel_number_required"),
                                 QStringLiteral("channel_number_invalid"),
                                 QStringLiteral("channel_limit_departments"),
                                 QStringLiteral("channel_number_in_use"),
                                 QStringLiteral("channel_waba_id_required"),
                                 QStringLiteral("channel_waba_id_invalid"),
                                 QStringLiteral("channel_phone_number_id_required"),
                                 QStringLiteral("channel_phone_number_id_invalid"),
                                 QStringLiteral("channel_access_token_required"),
                                 QStringLiteral("channel_app_secret_required"),
                                 QStringLiteral("channel_verify_token_required")};
        for (const QString &code : all) {
            const QString text = RuleError{code, {}}.message();
            QVERIFY2(text != code && text.size() > 15, qPrintable(code));
        }
    }
};

QTEST_GUILESS_MAIN(ChannelRulesTest)
#include "tst_channelrules.moc"

// The simulator's pure rules: template review, multipart parsing, numbers, placeholder files.
#include "sim/multipart.h"
#include "sim/placeholdermedia.h"
#include "sim/simids.h"
#include "sim/templatereview.h"
#include "sim/templatestore.h"

#include <QTest>
#include <QtEndian>

using namespace parley;
using namespace parley::sim;

namespace {

whatsapp::TemplateCreateRequest templateWith(const QString &category, const QString &body,
                                             const QString &format = QString())
{
    whatsapp::TemplateCreateRequest request;
    request.name = QStringLiteral("t");
    request.language = QStringLiteral("en_US");
    request.category = category;
    request.bodyText = body;
    request.parameterFormat = format;
    return request;
}

} // namespace

class SimRulesTest : public QObject {
    Q_OBJECT
private slots:
    void promotionalWordingIsFoundInFourLanguages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("promotional");
        QTest::newRow("en discount") << QStringLiteral("Use this Discount today") << true;
        QTest::newRow("en percent off") << QStringLiteral("Now 30 % OFF everything") << true;
        QTest::newRow("en sale") << QStringLiteral("Big sale this weekend.") << true;
        QTest::newRow("en wholesale") << QStringLiteral("Your wholesale order shipped") << false;
        QTest::newRow("en plain") << QStringLiteral("Your order {{1}} has shipped.") << false;
        QTest::newRow("pt promoção") << QStringLiteral("Aproveite a promoção!") << true;
        QTest::newRow("pt desconto") << QStringLiteral("Ganhe DESCONTO na compra") << true;
        QTest::newRow("pt plain") << QStringLiteral("Seu pedido foi enviado.") << false;
        QTest::newRow("zh 优惠") << QString::fromUtf8("本周优惠活动") << true;
        QTest::newRow("zh 折扣") << QString::fromUtf8("全场折扣") << true;
        QTest::newRow("zh plain") << QString::fromUtf8("您的订单已发货") << false;
        QTest::newRow("ja セール") << QString::fromUtf8("夏のセール開催中") << true;
        QTest::newRow("ja 割引") << QString::fromUtf8("会員割引のお知らせ") << true;
        QTest::newRow("ja plain") << QString::fromUtf8("ご注文の商品を発送しました") << false;
    }

    void promotionalWordingIsFoundInFourLanguages()
    {
        QFETCH(QString, text);
        QFETCH(bool, promotional);
        QCOMPARE(!promotionalWording(text).isEmpty(), promotional);
    }

    void reviewFollowsMetasCommonRejections_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("reason");
        QTest::newRow("plain utility") << "UTILITY"
                                       << "Hi {{1}}, order {{2}} has shipped."
                                       << ""
                                       << "NONE";
        QTest::newRow("no parameters") << "UTILITY"
                                       << "Your order has shipped."
                                       << ""
                                       << "NONE";
        QTest::newRow("promotional marketing") << "MARKETING"
                                               << "Hi {{1}}, 20% off today!"
                                               << ""
                                               << "NONE";
        QTest::newRow("promotional utility") << "UTILITY"
                                             << "Hi {{1}}, 20% off today!"
                                             << ""
                                             << "INCORRECT_CATEGORY";
        QTest::newRow("starts with a parameter") << "UTILITY"
                                                 << "{{1}}, your order shipped."
                                                 << ""
                                                 << "INVALID_FORMAT";
        QTest::newRow("ends with a parameter") << "UTILITY"
                                               << "Your order shipped, {{1}}."
                                               << ""
                                               << "INVALID_FORMAT";
        QTest::newRow("adjacent parameters") << "UTILITY"
                                             << "Hi {{1}}, {{2}} shipped."
                                             << ""
                                             << "INVALID_FORMAT";
        QTest::newRow("numbers skip") << "UTILITY"
                                      << "Hi {{1}}, order {{3}} shipped."
                                      << ""
                                      << "INVALID_FORMAT";
        QTest::newRow("named") << "UTILITY"
                               << "Hi {{first_name}}, it shipped."
                               << "named"
                               << "NONE";
        QTest::newRow("format before category") << "UTILITY"
                                                << "{{1}} sale"
                                                << ""
                                                << "INVALID_FORMAT";
    }

    void reviewFollowsMetasCommonRejections()
    {
        QFETCH(QString, category);
        QFETCH(QString, body);
        QFETCH(QString, format);
        QFETCH(QString, reason);
        const ReviewVerdict verdict = reviewTemplate(templateWith(category, body, format));
        QCOMPARE(verdict.reason, reason);
        QCOMPARE(verdict.event, reason == QLatin1String("NONE") ? QStringLiteral("APPROVED")
                                                                : QStringLiteral("REJECTED"));
        QCOMPARE(verdict.rejectionInfo.isEmpty(), reason != QLatin1String("INVALID_FORMAT"));
    }

    void placeholdersCountOncePerName()
    {
        QCOMPARE(templatePlaceholders(QStringLiteral("{{1}} and {{2}} and {{1}} {{ 3 }}")),
                 (QStringList{"1", "2", "3"}));
        QCOMPARE(templatePlaceholders(QStringLiteral("Hi {{first_name}}")),
                 QStringList{"first_name"});
        QVERIFY(templatePlaceholders(QStringLiteral("no {{}} here {x}")).isEmpty());
    }

    void formDataPartsAreSplitByTheirBoundary()
    {
        static const char raw[] = "line one\r\n--not-the-boundary\r\n\x00\xff";
        const QByteArray binary(raw, sizeof(raw) - 1); // CRLF, dashes and a NUL inside a file
        const QByteArray body = "--abc\r\n"
                                "Content-Disposition: form-data; name=\"messaging_product\"\r\n\r\n"
                                "whatsapp\r\n"
                                "--abc\r\n"
                                "Content-Disposition: form-data; name=\"file\"; "
                                "filename=\"photo 1.png\"\r\nContent-Type: image/png\r\n\r\n" +
                                binary + "\r\n--abc--\r\n";
        for (const QByteArray &header : {QByteArray("multipart/form-data; boundary=abc"),
                                         QByteArray("multipart/form-data; boundary=\"abc\"")}) {
            QList<FormPart> parts;
            QString error;
            QVERIFY2(parseFormData(header, body, &parts, &error), qPrintable(error));
            QCOMPARE(parts.size(), 2);
            QCOMPARE(parts[0].name, QStringLiteral("messaging_product"));
            QCOMPARE(parts[0].body, QByteArray("whatsapp"));
            QCOMPARE(parts[1].name, QStringLiteral("file"));
            QCOMPARE(parts[1].filename, QStringLiteral("photo 1.png"));
            QCOMPARE(parts[1].contentType, QByteArray("image/png"));
            QCOMPARE(parts[1].body, binary);
        }
        QList<FormPart> parts;
        QString error;
        QVERIFY(!parseFormData("application/json", body, &parts, &error));
        QVERIFY(!parseFormData("multipart/form-data", body, &parts, &error));
        QVERIFY(!parseFormData("multipart/form-data; boundary=abc", body.left(body.size() - 9),
                               &parts, &error));
    }

    void numbersAreReadAsMetaReadsThem()
    {
        QCOMPARE(waIdFromInput(QStringLiteral("+55 (11) 98765-4321")),
                 QStringLiteral("5511987654321"));
        QVERIFY(isPlausibleWaId(QStringLiteral("5511987654321")));
        QVERIFY(isPlausibleWaId(QStringLiteral("819012345678")));
        QVERIFY(!isPlausibleWaId(QStringLiteral("0123456789")));
        QVERIFY(!isPlausibleWaId(QStringLiteral("1234567")));
        QVERIFY(!isPlausibleWaId(QStringLiteral("1234567890123456")));
        QVERIFY(!isPlausibleWaId(waIdFromInput(QStringLiteral("call me maybe"))));
        const QString wamid = newWamid(QStringLiteral("5511987654321"));
        QVERIFY(wamid.startsWith(QLatin1String("wamid.HBgN")));
        QVERIFY(wamid.size() <= 128);
        for (int i = 0; i < 200; ++i)
            QVERIFY(newGraphObjectId().toLongLong() < (1LL << 53));
    }

    void placeholderImagesArePngs()
    {
        const PlaceholderFile image = placeholderFile(QStringLiteral("image"), QString(), 42);
        QCOMPARE(image.mimeType, QStringLiteral("image/png"));
        QVERIFY(image.bytes.startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(image.bytes.mid(12, 4), QByteArray("IHDR"));
        QVERIFY(image.bytes.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8)));
        QVERIFY(placeholderFile(QStringLiteral("image"), QString(), 43).bytes != image.bytes);
        const PlaceholderFile pdf = placeholderFile(QStringLiteral("document"), QString(), 1);
        QVERIFY(pdf.bytes.startsWith("%PDF-"));
        QVERIFY(pdf.filename.endsWith(QLatin1String(".pdf")));
        QCOMPARE(placeholderFile(QStringLiteral("audio"), QStringLiteral("audio/mpeg"), 1).mimeType,
                 QStringLiteral("audio/mpeg"));
    }

    void voiceNotesArePlayableOggOpus()
    {
        // RFC 7845: an Ogg stream whose first page (BOS) holds OpusHead, the second OpusTags,
        // then audio pages up to one flagged end-of-stream; every page's checksum must hold.
        const PlaceholderFile voice = placeholderFile(QStringLiteral("audio"), QString(), 7);
        QCOMPARE(voice.mimeType, QStringLiteral("audio/ogg; codecs=opus"));
        const QByteArray &bytes = voice.bytes;
        // libogg's table-driven CRC (polynomial 0x04c11db7, not reflected, from 0).
        quint32 table[256];
        for (quint32 i = 0; i < 256; ++i) {
            quint32 r = i << 24;
            for (int bit = 0; bit < 8; ++bit)
                r = (r & 0x80000000u) ? (r << 1) ^ 0x04c11db7u : (r << 1);
            table[i] = r;
        }
        int pages = 0;
        int audioPackets = 0;
        quint8 lastFlags = 0;
        qint64 at = 0;
        while (at < bytes.size()) {
            QCOMPARE(bytes.mid(at, 4), QByteArray("OggS"));
            const int segments = quint8(bytes.at(at + 26));
            int dataSize = 0;
            for (int i = 0; i < segments; ++i)
                dataSize += quint8(bytes.at(at + 27 + i));
            const qint64 size = 27 + segments + dataSize;
            QByteArray page = bytes.mid(at, size);
            const quint32 stored = qFromLittleEndian<quint32>(page.constData() + 22);
            page.replace(22, 4, QByteArray(4, '\0'));
            quint32 crc = 0;
            for (const char c : page)
                crc = (crc << 8) ^ table[((crc >> 24) & 0xff) ^ quint8(c)];
            QCOMPARE(crc, stored);
            const QByteArray data = page.right(dataSize);
            if (pages == 0) {
                QCOMPARE(quint8(page.at(5)), quint8(0x02)); // beginning of stream
                QVERIFY(data.startsWith("OpusHead"));
                QCOMPARE(quint8(data.at(9)), quint8(1)); // mono
            } else if (pages == 1) {
                QVERIFY(data.startsWith("OpusTags"));
            } else {
                audioPackets += segments;
            }
            lastFlags = quint8(page.at(5));
            ++pages;
            at += size;
        }
        QCOMPARE(at, bytes.size());
        QCOMPARE(lastFlags, quint8(0x04)); // end of stream
        QVERIFY(audioPackets >= 100);      // at least two seconds of 20 ms frames
    }
};

QTEST_GUILESS_MAIN(SimRulesTest)
#include "tst_simrules.moc"

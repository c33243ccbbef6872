#include "core/rules/attachmentrules.h"

#include <QTest>

using namespace parley;

namespace {

QByteArray bytes(const char *data, int length)
{
    return QByteArray(data, length) + QByteArray(16, '\0');
}

const QByteArray jpegHead = bytes("\xFF\xD8\xFF\xE0", 4);
const QByteArray pngHead = bytes("\x89PNG\r\n\x1A\n", 8);
const QByteArray pdfHead = bytes("%PDF-1.7", 8);
const QByteArray id3Head = bytes("ID3\x04\x00", 5);
const QByteArray mp3FrameHead = bytes("\xFF\xFB\x90\x64", 4); // MPEG-1 Layer III
const QByteArray mp4Head = bytes("\x00\x00\x00\x20"
                                 "ftypisom",
                                 12);
const QByteArray docHead = bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
const QByteArray docxHead = bytes("PK\x03\x04\x14\x00", 6);

AttachmentCandidate file(const QString &name, qint64 size, const QByteArray &head)
{
    return {name, size, head};
}

QStringList codes(const RuleErrors &errors)
{
    QStringList list;
    for (const RuleError &error : errors)
        list << error.code;
    return list;
}

} // namespace

class AttachmentRulesTest : public QObject {
    Q_OBJECT
private slots:
    void classifiesEveryAllowedExtension_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<MessageKind>("kind");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<qint64>("maxBytes");
        QTest::newRow("jpg") << "a.jpg" << MessageKind::Image << "image/jpeg" << 5242880LL;
        QTest::newRow("jpeg") << "a.jpeg" << MessageKind::Image << "image/jpeg" << 5242880LL;
        QTest::newRow("png") << "a.png" << MessageKind::Image << "image/png" << 5242880LL;
        QTest::newRow("pdf") << "a.pdf" << MessageKind::Document << "application/pdf"
                             << 104857600LL;
        QTest::newRow("mp3") << "a.mp3" << MessageKind::Audio << "audio/mpeg" << 16777216LL;
        QTest::newRow("mp4") << "a.mp4" << MessageKind::Video << "video/mp4" << 16777216LL;
        QTest::newRow("doc") << "a.doc" << MessageKind::Document << "application/msword"
                             << 104857600LL;
        QTest::newRow("docx") << "a.docx" << MessageKind::Document
                              << "application/vnd.openxmlformats-officedocument."
                                 "wordprocessingml.document"
                              << 104857600LL;
        QTest::newRow("upper case")
            << "SCAN.PDF" << MessageKind::Document << "application/pdf" << 104857600LL;
        QTest::newRow("mixed case")
            << "Photo.JpEg" << MessageKind::Image << "image/jpeg" << 5242880LL;
        QTest::newRow("dots in name") << "q1.report.v2.docx" << MessageKind::Document
                                      << "application/vnd.openxmlformats-officedocument."
                                         "wordprocessingml.document"
                                      << 104857600LL;
        QTest::newRow("windows path")
            << "C:\\Users\\ana\\song.mp3" << MessageKind::Audio << "audio/mpeg" << 16777216LL;
    }
    void classifiesEveryAllowedExtension()
    {
        QFETCH(QString, name);
        QFETCH(MessageKind, kind);
        QFETCH(QString, mime);
        QFETCH(qint64, maxBytes);
        const auto type = classifyAttachment(name);
        QVERIFY(type.has_value());
        QCOMPARE(type->kind, kind);
        QCOMPARE(type->mimeType, mime);
        QCOMPARE(type->maxBytes, maxBytes);
    }

    void refusesOtherExtensions_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"a.gif", "a.webp", "a.txt", "a.xlsx", "a.ogg", "a.exe",
                                 "a.pdf.exe", "noextension", "trailingdot.", "a.jpgx"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void refusesOtherExtensions()
    {
        QFETCH(QString, name);
        QVERIFY(!classifyAttachment(name).has_value());
        const RuleErrors errors = checkAttachments({file(name, 100, pdfHead)});
        QCOMPARE(codes(errors), QStringList{QStringLiteral("attachment_type_not_allowed")});
        QCOMPARE(errors.first().args.value(QStringLiteral("file")).toString(), name);
        QVERIFY(errors.first().message().contains(name));
        QVERIFY(errors.first().message().contains(QStringLiteral(".docx")));
    }

    void sizeLimitsInMebibytes()
    {
        QCOMPARE(megabyte, 1048576LL);
        QCOMPARE(maxImageBytes, 5242880LL);
        QCOMPARE(maxAudioBytes, 16777216LL);
        QCOMPARE(maxVideoBytes, 16777216LL);
        QCOMPARE(maxDocumentBytes, 104857600LL);
    }

    void contentMustMatchExtension_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("jpg ok") << "a.jpg" << jpegHead << true;
        QTest::newRow("png ok") << "a.png" << pngHead << true;
        QTest::newRow("pdf ok") << "a.pdf" << pdfHead << true;
        QTest::newRow("mp3 id3") << "a.mp3" << id3Head << true;
        QTest::newRow("mp3 frame sync") << "a.mp3" << mp3FrameHead << true;
        QTest::newRow("mp3 mpeg2 layer3") << "a.mp3" << bytes("\xFF\xF3\x40\xC4", 4) << true;
        QTest::newRow("mp4 ok") << "a.mp4" << mp4Head << true;
        QTest::newRow("doc ok") << "a.doc" << docHead << true;
        QTest::newRow("docx ok") << "a.docx" << docxHead << true;
        QTest::newRow("png holding pdf") << "photo.png" << pdfHead << false;
        QTest::newRow("jpg holding png") << "a.jpg" << pngHead << false;
        QTest::newRow("pdf holding docx") << "a.pdf" << docxHead << false;
        QTest::newRow("doc holding docx") << "a.doc" << docxHead << false;
        QTest::newRow("docx holding doc") << "a.docx" << docHead << false;
        QTest::newRow("mp3 holding aac adts") << "a.mp3" << bytes("\xFF\xF1\x50\x80", 4) << false;
        QTest::newRow("mp3 reserved version") << "a.mp3" << bytes("\xFF\xEB\x90\x64", 4) << false;
        QTest::newRow("mp3 holding jpeg") << "a.mp3" << jpegHead << false;
        QTest::newRow("mp4 ftyp at 0") << "a.mp4" << bytes("ftypisom", 8) << false;
        QTest::newRow("truncated png magic") << "a.png" << QByteArray("\x89PNG\r\n", 6) << false;
        QTest::newRow("no bytes given") << "a.pdf" << QByteArray() << false;
        QTest::newRow("text as pdf") << "a.pdf" << QByteArray("hello world") << false;
    }
    void contentMustMatchExtension()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, head);
        QFETCH(bool, accepted);
        const RuleErrors errors = checkAttachments({file(name, 1000, head)});
        if (accepted) {
            QVERIFY2(errors.isEmpty(), qPrintable(codes(errors).join(QLatin1Char(','))));
        } else {
            QCOMPARE(codes(errors), QStringList{QStringLiteral("attachment_content_mismatch")});
            QVERIFY(errors.first().message().contains(name));
        }
    }

    void pngNamedPdfNamesExpectedType()
    {
        const RuleErrors errors =
            checkAttachments({file(QStringLiteral("photo.png"), 10, pdfHead)});
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().args.value(QStringLiteral("expected")).toString(),
                 QStringLiteral("PNG"));
        QCOMPARE(errors.first().message(),
                 QStringLiteral("photo.png cannot be sent: its name says PNG, but its content is "
                                "not a PNG file."));
    }

    void fivefilesPassSixDoNot()
    {
        QList<AttachmentCandidate> files;
        for (int i = 1; i <= 5; ++i)
            files << file(QStringLiteral("p%1.jpg").arg(i), 100, jpegHead);
        QVERIFY(checkAttachments(files).isEmpty());
        files << file(QStringLiteral("p6.jpg"), 100, jpegHead);
        RuleErrors errors = checkAttachments(files);
        QCOMPARE(codes(errors), QStringList{QStringLiteral("attachment_too_many")});
        QCOMPARE(errors.first().args.value(QStringLiteral("files")).toString(),
                 QStringLiteral("p6.jpg"));
        QCOMPARE(errors.first().args.value(QStringLiteral("count")).toLongLong(), 6);
        QVERIFY(errors.first().message().contains(QStringLiteral("p6.jpg")));
        files << file(QStringLiteral("p7.jpg"), 100, jpegHead);
        errors = checkAttachments(files);
        QCOMPARE(errors.first().args.value(QStringLiteral("files")).toString(),
                 QStringLiteral("p6.jpg, p7.jpg"));
        QVERIFY(checkAttachments({}).isEmpty());
    }

    void sizeBoundaries_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("accepted");
        const qint64 mb = 1048576;
        QTest::newRow("image 5 MB") << "a.jpg" << jpegHead << 5 * mb << true;
        QTest::newRow("image 5 MB + 1") << "a.jpg" << jpegHead << 5 * mb + 1 << false;
        QTest::newRow("png 5 MB + 1") << "a.png" << pngHead << 5 * mb + 1 << false;
        QTest::newRow("audio 16 MB") << "a.mp3" << id3Head << 16 * mb << true;
        QTest::newRow("audio 16 MB + 1") << "a.mp3" << id3Head << 16 * mb + 1 << false;
        QTest::newRow("video 16 MB") << "a.mp4" << mp4Head << 16 * mb << true;
        QTest::newRow("video 16 MB + 1") << "a.mp4" << mp4Head << 16 * mb + 1 << false;
        QTest::newRow("pdf 100 MB") << "a.pdf" << pdfHead << 100 * mb << true;
        QTest::newRow("pdf 100 MB + 1") << "a.pdf" << pdfHead << 100 * mb + 1 << false;
        QTest::newRow("docx 100 MB + 1") << "a.docx" << docxHead << 100 * mb + 1 << false;
        QTest::newRow("one byte pdf") << "a.pdf" << pdfHead << 1LL << true;
        QTest::newRow("decimal 5 MB image") << "a.jpg" << jpegHead << 5000000LL << true;
    }
    void sizeBoundaries()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, head);
        QFETCH(qint64, size);
        QFETCH(bool, accepted);
        const RuleErrors errors = checkAttachments({file(name, size, head)});
        if (accepted) {
            QVERIFY(errors.isEmpty());
        } else {
            QCOMPARE(codes(errors), QStringList{QStringLiteral("attachment_too_large")});
            QCOMPARE(errors.first().args.value(QStringLiteral("size")).toLongLong(), size);
            QVERIFY(errors.first().message().contains(name));
            QVERIFY(!errors.first().message().contains(QLatin1Char('{')));
        }
    }

    void tooLargeMessageGivesLimitInMegabytes()
    {
        const RuleErrors errors =
            checkAttachments({file(QStringLiteral("clip.mp4"), 16 * megabyte + 1, mp4Head)});
        QCOMPARE(errors.first().message(),
                 QStringLiteral("clip.mp4 is too large: WhatsApp accepts at most 16 MB for this "
                                "type of file."));
        QCOMPARE(errors.first().args.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("video"));
    }

    void emptyFilesRefused()
    {
        const RuleErrors errors = checkAttachments({file(QStringLiteral("blank.pdf"), 0, {})});
        QCOMPARE(codes(errors), QStringList{QStringLiteral("attachment_empty")});
        QCOMPARE(errors.first().message(),
                 QStringLiteral("blank.pdf is empty and cannot be sent."));
        QCOMPARE(codes(checkAttachments({file(QStringLiteral("x.pdf"), -1, pdfHead)})),
                 QStringList{QStringLiteral("attachment_empty")});
    }

    void reportsEveryViolationInFileOrder()
    {
        const RuleErrors errors = checkAttachments({
            file(QStringLiteral("ok.pdf"), 10, pdfHead),
            file(QStringLiteral("virus.exe"), 10, {}),
            file(QStringLiteral("fake.png"), 6 * megabyte, pdfHead),
            file(QStringLiteral("empty.doc"), 0, {}),
            file(QStringLiteral("a.mp3"), 10, id3Head),
            file(QStringLiteral("b.mp3"), 10, id3Head),
        });
        QCOMPARE(codes(errors), (QStringList{QStringLiteral("attachment_too_many"),
                                             QStringLiteral("attachment_type_not_allowed"),
                                             QStringLiteral("attachment_content_mismatch"),
                                             QStringLiteral("attachment_too_large"),
                                             QStringLiteral("attachment_empty")}));
        QCOMPARE(errors.at(2).args.value(QStringLiteral("file")).toString(),
                 QStringLiteral("fake.png"));
        QCOMPARE(errors.at(3).args.value(QStringLiteral("file")).toString(),
                 QStringLiteral("fake.png"));
        for (const RuleError &error : errors) {
            QVERIFY(error.message() != error.code);
            QVERIFY2(!error.message().contains(QLatin1Char('{')), qPrintable(error.message()));
        }
    }

    void extensionHelper()
    {
        QCOMPARE(fileExtension(QStringLiteral("A.B.PNG")), QStringLiteral("png"));
        QCOMPARE(fileExtension(QStringLiteral("dir.v2/readme")), QString());
        QCOMPARE(fileExtension(QStringLiteral("noext")), QString());
        QCOMPARE(fileFormatLabel(FileFormat::Docx), QStringLiteral("DOCX"));
    }
};

QTEST_GUILESS_MAIN(AttachmentRulesTest)
#include "tst_attachmentrules.moc"

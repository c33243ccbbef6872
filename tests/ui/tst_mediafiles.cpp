// Issue #10 items 8–10 against the real hub with the sim as WhatsApp: a customer's photo and PDF
// saved byte for byte (sha256 of the customer's file), a cancelled or failed save that leaves
// nothing behind, Open on a private copy kept to its cap, and the photo viewer. Thumbnails and
// the media in the chat and the Attachments tab are tst_mediathumbnails.
#include "core/sync/filedownload.h"
#include "mediafilesfixture.h"
#include "ui/media/photoviewer.h"

#include <QDesktopServices>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

// Collects what QDesktopServices would hand to the system.
class OpenedUrls : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

} // namespace

class MediaFilesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { m_media.start(); }

    void saveWritesTheCustomersFile()
    {
        const QString target = m_media.scratch.filePath(QStringLiteral("saved/broken.png"));
        FileDownload *download = m_media.files->saveAs(m_media.photo, target);
        QSignalSpy progress(download, &FileDownload::progress);
        QSignalSpy finished(download, &FileDownload::finished);
        QVERIFY(finished.wait(15000));
        QCOMPARE(int(download->outcome()), int(FileDownload::Outcome::Saved));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(fileSha256(target), sha256(m_media.photoBytes));
        QCOMPARE(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files),
                 QStringList{QStringLiteral("broken.png")});
    }

    void cancelledSaveLeavesNothing_data()
    {
        QTest::addColumn<bool>("afterFirstBytes");
        QTest::newRow("before any byte") << false;
        QTest::newRow("after the first bytes") << true;
    }

    void cancelledSaveLeavesNothing()
    {
        QFETCH(bool, afterFirstBytes);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("broken.png"));
        FileDownload *download = m_media.files->saveAs(m_media.photo, target);
        QSignalSpy finished(download, &FileDownload::finished);
        if (afterFirstBytes)
            connect(download, &FileDownload::progress, download, &FileDownload::cancel);
        else
            download->cancel(); // reported at once
        QVERIFY(!finished.isEmpty() || finished.wait(15000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(int(download->outcome()), int(FileDownload::Outcome::Cancelled));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }

    void failedSaveLeavesNothing()
    {
        QTemporaryDir dir;
        Message missing = m_media.photo;
        missing.id = 999999;
        FileDownload *download =
            m_media.files->saveAs(missing, dir.filePath(QStringLiteral("x.png")));
        QSignalSpy finished(download, &FileDownload::finished);
        QVERIFY(finished.wait(15000));
        QCOMPARE(int(download->outcome()), int(FileDownload::Outcome::Failed));
        QCOMPARE(download->errorCode(), QStringLiteral("not_found"));

        // A body past the limit stops the download.
        FileDownload *tooLarge = m_media.client.download(
            QStringLiteral("/api/v1/messages/%1/media").arg(m_media.photo.id),
            dir.filePath(QStringLiteral("y.png")), 1024);
        QSignalSpy tooLargeFinished(tooLarge, &FileDownload::finished);
        QVERIFY(tooLargeFinished.wait(15000));
        QCOMPARE(tooLarge->errorCode(), QStringLiteral("too_large"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }

    void openHandsAPrivateCopyToTheSystem()
    {
        OpenedUrls opened;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &opened, "open");
        QSignalSpy done(m_media.files.get(), &MediaFiles::opened);
        m_media.files->open(m_media.pdf);
        QVERIFY(done.wait(15000));
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(opened.urls.size(), 1);
        const QString path = opened.urls.first().toLocalFile();
        QVERIFY(path.startsWith(m_media.scratch.filePath(QStringLiteral("files"))));
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("receipt.pdf"));
        QCOMPARE(QFile::permissions(m_media.scratch.filePath(QStringLiteral("files"))) & 0x0077, 0);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void privateCopiesKeepToTheirCap()
    {
        const QString dir = m_media.scratch.filePath(QStringLiteral("small-files"));
        // One byte: only the newest copy survives a prune.
        MediaFiles small(&m_media.client, dir, 1);
        QString first;
        small.fetchCopy(m_media.pdf, this,
                        [&first](const QString &path, const QString &) { first = path; });
        QTRY_VERIFY_WITH_TIMEOUT(!first.isEmpty(), 15000);
        QString second;
        small.fetchCopy(m_media.photo, this,
                        [&second](const QString &path, const QString &) { second = path; });
        QTRY_VERIFY_WITH_TIMEOUT(!second.isEmpty(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(first), 10000); // pruned on a worker thread
        QVERIFY(QFile::exists(second));
    }

    void viewerStepsThroughPhotosAndZooms()
    {
        Message second = m_media.photo; // the same file twice is enough to step
        PhotoViewer viewer(m_media.files.get(), {m_media.photo, second}, 0);
        QSignalSpy shown(&viewer, &PhotoViewer::photoShown);
        viewer.show();
        QVERIFY(shown.wait(15000));
        QCOMPARE(shown.value(0).value(1).toBool(), true);
        QCOMPARE(viewer.view()->image().size(), QSize(1100, 800));
        QVERIFY(!viewer.previousButton()->isEnabled());
        QVERIFY(viewer.nextButton()->isEnabled());
        const double fitted = viewer.view()->effectiveZoom();
        QTest::keyClick(&viewer, Qt::Key_Plus);
        QVERIFY(viewer.view()->effectiveZoom() > fitted);
        QTest::keyClick(&viewer, Qt::Key_0);
        QCOMPARE(viewer.view()->effectiveZoom(), fitted);
        QTest::mouseClick(viewer.nextButton(), Qt::LeftButton);
        QCOMPARE(viewer.current(), 1);
        QVERIFY(shown.wait(15000));
        QVERIFY(!viewer.nextButton()->isEnabled());
        QCOMPARE(viewer.statusText(), QStringLiteral("2 of 2"));
    }

private:
    MediaFilesFixture m_media;
};

QTEST_MAIN(MediaFilesTest)
#include "tst_mediafiles.moc"

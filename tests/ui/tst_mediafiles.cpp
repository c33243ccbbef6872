// Issue #10 items 8–10 against the real hub with the sim as WhatsApp: a customer's photo and PDF
// saved byte for byte (sha256 of the customer's file), a cancelled or failed save that leaves
// nothing behind, Open on a private copy, thumbnails made off the GUI thread and cached beside
// the mirror, the bubbles' media parts and the Attachments tab.
#include "../core/mirrorfixture.h"
#include "core/protocol/entitycodec.h"
#include "core/sync/filedownload.h"
#include "core/sync/hubclient.h"
#include "hubprocess.h"
#include "simprocess.h"
#include "ui/conversation/conversationpane.h"
#include "ui/media/attachmentlistmodel.h"
#include "ui/media/attachmentstab.h"
#include "ui/media/mediaactions.h"
#include "ui/media/mediabubble.h"
#include "ui/media/mediafiles.h"
#include "ui/media/photoviewer.h"
#include "ui/media/thumbnailcache.h"
#include "ui/models/messagedelegate.h"
#include "ui/models/messagelistmodel.h"

#include <QBuffer>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? sha256(file.readAll()) : QByteArray();
}

// A photo of noise: a few megabytes of PNG, so that the download comes in many pieces.
QByteArray noisyPng(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(42);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = 0xff000000u | random.generate();
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

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
    void initTestCase()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("agent"),
                               QStringLiteral("ana-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        m_token = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QVERIFY(!m_token.isEmpty());
        m_client.setHub(m_hub.url());
        m_client.setToken(m_token);
        m_photoBytes = noisyPng(1100, 800);
        QVERIFY(m_photoBytes.size() > 2 * 1024 * 1024);
        QVERIFY(m_photoBytes.size() < 5 * 1024 * 1024); // Meta's limit for images
        m_photo = customerSends(QStringLiteral("image"), QStringLiteral("image/png"),
                                QStringLiteral("broken.png"), m_photoBytes,
                                QStringLiteral("It arrived like this"));
        QVERIFY(m_photo.id > 0);
        // No bytes given: the sim's own one-page PDF.
        m_pdf = customerSends(QStringLiteral("document"), QStringLiteral("application/pdf"),
                              QStringLiteral("receipt.pdf"), {}, QString());
        QVERIFY(m_pdf.id > 0);
        m_files =
            std::make_unique<MediaFiles>(&m_client, m_scratch.filePath(QStringLiteral("files")));
    }

    void saveWritesTheCustomersFile()
    {
        const QString target = m_scratch.filePath(QStringLiteral("saved/broken.png"));
        FileDownload *download = m_files->saveAs(m_photo, target);
        QSignalSpy progress(download, &FileDownload::progress);
        QSignalSpy finished(download, &FileDownload::finished);
        QVERIFY(finished.wait(15000));
        QCOMPARE(int(download->outcome()), int(FileDownload::Outcome::Saved));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(fileSha256(target), sha256(m_photoBytes));
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
        FileDownload *download = m_files->saveAs(m_photo, target);
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
        Message missing = m_photo;
        missing.id = 999999;
        FileDownload *download = m_files->saveAs(missing, dir.filePath(QStringLiteral("x.png")));
        QSignalSpy finished(download, &FileDownload::finished);
        QVERIFY(finished.wait(15000));
        QCOMPARE(int(download->outcome()), int(FileDownload::Outcome::Failed));
        QCOMPARE(download->errorCode(), QStringLiteral("not_found"));

        // A body past the limit stops the download.
        FileDownload *tooLarge =
            m_client.download(QStringLiteral("/api/v1/messages/%1/media").arg(m_photo.id),
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
        QSignalSpy done(m_files.get(), &MediaFiles::opened);
        m_files->open(m_pdf);
        QVERIFY(done.wait(15000));
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(opened.urls.size(), 1);
        const QString path = opened.urls.first().toLocalFile();
        QVERIFY(path.startsWith(m_scratch.filePath(QStringLiteral("files"))));
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("receipt.pdf"));
        QCOMPARE(QFile::permissions(m_scratch.filePath(QStringLiteral("files"))) & 0x0077, 0);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void privateCopiesKeepToTheirCap()
    {
        const QString dir = m_scratch.filePath(QStringLiteral("small-files"));
        MediaFiles small(&m_client, dir, 1); // one byte: only the newest copy survives a prune
        QString first;
        small.fetchCopy(m_pdf, this,
                        [&first](const QString &path, const QString &) { first = path; });
        QTRY_VERIFY_WITH_TIMEOUT(!first.isEmpty(), 15000);
        QString second;
        small.fetchCopy(m_photo, this,
                        [&second](const QString &path, const QString &) { second = path; });
        QTRY_VERIFY_WITH_TIMEOUT(!second.isEmpty(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(first), 10000); // pruned on a worker thread
        QVERIFY(QFile::exists(second));
    }

    void thumbnailsAreMadeOnceAndKeptBesideTheMirror()
    {
        const QString dir = m_scratch.filePath(QStringLiteral("thumbnails"));
        {
            ThumbnailCache cache(m_files.get(), dir);
            QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
            QVERIFY(cache.thumbnail(m_photo).isNull()); // a placeholder first
            QVERIFY(cache.thumbnail(m_pdf).isNull());
            QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 20000);
            const QImage photo = cache.thumbnail(m_photo);
            QVERIFY(!photo.isNull());
            QCOMPARE(qMax(photo.width(), photo.height()), ThumbnailCache::edge);
            const QImage page = cache.thumbnail(m_pdf);
            QVERIFY(!page.isNull());
            // The sim's page is 300 × 144 points: its shape is kept.
            QCOMPARE(page.width(), ThumbnailCache::edge);
            QCOMPARE(page.height(), qRound(144.0 * ThumbnailCache::edge / 300));
            QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 2);
        }
        // A later session reads them from disk without the hub: nothing is fetched again.
        HubClient offline;
        offline.setHub(QUrl(QStringLiteral("http://127.0.0.1:9")));
        MediaFiles noFiles(&offline, m_scratch.filePath(QStringLiteral("nofiles")));
        ThumbnailCache later(&noFiles, dir);
        QSignalSpy ready(&later, &ThumbnailCache::thumbnailReady);
        QVERIFY(later.thumbnail(m_photo).isNull());
        QVERIFY(ready.wait(10000));
        QVERIFY(!later.thumbnail(m_photo).isNull());
        QVERIFY(
            QDir(m_scratch.filePath(QStringLiteral("nofiles"))).entryList(QDir::Files).isEmpty());
    }

    void thumbnailCacheKeepsToItsCap()
    {
        const QString dir = m_scratch.filePath(QStringLiteral("small-thumbnails"));
        ThumbnailCache cache(m_files.get(), dir, 1); // one byte: only the newest survives a prune
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        cache.thumbnail(m_photo);
        QVERIFY(ready.wait(20000));
        cache.thumbnail(m_pdf);
        QVERIFY(ready.wait(20000));
        cache.waitForIdle();
        QVERIFY(QDir(dir).entryList(QDir::Files).size() <= 1);
    }

    void bubblesShowMediaWithTheirCaption()
    {
        Mirror mirror;
        QVERIFY(mirror.open(m_scratch.filePath(QStringLiteral("mirror/mirror.sqlite"))) ==
                Mirror::OpenStatus::Ok);
        EventLog log;
        Conversation c;
        c.id = m_photo.conversationId;
        c.channelId = 1;
        c.customerNumber = QStringLiteral("5511987654321");
        c.customerName = QStringLiteral("Ana Souza");
        c.lastMessageAt = m_pdf.createdAt;
        QVERIFY(
            mirror.apply(batchOf({log.conversation(c), log.message(m_photo), log.message(m_pdf)})));
        QCOMPARE(ThumbnailCache::dirBeside(mirror.database()),
                 m_scratch.filePath(QStringLiteral("mirror/thumbnails")));

        MessageListModel messages(mirror.database());
        messages.setConversation(c.id);
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isLoading(), 10000);
        QCOMPARE(messages.rowCount(), 2);
        QListView view;
        view.resize(600, 800);
        auto *delegate = new MessageDelegate(&view);
        view.setItemDelegate(delegate);
        view.setModel(&messages);
        ThumbnailCache cache(m_files.get(),
                             m_scratch.filePath(QStringLiteral("mirror/thumbnails")));
        delegate->setThumbnails(&cache);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.widget = &view;
        option.rect = QRect(0, 0, 600, 400);
        const QModelIndex photoRow = messages.index(0, 0);
        const QRect photoMedia = delegate->mediaRect(option, photoRow);
        QCOMPARE(photoMedia.size(), MediaBubble::size(m_photo, 1000));
        // The caption is under the picture, the file name is not repeated as text.
        QCOMPARE(photoRow.data(MessageListModel::TextRole).toString(),
                 QStringLiteral("It arrived like this"));
        const QRect pdfMedia = delegate->mediaRect(option, messages.index(1, 0));
        QVERIFY(pdfMedia.height() > 150); // the first page above the document card
        // Painting asks for the thumbnails (placeholders first) and they arrive.
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QImage canvas(600, 800, QImage::Format_ARGB32);
        QPainter painter(&canvas);
        delegate->paint(&painter, option, photoRow);
        QTRY_VERIFY_WITH_TIMEOUT(!cache.thumbnail(m_photo).isNull(), 20000);
        // The thumbnail is painted where the placeholder was: the bubble keeps its size.
        QCOMPARE(delegate->mediaRect(option, photoRow), photoMedia);
        delegate->paint(&painter, option, photoRow);
        painter.end();
        const QColor centre = canvas.pixelColor(photoMedia.center());
        QVERIFY(centre.alpha() == 255);

        // A file's context menu in the chat opens and saves it.
        ConversationPane pane(mirror.database());
        MediaActions actions(mirror.database(), m_files.get(), &pane);
        pane.setMedia(&actions, &cache);
        pane.showConversation(c);
        QTRY_VERIFY_WITH_TIMEOUT(!pane.messages()->isLoading(), 10000);
        std::unique_ptr<QMenu> menu(pane.messageMenu(pane.messages()->index(0, 0)));
        QVERIFY(menu);
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("openMedia")));
        QAction *saveAction = menu->findChild<QAction *>(QStringLiteral("saveMedia"));
        QVERIFY(saveAction);
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("copyMessage"))); // the caption
        QSignalSpy status(&actions, &MediaActions::status);
        const QString viaPane = m_scratch.filePath(QStringLiteral("saved/from-chat.png"));
        actions.saveTo(pane.messages()
                           ->data(pane.messages()->index(0, 0), MessageListModel::MessageRole)
                           .value<Message>(),
                       viaPane);
        QVERIFY(status.wait(15000));
        QCOMPARE(fileSha256(viaPane), sha256(m_photoBytes));

        // The Attachments tab: both files, newest first, with name, type, size and sender.
        AttachmentsTab tab(mirror.database());
        tab.setMedia(m_files.get(), &cache);
        tab.setConversation(c.id, c.customerName);
        AttachmentListModel *model = tab.model();
        QTRY_COMPARE(model->rowCount(), 2); // read on the store's reader thread
        QCOMPARE(model->index(0, AttachmentListModel::NameColumn).data().toString(),
                 QStringLiteral("receipt.pdf"));
        QVERIFY(model->index(0, AttachmentListModel::TypeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("PDF")));
        // WhatsApp gives photos no file name: the row says what it is.
        QCOMPARE(model->index(1, AttachmentListModel::NameColumn).data().toString(),
                 QStringLiteral("Photo"));
        QCOMPARE(model->index(1, AttachmentListModel::SenderColumn).data().toString(),
                 QStringLiteral("Ana Souza"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !model->index(1, AttachmentListModel::NameColumn).data(Qt::DecorationRole).isNull(),
            20000);
        tab.filterBox()->setCurrentIndex(
            tab.filterBox()->findData(int(AttachmentListModel::Filter::Photos)));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->messageAt(0).id, m_photo.id);
        tab.filterBox()->setCurrentIndex(
            tab.filterBox()->findData(int(AttachmentListModel::Filter::Audio)));
        QCOMPARE(model->rowCount(), 0);
        tab.filterBox()->setCurrentIndex(0);
        QVERIFY(!tab.saveButton()->isEnabled());
        tab.view()->setCurrentIndex(model->index(1, 0));
        QVERIFY(tab.saveButton()->isEnabled());
        // The chosen file is fetched, and then it can be dragged out as a file.
        QTRY_VERIFY_WITH_TIMEOUT(model->flags(model->index(1, 0)) & Qt::ItemIsDragEnabled, 15000);
        std::unique_ptr<QMimeData> drag(model->mimeData({model->index(1, 0)}));
        QVERIFY(drag);
        QCOMPARE(fileSha256(drag->urls().value(0).toLocalFile()), sha256(m_photoBytes));
        QSignalSpy show(&tab, &AttachmentsTab::showInChatRequested);
        QSignalSpy open(&tab, &AttachmentsTab::openRequested);
        QTest::mouseClick(tab.showInChatButton(), Qt::LeftButton);
        QCOMPARE(show.value(0).value(0).toLongLong(), m_photo.id);
        emit tab.view()->doubleClicked(model->index(0, 0));
        QCOMPARE(open.value(0).value(0).value<Message>().id, m_pdf.id);
    }

    void viewerStepsThroughPhotosAndZooms()
    {
        Message second = m_photo; // the same file twice is enough to step
        PhotoViewer viewer(m_files.get(), {m_photo, second}, 0);
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
    // The customer sends a file through the sim; the message as the hub serves it, once the
    // hub has fetched the file from Graph.
    Message customerSends(const QString &type, const QString &mime, const QString &filename,
                          const QByteArray &bytes, const QString &caption)
    {
        QJsonObject media{{"type", type}, {"mime_type", mime}, {"filename", filename}};
        if (!bytes.isEmpty())
            media.insert(QStringLiteral("data_base64"), QString::fromLatin1(bytes.toBase64()));
        if (!caption.isEmpty())
            media.insert(QStringLiteral("caption"), caption);
        const HttpReply sent = m_sim.inbound(
            QJsonObject{{"from", "5511987654321"}, {"name", "Ana Souza"}, {"media", media}});
        if (sent.status != 200) {
            qWarning("sim refused: %s", sent.body.constData());
            return {};
        }
        const QString wamid = sent.json().value(QStringLiteral("wamid")).toString();
        Message message;
        QDeadlineTimer deadline(20000);
        while (!found(wamid, &message) && !deadline.hasExpired())
            QTest::qWait(50);
        while (message.id != 0 && !deadline.hasExpired() &&
               m_hub.get(QStringLiteral("/api/v1/messages/%1/media").arg(message.id), m_token)
                       .status != 200)
            QTest::qWait(50);
        return deadline.hasExpired() ? Message() : message;
    }

    bool found(const QString &wamid, Message *message)
    {
        for (const QJsonValue &event : m_hub.events(m_token)) {
            if (event["type"] == QStringLiteral("message.created") &&
                event["data"]["wamid"].toString() == wamid) {
                QString error;
                return fromJson(event["data"].toObject(), message, &error);
            }
        }
        return false;
    }

    HubProcess m_hub;
    SimProcess m_sim;
    QString m_token;
    HubClient m_client;
    QTemporaryDir m_scratch;
    QByteArray m_photoBytes;
    Message m_photo;
    Message m_pdf;
    std::unique_ptr<MediaFiles> m_files;
};

QTEST_MAIN(MediaFilesTest)
#include "tst_mediafiles.moc"

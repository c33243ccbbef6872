// Issue #10's media in the chat, against the real hub with the sim as WhatsApp: thumbnails made
// off the GUI thread once and cached beside the mirror within their cap, the bubbles' media parts
// with their captions, a file's context menu in the chat, and the Attachments tab.
#include "mediafilesfixture.h"
#include "ui/conversation/conversationpane.h"
#include "ui/media/attachmentlistmodel.h"
#include "ui/media/attachmentstab.h"
#include "ui/media/mediaactions.h"
#include "ui/media/mediabubble.h"
#include "ui/media/thumbnailcache.h"
#include "ui/models/messagedelegate.h"
#include "ui/models/messagelistmodel.h"

#include <QComboBox>
#include <QDir>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class MediaThumbnailsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { m_media.start(); }

    void thumbnailsAreMadeOnceAndKeptBesideTheMirror()
    {
        const QString dir = m_media.scratch.filePath(QStringLiteral("thumbnails"));
        {
            ThumbnailCache cache(m_media.files.get(), dir);
            QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
            QVERIFY(cache.thumbnail(m_media.photo).isNull()); // a placeholder first
            QVERIFY(cache.thumbnail(m_media.pdf).isNull());
            QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 20000);
            const QImage photo = cache.thumbnail(m_media.photo);
            QVERIFY(!photo.isNull());
            QCOMPARE(qMax(photo.width(), photo.height()), ThumbnailCache::edge);
            const QImage page = cache.thumbnail(m_media.pdf);
            QVERIFY(!page.isNull());
            // The sim's page is 300 × 144 points: its shape is kept.
            QCOMPARE(page.width(), ThumbnailCache::edge);
            QCOMPARE(page.height(), qRound(144.0 * ThumbnailCache::edge / 300));
            QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 2);
        }
        // A later session reads them from disk without the hub: nothing is fetched again.
        HubClient offline;
        offline.setHub(QUrl(QStringLiteral("http://127.0.0.1:9")));
        MediaFiles noFiles(&offline, m_media.scratch.filePath(QStringLiteral("nofiles")));
        ThumbnailCache later(&noFiles, dir);
        QSignalSpy ready(&later, &ThumbnailCache::thumbnailReady);
        QVERIFY(later.thumbnail(m_media.photo).isNull());
        QVERIFY(ready.wait(10000));
        QVERIFY(!later.thumbnail(m_media.photo).isNull());
        QVERIFY(QDir(m_media.scratch.filePath(QStringLiteral("nofiles")))
                    .entryList(QDir::Files)
                    .isEmpty());
    }

    void thumbnailCacheKeepsToItsCap()
    {
        const QString dir = m_media.scratch.filePath(QStringLiteral("small-thumbnails"));
        // One byte: only the newest survives a prune.
        ThumbnailCache cache(m_media.files.get(), dir, 1);
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        cache.thumbnail(m_media.photo);
        QVERIFY(ready.wait(20000));
        cache.thumbnail(m_media.pdf);
        QVERIFY(ready.wait(20000));
        cache.waitForIdle();
        QVERIFY(QDir(dir).entryList(QDir::Files).size() <= 1);
    }

    void bubblesShowMediaWithTheirCaption()
    {
        Mirror mirror;
        QVERIFY(mirror.open(m_media.scratch.filePath(QStringLiteral("mirror/mirror.sqlite"))) ==
                Mirror::OpenStatus::Ok);
        EventLog log;
        Conversation c;
        c.id = m_media.photo.conversationId;
        c.channelId = 1;
        c.customerNumber = QStringLiteral("5511987654321");
        c.customerName = QStringLiteral("Ana Souza");
        c.lastMessageAt = m_media.pdf.createdAt;
        QVERIFY(mirror.apply(
            batchOf({log.conversation(c), log.message(m_media.photo), log.message(m_media.pdf)})));
        QCOMPARE(ThumbnailCache::dirBeside(mirror.database()),
                 m_media.scratch.filePath(QStringLiteral("mirror/thumbnails")));

        MessageListModel messages(mirror.database());
        messages.setConversation(c.id);
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isLoading(), 10000);
        QCOMPARE(messages.rowCount(), 2);
        QListView view;
        view.resize(600, 800);
        auto *delegate = new MessageDelegate(&view);
        view.setItemDelegate(delegate);
        view.setModel(&messages);
        ThumbnailCache cache(m_media.files.get(),
                             m_media.scratch.filePath(QStringLiteral("mirror/thumbnails")));
        delegate->setThumbnails(&cache);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.widget = &view;
        option.rect = QRect(0, 0, 600, 400);
        const QModelIndex photoRow = messages.index(0, 0);
        const QRect photoMedia = delegate->mediaRect(option, photoRow);
        QCOMPARE(photoMedia.size(), MediaBubble::size(m_media.photo, 1000));
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
        QTRY_VERIFY_WITH_TIMEOUT(!cache.thumbnail(m_media.photo).isNull(), 20000);
        // The thumbnail is painted where the placeholder was: the bubble keeps its size.
        QCOMPARE(delegate->mediaRect(option, photoRow), photoMedia);
        delegate->paint(&painter, option, photoRow);
        painter.end();
        const QColor centre = canvas.pixelColor(photoMedia.center());
        QVERIFY(centre.alpha() == 255);

        // A file's context menu in the chat opens and saves it.
        ConversationPane pane(mirror.database());
        MediaActions actions(mirror.database(), m_media.files.get(), &pane);
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
        const QString viaPane = m_media.scratch.filePath(QStringLiteral("saved/from-chat.png"));
        actions.saveTo(pane.messages()
                           ->data(pane.messages()->index(0, 0), MessageListModel::MessageRole)
                           .value<Message>(),
                       viaPane);
        QVERIFY(status.wait(15000));
        QCOMPARE(fileSha256(viaPane), sha256(m_media.photoBytes));

        // The Attachments tab: both files, newest first, with name, type, size and sender.
        AttachmentsTab tab(mirror.database());
        tab.setMedia(m_media.files.get(), &cache);
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
        QCOMPARE(model->messageAt(0).id, m_media.photo.id);
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
        QCOMPARE(fileSha256(drag->urls().value(0).toLocalFile()), sha256(m_media.photoBytes));
        QSignalSpy show(&tab, &AttachmentsTab::showInChatRequested);
        QSignalSpy open(&tab, &AttachmentsTab::openRequested);
        QTest::mouseClick(tab.showInChatButton(), Qt::LeftButton);
        QCOMPARE(show.value(0).value(0).toLongLong(), m_media.photo.id);
        emit tab.view()->doubleClicked(model->index(0, 0));
        QCOMPARE(open.value(0).value(0).value<Message>().id, m_media.pdf.id);
    }

private:
    MediaFilesFixture m_media;
};

QTEST_MAIN(MediaThumbnailsTest)
#include "tst_mediathumbnails.moc"

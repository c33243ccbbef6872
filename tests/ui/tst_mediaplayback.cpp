// Issue #10 item 7, the parts that need Qt Multimedia, against the real hub with the sim as
// WhatsApp: a customer's Ogg/Opus voice note played in its bubble (length, then the position
// moving; one at a time), a video's bubble with its first frame and length, a file dragged
// out of a bubble as the private copy's URL, and Attachments rows that fit their thumbnails.
//
// Run twice by CTest: ui.tst_mediaplayback inside a desktop session with a PulseAudio null sink
// (PARLEY_TEST_AUDIO=pulse: the sound really plays, to nowhere), and ui.tst_mediaplayback_mute
// with no sound server (PARLEY_TEST_AUDIO=none), where the bubble must show the length and say
// that there is no audio output instead of pretending to play.
#include "mediafilesfixture.h"
#include "ui/conversation/conversationpane.h"
#include "ui/media/attachmentlistmodel.h"
#include "ui/media/attachmentstab.h"
#include "ui/media/audioplayer.h"
#include "ui/media/bubbledrag.h"
#include "ui/media/mediaactions.h"
#include "ui/media/mediabackend.h"
#include "ui/media/mediabubble.h"
#include "ui/media/mediafiles.h"
#include "ui/media/thumbnailcache.h"
#include "ui/media/videoposter.h"
#include "ui/models/messagedelegate.h"
#include "ui/models/messagelistmodel.h"

#include <QCursor>
#include <QFile>
#include <QListView>
#include <QMimeData>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class MediaPlaybackTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_expectAudio = qgetenv("PARLEY_TEST_AUDIO") == "pulse";
        m_media.startHub();
        if (QTest::currentTestFailed())
            return;
        // No bytes given: the sim's own Ogg/Opus voice notes and MP4.
        m_voice = m_media.customerSends(QStringLiteral("audio"), QStringLiteral("audio/ogg"));
        QVERIFY(m_voice.id > 0);
        m_secondVoice = m_media.customerSends(QStringLiteral("audio"), QStringLiteral("audio/ogg"));
        QVERIFY(m_secondVoice.id > 0);
        m_video = m_media.customerSends(QStringLiteral("video"), QStringLiteral("video/mp4"));
        QVERIFY(m_video.id > 0);
        QVERIFY(m_mirror.open(m_media.scratch.filePath(QStringLiteral("mirror/mirror.sqlite"))) ==
                Mirror::OpenStatus::Ok);
        EventLog log;
        m_conversation.id = m_voice.conversationId;
        m_conversation.channelId = 1;
        m_conversation.customerNumber = QStringLiteral("5511987654321");
        m_conversation.customerName = QStringLiteral("Ana Souza");
        m_conversation.lastMessageAt = m_video.createdAt;
        QVERIFY(m_mirror.apply(batchOf({log.conversation(m_conversation), log.message(m_voice),
                                        log.message(m_secondVoice), log.message(m_video)})));
        m_cache = std::make_unique<ThumbnailCache>(m_media.files.get(),
                                                   ThumbnailCache::dirBeside(m_mirror.database()));
        m_pane = std::make_unique<ConversationPane>(m_mirror.database());
        m_actions = new MediaActions(m_mirror.database(), m_media.files.get(), m_pane.get());
        m_pane->setMedia(m_actions, m_cache.get());
        m_pane->resize(700, 900);
        m_pane->showConversation(m_conversation);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->messages()->isLoading(), 10000);
        QCOMPARE(m_pane->messages()->rowCount(), 3);
    }

    void theAudioOutputIsWhatTheSessionHas()
    {
        // Says which half of the voice-note test this run checks, and fails when the session
        // promised a sound server that Qt Multimedia does not see.
        QCOMPARE(hasAudioOutput(), m_expectAudio);
    }

    void voiceNoteLengthShowsBeforeAnyPlay()
    {
        // The bubble on screen asked for the file and its container told the length: no click.
        AudioPlayer *player = m_actions->audio();
        QTRY_VERIFY_WITH_TIMEOUT(player->state(m_voice.id).durationMs > 0, 20000);
        QVERIFY(!player->state(m_voice.id).current);
        QVERIFY(!player->state(m_voice.id).playing);
        // The sim's voice note is 2 to 4 seconds of Opus (RFC 7845 granules less the pre-skip).
        const QString title = MediaBubble::audioTitle(m_voice, player->state(m_voice.id));
        QVERIFY2(QRegularExpression(QStringLiteral(" · 0:0[234]$")).match(title).hasMatch(),
                 qPrintable(title));
        QTRY_VERIFY_WITH_TIMEOUT(player->state(m_secondVoice.id).durationMs > 1500, 20000);
        QVERIFY(!player->state(m_secondVoice.id).current);
    }

    void voiceNotePlaysInItsBubble()
    {
        AudioPlayer *player = m_actions->audio();
        clickMedia(rowOf(m_voice.id));
        QVERIFY(player->state(m_voice.id).current);
        // The sim's voice note is 2 to 4 seconds of Opus.
        QTRY_VERIFY_WITH_TIMEOUT(player->state(m_voice.id).durationMs > 1500, 20000);
        QVERIFY(player->state(m_voice.id).durationMs < 5000);
        if (m_expectAudio) {
            QTRY_VERIFY_WITH_TIMEOUT(player->state(m_voice.id).playing, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(player->state(m_voice.id).positionMs > 0, 10000);
            const qint64 earlier = player->state(m_voice.id).positionMs;
            QTRY_VERIFY_WITH_TIMEOUT(player->state(m_voice.id).positionMs > earlier, 10000);
            QVERIFY(player->state(m_voice.id).problem.isEmpty());
            clickMedia(rowOf(m_voice.id)); // pause
            QTRY_VERIFY_WITH_TIMEOUT(!player->state(m_voice.id).playing, 5000);
            clickMedia(rowOf(m_voice.id)); // and on again
            QTRY_VERIFY_WITH_TIMEOUT(player->state(m_voice.id).playing, 5000);
        } else {
            // Nowhere to play it: the length is there, the bubble says why it does not play,
            // and no click makes it pretend.
            QTRY_VERIFY_WITH_TIMEOUT(!player->state(m_voice.id).loading, 10000);
            QCOMPARE(player->state(m_voice.id).problem,
                     AudioPlayer::tr("No audio output on this computer"));
            clickMedia(rowOf(m_voice.id));
            QVERIFY(!player->state(m_voice.id).playing);
            QCOMPARE(player->state(m_voice.id).positionMs, 0);
        }
        // The bubble paints that state: the progress text, not the file's size line.
        const QImage playing = paintRow(rowOf(m_voice.id));
        QVERIFY(!playing.isNull());

        // One at a time: starting the second stops the first.
        clickMedia(rowOf(m_secondVoice.id));
        QVERIFY(player->state(m_secondVoice.id).current);
        QVERIFY(!player->state(m_voice.id).current);
        QVERIFY(!player->state(m_voice.id).playing);
        QTRY_VERIFY_WITH_TIMEOUT(player->state(m_secondVoice.id).durationMs > 1500, 20000);
        if (m_expectAudio)
            QTRY_VERIFY_WITH_TIMEOUT(player->state(m_secondVoice.id).playing, 10000);
        // The first keeps its known length for its bubble.
        QVERIFY(player->state(m_voice.id).durationMs > 1500);
        player->stop();
        QVERIFY(!player->state(m_secondVoice.id).current);
    }

    void videoShowsItsFirstFrameAndLength()
    {
        const QModelIndex row = rowOf(m_video.id);
        paintRow(row); // painting asks for the poster
        QTRY_VERIFY_WITH_TIMEOUT(!m_cache->thumbnail(m_video).isNull(), 20000);
        const QImage poster = m_cache->thumbnail(m_video);
        // The sim's clip: 320×180, 3 s.
        QCOMPARE(poster.size(), QSize(320, 180));
        QVERIFY(VideoPoster::durationOf(poster) > 2500);
        QVERIFY(VideoPoster::durationOf(poster) < 3500);
        // The bubble shows the frame, not the dark placeholder, left of the play mark.
        const QImage painted = paintRow(row);
        const QRect media = BubbleDrag::mediaRect(m_pane->messageView(), row)
                                .translated(-m_pane->messageView()->visualRect(row).topLeft());
        const QColor placeholder(0x20, 0x24, 0x28);
        const QColor sample =
            painted.pixelColor(media.left() + media.width() / 6, media.top() + media.height() / 3);
        QVERIFY2(sample != placeholder, qPrintable(sample.name()));
        QVERIFY(qAbs(sample.red() - placeholder.red()) +
                    qAbs(sample.green() - placeholder.green()) +
                    qAbs(sample.blue() - placeholder.blue()) >
                60);
        // Kept beside the thumbnails: a new cache (a restart) has poster and length from disk.
        ThumbnailCache again(m_media.files.get(), ThumbnailCache::dirBeside(m_mirror.database()));
        QTRY_VERIFY_WITH_TIMEOUT(!again.thumbnail(m_video).isNull(), 10000);
        QCOMPARE(VideoPoster::durationOf(again.thumbnail(m_video)),
                 VideoPoster::durationOf(poster));
    }

    void fileDragsOutOfItsBubble()
    {
        auto *drag = m_pane->messageView()->findChild<BubbleDrag *>();
        QVERIFY(drag);
        QFile::remove(m_media.files->copyPath(m_video));
        const QModelIndex row = rowOf(m_video.id);
        const QPoint at = BubbleDrag::mediaRect(m_pane->messageView(), row).center() + QPoint(0, 1);
        QVERIFY(!drag->dragDataAt(at)); // no copy on disk, nothing to drag yet
        // Pressing on the bubble fetches the copy, so a drag right after carries the file.
        QTest::mousePress(m_pane->messageView()->viewport(), Qt::LeftButton, {}, at);
        std::unique_ptr<QMimeData> data;
        QTRY_VERIFY_WITH_TIMEOUT((data.reset(drag->dragDataAt(at)), data != nullptr), 20000);
        QTest::mouseRelease(m_pane->messageView()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(data->urls().size(), 1);
        const QString path = data->urls().first().toLocalFile();
        QCOMPARE(path, m_media.files->copyPath(m_video));
        // The customer's file, byte for byte (the sim's shipped clip).
        QCOMPARE(fileSha256(path), fileSha256(QStringLiteral(PARLEY_SIM_CLIP)));
        // Nowhere near a media part: nothing to drag.
        QVERIFY(!drag->dragDataAt(QPoint(2, 2)));
    }

    void attachmentRowsAreAsTallAsThumbnails()
    {
        // The rows are measured once (uniform heights) before any thumbnail is there; a
        // thumbnail arriving later must fit its row, not spill over the rows below.
        QTemporaryDir emptyCache;
        ThumbnailCache cache(m_media.files.get(), emptyCache.path());
        AttachmentsTab tab(m_mirror.database());
        tab.setMedia(m_media.files.get(), &cache);
        tab.setConversation(m_conversation.id, m_conversation.customerName);
        tab.resize(700, 400);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto *view = tab.findChild<QTreeView *>();
        QVERIFY(view);
        QTRY_COMPARE(view->model()->rowCount(), 3); // read on the store's reader thread
        for (int row = 0; row < 3; ++row)
            QVERIFY(view->visualRect(view->model()->index(row, 0)).height() >=
                    AttachmentListModel::thumbnailEdge);
        QTRY_VERIFY_WITH_TIMEOUT(!cache.thumbnail(m_video).isNull(), 20000);
        QVERIFY(view->visualRect(view->model()->index(0, 0)).height() >=
                AttachmentListModel::thumbnailEdge);
        cache.waitForIdle();
    }

    void cleanupTestCase()
    {
        m_pane.reset();
        if (m_cache)
            m_cache->waitForIdle();
    }

private:
    QModelIndex rowOf(Id messageId) const
    {
        MessageListModel *messages = m_pane->messages();
        for (int row = 0; row < messages->rowCount(); ++row) {
            const QModelIndex index = messages->index(row, 0);
            if (index.data(MessageListModel::MessageRole).value<Message>().id == messageId)
                return index;
        }
        return {};
    }

    // A click where an agent clicks: on the media part of the message's bubble.
    void clickMedia(const QModelIndex &index)
    {
        QListView *view = m_pane->messageView();
        view->scrollTo(index);
        const QPoint at = BubbleDrag::mediaRect(view, index).center();
        QCursor::setPos(view->viewport()->mapToGlobal(at));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    }

    QImage paintRow(const QModelIndex &index)
    {
        QListView *view = m_pane->messageView();
        view->scrollTo(index);
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.widget = view;
        option.font = view->font();
        option.rect = QRect(QPoint(0, 0), view->visualRect(index).size());
        QImage canvas(option.rect.size(), QImage::Format_ARGB32);
        canvas.fill(Qt::white);
        QPainter painter(&canvas);
        view->itemDelegate()->paint(&painter, option, index);
        return canvas;
    }

    bool m_expectAudio = false;
    MediaFilesFixture m_media;
    Message m_voice;
    Message m_secondVoice;
    Message m_video;
    Conversation m_conversation;
    Mirror m_mirror;
    std::unique_ptr<ThumbnailCache> m_cache;
    std::unique_ptr<ConversationPane> m_pane;
    MediaActions *m_actions = nullptr; // the pane's child
};

QTEST_MAIN(MediaPlaybackTest)
#include "tst_mediaplayback.moc"

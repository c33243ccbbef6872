#pragma once

#include "core/domain/ids.h"

#include <QListView>
#include <QPersistentModelIndex>

class QLabel;
class QTimer;

namespace parley::ui {

class MessageListModel;

// The conversation's messages as bubbles (MessageDelegate), and how the list moves: it starts at
// the newest message; at the top it asks for the mirror's next older page, or, when the mirror
// holds no older one and the hub does, for the hub's (olderHistoryWanted), with a "Loading
// earlier messages…" row over its top meanwhile; rows coming in above leave the message the
// agent reads where it was; a message asked for (a search hit, a quote) is selected once loaded.
class MessageView : public QListView {
    Q_OBJECT
public:
    // While older history is asked of the hub: how often the mirror is asked whether it came,
    // and how long the row waits at most (the sync worker's request times out after 20 s).
    static constexpr int olderWaitTickMs = 1000;
    static constexpr int olderWaitLimitMs = 20000;

    MessageView(MessageListModel *messages, QWidget *parent = nullptr);

    // Scrolls to a message and selects it once its row is loaded (messageShown()).
    void showMessage(Id messageId);

signals:
    void olderHistoryWanted(parley::Id conversationId);
    void messageShown(parley::Id messageId, bool found);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reachedTop();
    void waitForOlderHistory(bool waiting);
    void placeLoadingRow();
    void keepScrollAbove(int first);
    void restoreScroll();

    MessageListModel *m_messages;
    QLabel *m_loadingEarlier = nullptr; // over the top of the list while the hub is asked
    QTimer *m_olderWait = nullptr;      // asks the mirror whether they came, a bounded while
    int m_olderWaitTicks = 0;
    // Older rows coming in above: the row at the top of the view and its place, kept.
    QPersistentModelIndex m_scrollAnchor;
    int m_scrollAnchorTop = 0;
};

} // namespace parley::ui

#pragma once

#include "core/domain/conversation.h"

#include <QDialog>
#include <QSqlDatabase>

class QLineEdit;
class QListWidget;

namespace parley {
class MirrorStore;
}

namespace parley::ui {

// Ctrl+K (R10.2): type part of a name, a number or a message and press Enter to jump to that
// conversation, whatever view is showing. Matches come from the mirror's full-text search, run
// on the store's reader thread: typing never waits for it, the matches of the newest text replace
// the list when they come, and Enter pressed before they came opens the first of them.
class QuickSwitcher : public QDialog {
    Q_OBJECT
public:
    // Without a store, the switcher makes its own over the mirror's file.
    QuickSwitcher(MirrorStore *store, Id me, QWidget *parent = nullptr);
    QuickSwitcher(QSqlDatabase mirror, Id me, QWidget *parent = nullptr);

    void setQuery(const QString &text);
    int matchCount() const;
    // The matches of the text typed last are still being read.
    bool isSearching() const { return m_asked != 0; }

signals:
    void conversationChosen(parley::Id conversationId);
    // The matches of the text typed last are in the list.
    void matchesShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showMatches(const QList<parley::Conversation> &rows);
    // Enter: the current match, or the first of the matches on their way.
    void choose();
    void chooseCurrent();

    MirrorStore *m_store = nullptr;
    Id m_me;
    quint64 m_asked = 0;         // the search on its way
    bool m_chooseWhenIn = false; // Enter came before the matches
    QLineEdit *m_query = nullptr;
    QListWidget *m_matches = nullptr;
};

} // namespace parley::ui

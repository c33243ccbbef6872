#pragma once

#include "core/domain/ids.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QThread>

namespace parley {

// Every draft of this desktop (Drafts: one reply being written per conversation), held in memory
// for the GUI thread and written to the local store on a thread of its own. The composer and the
// conversation list read a draft at once, with no SQL; saving one never waits for the sync
// worker's lock on the local file (the outbox lives there too), and switching conversations shows
// the next one's draft at once, whatever is still being written.
//
// The stored drafts are read on the writer thread when the book is made (loaded()); a draft saved
// before they arrive stays as saved. Writes happen in the order they are asked; the destructor
// (and flush()) waits for those already asked, so a draft saved on quit is on disk.
class DraftBook : public QObject {
    Q_OBJECT
public:
    // `mirrorPath`: the mirror whose local store (localStorePath) the sync worker has created.
    explicit DraftBook(const QString &mirrorPath, QObject *parent = nullptr);
    ~DraftBook() override;
    DraftBook(const DraftBook &) = delete;
    DraftBook &operator=(const DraftBook &) = delete;

    // The stored drafts have arrived (until then text() knows only what was saved here).
    bool isLoaded() const { return m_loaded; }
    // The draft of a conversation, "" when none.
    QString text(Id conversationId) const { return m_texts.value(conversationId); }
    // Keeps `text` as the conversation's draft now and writes it; a blank text removes it.
    void save(Id conversationId, const QString &text);
    // Reads the stored drafts again (written by another program, say): changed() for each that
    // differs, then loaded().
    void reload();
    // Returns once every write asked so far is on disk (or has failed).
    void flush();
    // Writes asked and not yet done.
    int unwritten() const;

signals:
    void changed(parley::Id conversationId);
    void loaded();

private:
    class Writer;
    void set(Id conversationId, const QString &text);
    void storedArrived(const QHash<Id, QString> &stored);
    void written(Id conversationId);

    QThread m_thread;
    Writer *m_writer = nullptr;
    QHash<Id, QString> m_texts;
    // Per conversation, the writes asked and not yet done: what the store holds of it is older
    // than what is here, so a read answered meanwhile does not replace it.
    QHash<Id, int> m_unwritten;
    bool m_loaded = false;
};

} // namespace parley

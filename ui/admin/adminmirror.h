#pragma once

#include "core/mirror/mirrorstore.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <utility>

namespace parley::ui {

// Where an admin page reads the mirror. In the window: the store's reader thread
// (MirrorStore::read), so opening Administration or a batch never runs SQL on the GUI thread
// (issue #11); the answer comes back later. Made over a QSqlDatabase (tests that build a page
// alone): that connection, read at once on the calling thread, the answer given before read()
// returns. Implicit on purpose: a page takes either.
class AdminMirror {
public:
    AdminMirror(MirrorStore *store) : m_store(store), m_onStore(true) {} // NOLINT
    AdminMirror(QSqlDatabase db) : m_db(std::move(db)) {}                // NOLINT

    MirrorStore *store() const { return m_store; }

    // Runs `job` where this mirror is read and gives its result to `done` on the GUI thread,
    // unless `context` is gone by then (or the store is).
    template <typename Result>
    void read(QObject *context, std::function<Result(QSqlDatabase)> job,
              std::function<void(const Result &)> done) const
    {
        if (!m_onStore) {
            done(job(m_db));
            return;
        }
        if (!m_store)
            return;
        m_store->read<Result>(std::move(job),
                              [guard = QPointer<QObject>(context),
                               done = std::move(done)](quint64, const Result &result) {
                                  if (guard)
                                      done(result);
                              });
    }

private:
    QPointer<MirrorStore> m_store;
    QSqlDatabase m_db;
    bool m_onStore = false;
};

// The order between the mirror's copy of what a page shows and the hub's answer for it
// (docs/architecture.md, "the admin pages"): a mirror answer is shown only if it answers the
// page's newest mirror question and no hub answer (a list, a command's reply) was shown since
// that question was asked. A hub answer is always shown. So a late mirror answer never
// replaces the hub's, and a batch's re-read, asked after the hub's answer was shown, does: the
// batch is the hub's news too, and newer.
class AnswerOrder {
public:
    struct Question {
        quint64 asked = 0;
        quint64 hubAnswersBefore = 0;
    };
    Question askMirror() { return {++m_asked, m_hubAnswers}; }
    bool mirrorMayShow(const Question &question) const
    {
        return question.asked == m_asked && question.hubAnswersBefore == m_hubAnswers;
    }
    void hubShown() { ++m_hubAnswers; }

private:
    quint64 m_asked = 0;
    quint64 m_hubAnswers = 0;
};

} // namespace parley::ui

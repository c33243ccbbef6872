#pragma once

#include "core/sync/notificationsapi.h"

#include <QComboBox>
#include <QSqlDatabase>

namespace parley {
class MirrorStore;
}

namespace parley::ui {

// "Notify me about": the agent's notification choice (issue #12), shown as the mirror's copy
// has it and changed on the hub, which keeps it for every desktop of the agent. A refusal puts
// the box back and says why through failed().
class NotifyChoiceBox : public QComboBox {
    Q_OBJECT
public:
    // The stored choice is read on `store`'s reader thread; the box is disabled until it is in.
    NotifyChoiceBox(MirrorStore *store, HubClient *hub, QWidget *parent = nullptr);
    // Makes its own store over the mirror's file (tests).
    NotifyChoiceBox(QSqlDatabase mirror, HubClient *hub, QWidget *parent = nullptr);
    // The stored choice is shown.
    bool isLoaded() const { return m_loaded; }

    NotifyChoice choice() const;
    // For tests: the box's text of each choice.
    static QString textOf(NotifyChoice choice);

signals:
    void failed(const QString &message);

private:
    void showChoice(NotifyChoice choice);
    void chosen();

    MirrorStore *m_store;
    NotificationsApi m_api;
    NotifyChoice m_stored = NotifyChoice::Default;
    bool m_loaded = false;
};

} // namespace parley::ui

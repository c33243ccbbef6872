#pragma once

#include "core/domain/ids.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

class QDateTimeEdit;
class QListWidget;

namespace parley::ui {

// "Snooze notifications from Ana Souza until…": named moments an agent thinks in (in an hour,
// tomorrow at 9:00, next Monday at 9:00) or a date and time of their own. The same moments
// snooze a conversation on the hub (issue #12; Purpose::Conversation): there the conversation
// leaves the open queue for the whole team until then; a notification snooze only quiets this
// desktop (docs/desktop.md "Snoozing").
class SnoozeDialog : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        QString label;
        QDateTime until;
    };
    // The named moments after `now`, in `now`'s time zone.
    static QList<Choice> choicesAfter(const QDateTime &now);

    enum class Purpose { Notifications, Conversation };
    SnoozeDialog(const QString &customer, const QDateTime &now, QWidget *parent = nullptr,
                 Purpose purpose = Purpose::Notifications);

    // The moment chosen (valid once accepted).
    QDateTime until() const;
    // Picks a named choice by row, or -1 for "a date…".
    void choose(int row);

private:
    QList<Choice> m_choices;
    QListWidget *m_list = nullptr;
    QDateTimeEdit *m_date = nullptr;
};

} // namespace parley::ui

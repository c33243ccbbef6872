#pragma once

#include "core/domain/activity.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;

namespace parley::ui {

// Plans a task, meeting, call or appointment (R3.5, R7.3): kind, title and an optional due time
// in the agent's local time.
class ActivityDialog : public QDialog {
    Q_OBJECT
public:
    explicit ActivityDialog(ActivityKind kind, QWidget *parent = nullptr);

    ActivityKind kind() const;
    QString title() const;
    TimestampMs dueAt() const; // UTC milliseconds; 0 when it has none

    static QString kindText(ActivityKind kind);

private:
    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace parley::ui

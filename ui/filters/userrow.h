#pragma once

#include "core/domain/agent.h"
#include "core/filter/conversationfilter.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace parley::ui {

// "<condition> user X, or me" of R3.2. No user is preselected: a filter on the wrong person
// would look plausible, so the builder asks for an explicit choice.
class UserRow : public QWidget {
    Q_OBJECT
public:
    UserRow(const QString &label, const QString &name, const QList<Agent> &agents,
            QWidget *parent = nullptr);

    void setUser(const std::optional<UserRef> &user);
    // Unset when unticked; agent id 0 while no user is chosen, which validate() reports.
    std::optional<UserRef> user() const;
    void setError(const QString &message);

signals:
    void changed();

private:
    QCheckBox *m_enabled;
    QComboBox *m_user;
    QLabel *m_error;
};

} // namespace parley::ui

#pragma once

#include "core/domain/record.h"
#include "core/rules/automationrules.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace parley::ui {

// The field conditions of an automation (all must hold): a field (the module's, or any name
// typed), an operator and a value, added to a list and removed from it.
class AutomationConditions : public QWidget {
    Q_OBJECT
public:
    explicit AutomationConditions(QWidget *parent = nullptr);

    // The fields offered: the module's for record triggers, the conversation's otherwise;
    // `allowChanges` offers "changes to" and "changed" (record updates only).
    void offer(const QStringList &fields, bool allowChanges);
    // Adds a condition as if typed; false when it is incomplete or the list is full.
    bool addCondition(const QString &field, ConditionOp op, const QString &value);
    QList<AutomationCondition> conditions() const { return m_conditions; }
    int count() const { return int(m_conditions.size()); }

    static QString opTitle(ConditionOp op);
    static QString describe(const AutomationCondition &condition);

signals:
    void changed();

private:
    void addTyped();
    void removeCurrent();
    void refresh();

    QComboBox *m_field;
    QComboBox *m_op;
    QLineEdit *m_value;
    QPushButton *m_add;
    QPushButton *m_remove;
    QListWidget *m_list;
    QList<AutomationCondition> m_conditions;
    bool m_allowChanges = false;
};

} // namespace parley::ui

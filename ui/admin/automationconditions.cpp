#include "ui/admin/automationconditions.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace parley::ui {
namespace {

bool comparesAValue(ConditionOp op)
{
    return op == ConditionOp::Equals || op == ConditionOp::NotEquals ||
           op == ConditionOp::Contains || op == ConditionOp::ChangesTo;
}

} // namespace

AutomationConditions::AutomationConditions(QWidget *parent)
    : QWidget(parent), m_field(new QComboBox(this)), m_op(new QComboBox(this)),
      m_value(new QLineEdit(this)), m_add(new QPushButton(tr("Add condition"), this)),
      m_remove(new QPushButton(tr("Remove condition"), this)), m_list(new QListWidget(this))
{
    m_field->setEditable(true);
    m_field->setAccessibleName(tr("Condition field"));
    m_op->setAccessibleName(tr("Condition operator"));
    m_value->setAccessibleName(tr("Condition value"));
    m_value->setPlaceholderText(tr("Value"));
    m_list->setObjectName(QStringLiteral("conditions"));
    m_list->setAccessibleName(tr("Conditions (all must hold)"));
    m_list->setMaximumHeight(90);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 0, 0);
    layout->addWidget(m_op, 0, 1);
    layout->addWidget(m_value, 0, 2);
    layout->addWidget(m_add, 0, 3);
    layout->addWidget(m_list, 1, 0, 1, 3);
    layout->addWidget(m_remove, 1, 3, Qt::AlignTop);
    connect(m_add, &QPushButton::clicked, this, &AutomationConditions::addTyped);
    connect(m_remove, &QPushButton::clicked, this, &AutomationConditions::removeCurrent);
    connect(m_op, &QComboBox::currentIndexChanged, this, [this] {
        m_value->setEnabled(comparesAValue(ConditionOp(m_op->currentData().toInt())));
    });
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    offer({}, false);
}

QString AutomationConditions::opTitle(ConditionOp op)
{
    switch (op) {
    case ConditionOp::Equals:
        return tr("is");
    case ConditionOp::NotEquals:
        return tr("is not");
    case ConditionOp::Contains:
        return tr("contains");
    case ConditionOp::ChangesTo:
        return tr("changes to");
    case ConditionOp::Changed:
        return tr("changed");
    case ConditionOp::IsEmpty:
        return tr("is empty");
    case ConditionOp::IsNotEmpty:
        return tr("is not empty");
    }
    return {};
}

QString AutomationConditions::describe(const AutomationCondition &c)
{
    if (!comparesAValue(c.op))
        return QStringLiteral("%1 %2").arg(c.field, opTitle(c.op));
    return QStringLiteral("%1 %2 “%3”").arg(c.field, opTitle(c.op), c.value);
}

void AutomationConditions::offer(const QStringList &fields, bool allowChanges)
{
    const QString typed = m_field->currentText();
    m_field->clear();
    m_field->addItems(fields);
    if (!typed.isEmpty())
        m_field->setCurrentText(typed);
    m_allowChanges = allowChanges;
    m_op->clear();
    for (ConditionOp op : {ConditionOp::Equals, ConditionOp::NotEquals, ConditionOp::Contains,
                           ConditionOp::ChangesTo, ConditionOp::Changed, ConditionOp::IsEmpty,
                           ConditionOp::IsNotEmpty}) {
        if (allowChanges || (op != ConditionOp::ChangesTo && op != ConditionOp::Changed))
            m_op->addItem(opTitle(op), int(op));
    }
    // Conditions the new trigger cannot use go: the hub would refuse them.
    if (!allowChanges) {
        m_conditions.removeIf([](const AutomationCondition &c) {
            return c.op == ConditionOp::ChangesTo || c.op == ConditionOp::Changed;
        });
    }
    refresh();
}

bool AutomationConditions::addCondition(const QString &field, ConditionOp op, const QString &value)
{
    const AutomationCondition condition{field.trimmed(), op,
                                        comparesAValue(op) ? value.trimmed() : QString()};
    if (condition.field.isEmpty() ||
        (comparesAValue(op) && op != ConditionOp::NotEquals && condition.value.isEmpty()))
        return false;
    if (!m_allowChanges && (op == ConditionOp::ChangesTo || op == ConditionOp::Changed))
        return false;
    if (m_conditions.size() >= maxAutomationConditions)
        return false;
    m_conditions.append(condition);
    refresh();
    return true;
}

void AutomationConditions::addTyped()
{
    if (addCondition(m_field->currentText(), ConditionOp(m_op->currentData().toInt()),
                     m_value->text()))
        m_value->clear();
}

void AutomationConditions::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conditions.size())
        return;
    m_conditions.removeAt(row);
    refresh();
}

void AutomationConditions::refresh()
{
    m_list->clear();
    for (const AutomationCondition &c : std::as_const(m_conditions))
        m_list->addItem(describe(c));
    m_remove->setEnabled(false);
    m_add->setEnabled(m_conditions.size() < maxAutomationConditions);
    emit changed();
}

} // namespace parley::ui

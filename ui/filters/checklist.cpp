#include "ui/filters/checklist.h"

namespace parley::ui {

CheckList::CheckList(QWidget *parent) : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::NoSelection);
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemChanged, this, &CheckList::onItemChanged);
}

void CheckList::addChoice(const QString &label, const QVariant &key)
{
    m_updating = true;
    auto *item = new QListWidgetItem(label, this);
    item->setData(Qt::UserRole, key);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(m_checked.contains(key) ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
}

bool CheckList::hasChoice(const QVariant &key) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(Qt::UserRole) == key)
            return true;
    }
    return false;
}

void CheckList::setChecked(const QVariantList &keys)
{
    m_checked.clear();
    for (const QVariant &key : keys) {
        if (hasChoice(key) && !m_checked.contains(key))
            m_checked.append(key);
    }
    m_updating = true;
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *each = item(row);
        each->setCheckState(m_checked.contains(each->data(Qt::UserRole)) ? Qt::Checked
                                                                         : Qt::Unchecked);
    }
    m_updating = false;
    emit checkedChanged();
}

void CheckList::onItemChanged(QListWidgetItem *changed)
{
    if (m_updating)
        return;
    const QVariant key = changed->data(Qt::UserRole);
    const bool on = changed->checkState() == Qt::Checked;
    if (on == m_checked.contains(key))
        return;
    if (on)
        m_checked.append(key);
    else
        m_checked.removeAll(key);
    emit checkedChanged();
}

} // namespace parley::ui

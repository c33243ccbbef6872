#include "ui/notify/snoozedialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace parley::ui {

QList<SnoozeDialog::Choice> SnoozeDialog::choicesAfter(const QDateTime &now)
{
    const QTime nine(9, 0);
    QDate monday = now.date().addDays(1);
    while (monday.dayOfWeek() != Qt::Monday)
        monday = monday.addDays(1);
    const QLocale locale;
    const QDateTime tomorrow(now.date().addDays(1), nine, now.timeZone());
    const QDateTime nextWeek(monday, nine, now.timeZone());
    return {
        {tr("In 1 hour (%1)").arg(locale.toString(now.addSecs(3600).time(), QLocale::ShortFormat)),
         now.addSecs(3600)},
        {tr("Tomorrow at %1").arg(locale.toString(nine, QLocale::ShortFormat)), tomorrow},
        {tr("Next week (%1)").arg(locale.toString(nextWeek, QLocale::ShortFormat)), nextWeek},
    };
}

SnoozeDialog::SnoozeDialog(const QString &customer, const QDateTime &now, QWidget *parent,
                           Purpose purpose)
    : QDialog(parent), m_choices(choicesAfter(now))
{
    setWindowTitle(tr("Snooze"));
    auto *heading = new QLabel(
        purpose == Purpose::Conversation
            ? tr("Set the selected conversations aside for the whole team; they reopen by "
                 "themselves at:")
            : tr("Remind me about %1's conversation, and hold its notifications until:")
                  .arg(customer),
        this);
    heading->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("snoozeChoices"));
    for (const Choice &choice : std::as_const(m_choices))
        m_list->addItem(choice.label);
    m_list->addItem(tr("On a date…"));
    m_date = new QDateTimeEdit(now.addDays(2), this);
    m_date->setObjectName(QStringLiteral("snoozeDate"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDateTime(now.addSecs(60));
    m_date->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Snooze"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_list);
    layout->addWidget(m_date);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_date->setEnabled(row == m_choices.size()); });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->setCurrentRow(0);
}

void SnoozeDialog::choose(int row)
{
    m_list->setCurrentRow(row < 0 ? int(m_choices.size()) : row);
}

QDateTime SnoozeDialog::until() const
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_choices.size())
        return m_choices.at(row).until;
    return m_date->dateTime();
}

} // namespace parley::ui

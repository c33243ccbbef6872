#include "ui/record/activitydialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace parley::ui {

QString ActivityDialog::kindText(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Task:
        return tr("Task");
    case ActivityKind::Meeting:
        return tr("Meeting");
    case ActivityKind::Call:
        return tr("Call");
    case ActivityKind::Appointment:
        return tr("Appointment");
    }
    return {};
}

ActivityDialog::ActivityDialog(ActivityKind kind, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(tr("New activity"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (ActivityKind each :
         {ActivityKind::Task, ActivityKind::Meeting, ActivityKind::Call, ActivityKind::Appointment})
        m_kind->addItem(kindText(each), int(each));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("What is to be done"));
    m_hasDue = new QCheckBox(tr("Due"), this);
    m_hasDue->setObjectName(QStringLiteral("hasDue"));
    m_due = new QDateTimeEdit(this);
    m_due->setObjectName(QStringLiteral("due"));
    m_due->setCalendarPopup(true);
    // The next full hour: the usual time for a call back.
    const QDateTime now = QDateTime::currentDateTime();
    m_due->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600));
    m_due->setEnabled(false);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("createActivity"));
    m_ok->setText(tr("Create"));
    m_ok->setEnabled(false);
    connect(m_title, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("When"), dueRow);
    form->addRow(buttons);
}

ActivityKind ActivityDialog::kind() const
{
    return ActivityKind(m_kind->currentData().toInt());
}

QString ActivityDialog::title() const
{
    return m_title->text().trimmed();
}

TimestampMs ActivityDialog::dueAt() const
{
    return m_hasDue->isChecked() ? m_due->dateTime().toMSecsSinceEpoch() : 0;
}

} // namespace parley::ui

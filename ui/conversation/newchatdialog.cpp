#include "ui/conversation/newchatdialog.h"

#include "core/rules/channelrules.h"
#include "core/sync/hubclient.h"
#include "ui/main/huberrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QUuid>

namespace parley::ui {

NewChatDialog::NewChatDialog(QSqlDatabase mirror, HubClient *hub, QWidget *parent)
    : QDialog(parent), m_hub(hub)
{
    setWindowTitle(tr("New WhatsApp chat"));
    m_channel = new QComboBox(this);
    m_number = new QLineEdit(this);
    m_number->setPlaceholderText(tr("+55 11 91234-5678"));
    m_name = new QLineEdit(this);
    m_template = new QComboBox(this);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c07b00;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send template"), QDialogButtonBox::AcceptRole);
    auto *form = new QFormLayout(this);
    form->addRow(tr("WhatsApp number"), m_channel);
    form->addRow(tr("Customer's number"), m_number);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Template"), m_template);
    form->addRow(m_problem);
    form->addRow(buttons);

    QSqlQuery q(mirror);
    if (q.exec(QStringLiteral("SELECT id, name FROM channels WHERE status = 'connected'"
                              " ORDER BY name"))) {
        while (q.next())
            m_channel->addItem(q.value(1).toString(), q.value(0).toLongLong());
    }
    if (q.exec(QStringLiteral("SELECT id, name, language FROM templates WHERE status ="
                              " 'APPROVED' ORDER BY name"))) {
        while (q.next())
            m_template->addItem(
                QStringLiteral("%1 · %2").arg(q.value(1).toString(), q.value(2).toString()),
                q.value(0).toLongLong());
    }
    connect(m_number, &QLineEdit::textChanged, this, &NewChatDialog::updateState);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &NewChatDialog::send);
    updateState();
}

int NewChatDialog::templateCount() const
{
    return m_template->count();
}

bool NewChatDialog::canSend() const
{
    return m_send->isEnabled();
}

void NewChatDialog::setNumber(const QString &number)
{
    m_number->setText(number);
}

void NewChatDialog::updateState()
{
    QString problem;
    if (m_channel->count() == 0)
        problem = tr("No connected WhatsApp number.");
    else if (m_template->count() == 0)
        problem = tr("No approved template yet: a chat you start must open with one.");
    else if (!m_number->text().trimmed().isEmpty() && checkDisplayNumber(m_number->text()).size())
        problem = checkDisplayNumber(m_number->text()).first().message();
    m_problem->setText(problem);
    m_send->setEnabled(problem.isEmpty() && !m_number->text().trimmed().isEmpty() && m_hub);
}

void NewChatDialog::send()
{
    m_send->setEnabled(false);
    m_hub->post(
        QStringLiteral("/api/v1/conversations"),
        {{QStringLiteral("channel_id"), m_channel->currentData().toLongLong()},
         {QStringLiteral("customer_number"), m_number->text().trimmed()},
         {QStringLiteral("customer_name"), m_name->text().trimmed()},
         {QStringLiteral("template_id"), m_template->currentData().toLongLong()}},
        [this](const HubClient::Reply &reply) {
            if (!reply.ok()) {
                m_problem->setText(hubErrorText(reply.error.code, reply.error.message));
                m_send->setEnabled(true);
                return;
            }
            emit started(reply.json.value(QStringLiteral("message"))
                             .toObject()
                             .value(QStringLiteral("conversation_id"))
                             .toInteger());
            accept();
        },
        QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8());
}

} // namespace parley::ui

#include "ui/conversation/templatesenddialog.h"

#include "core/rules/mergefields.h"
#include "core/sync/conversationsapi.h"
#include "core/sync/hubclient.h"
#include "core/sync/huberror.h"
#include "ui/admin/templatepreview.h"
#include "ui/conversation/templatevaluesform.h"
#include "ui/theme/tone.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QUuid>
#include <QVBoxLayout>

namespace parley::ui {

TemplateSendDialog::TemplateSendDialog(QSqlDatabase mirror, HubClient *hub,
                                       const Conversation &conversation, QWidget *parent)
    : TemplateSendDialog(readTemplateChoices(mirror, conversation), hub, conversation, parent)
{}

TemplateSendDialog::TemplateSendDialog(const TemplateChoices &choices, HubClient *hub,
                                       const Conversation &conversation, QWidget *parent)
    : QDialog(parent), m_hub(hub), m_conversation(conversation), m_templates(choices.templates),
      m_record(choices.record)
{
    setWindowTitle(tr("Send a template to %1").arg(conversation.customerName));
    m_list = new QListWidget(this);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_values = new TemplateValuesForm(this);
    m_values->setObjectName(QStringLiteral("values"));
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    setTone(m_problems, Tone::Warning);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setEnabled(false);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("What the customer will read:"), this));
    right->addWidget(m_preview, 1);
    right->addWidget(m_values);
    right->addWidget(m_problems);
    top->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    resize(760, 420);

    // Templates of the record's module (R6.5), approved ones only (R6.4).
    for (const MessageTemplate &t : std::as_const(m_templates))
        new QListWidgetItem(QStringLiteral("%1 · %2").arg(t.name, t.language), m_list);
    if (m_templates.isEmpty())
        m_problems->setText(tr("No approved template for %1 yet. An admin creates templates and "
                               "WhatsApp reviews them.")
                                .arg(conversation.recordModule));
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_templates.size())
            m_values->setTemplate(m_templates.at(row)); // its changed() shows the preview
    });
    connect(m_values, &TemplateValuesForm::changed, this, &TemplateSendDialog::templateChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &TemplateSendDialog::send);
    if (!m_templates.isEmpty())
        m_list->setCurrentRow(0);
}

int TemplateSendDialog::templateCount() const
{
    return int(m_templates.size());
}

QString TemplateSendDialog::previewText() const
{
    return m_preview->toPlainText();
}

void TemplateSendDialog::templateChosen()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_templates.size())
        return;
    QList<Record> records;
    if (m_record)
        records.append(*m_record);
    const MessageTemplate &chosen = m_templates.at(row);
    const MergeResult rendered = renderMergeFields(chosen.body, records);
    const TemplateSendValues values = m_values->values();
    m_preview->setHtml(templatePreviewHtml(
        chosen, rendered.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
        values.header));
    QStringList problems;
    for (const RuleError &error : rendered.errors())
        problems.append(error.message());
    // An empty field is not an error yet; Send just stays off until it is filled.
    const RuleErrors valueProblems = m_values->problems();
    for (const RuleError &error : valueProblems) {
        if (!error.code.endsWith(QLatin1String("_missing")))
            problems.append(error.message());
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    // The hub refuses a template with a missing value; say so before it does.
    m_send->setEnabled(rendered.complete() && valueProblems.isEmpty() && m_hub != nullptr);
}

bool TemplateSendDialog::canSend() const
{
    return m_send->isEnabled();
}

void TemplateSendDialog::send()
{
    const int row = m_list->currentRow();
    if (row < 0 || !m_hub)
        return;
    m_send->setEnabled(false);
    ConversationsApi(HubApi(m_hub))
        .sendTemplate(
            m_conversation.id, m_templates.at(row).id,
            QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8(),
            [self = QPointer<TemplateSendDialog>(this)](const HubResult<Done> &sent) {
                if (!self)
                    return;
                if (sent.ok()) {
                    self->accept();
                    return;
                }
                self->m_problems->setText(sent.error().text());
                self->m_send->setEnabled(true);
            },
            m_values->values());
}

} // namespace parley::ui

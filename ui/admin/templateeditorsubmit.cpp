// TemplateEditor's checks and its requests to the hub: the counters and rule problems that decide
// whether Submit is on (revalidate), the submit, and the delete.
#include "core/rules/mergefields.h"
#include "core/rules/templaterules.h"
#include "core/sync/huberror.h"
#include "core/sync/templatesapi.h"
#include "ui/admin/templateeditor.h"
#include "ui/admin/templatepartseditor.h"
#include "ui/admin/templatepreview.h"
#include "ui/admin/templatesamples.h"
#include "ui/texts/mergepreview.h"
#include "ui/theme/tone.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>

namespace parley::ui {
namespace {

void showCount(QLabel *label, const QString &text, bool overLimit)
{
    label->setText(text);
    label->setProperty("overLimit", overLimit);
    setTone(label, overLimit ? Tone::Error : Tone::Normal);
    QFont font = label->font();
    font.setBold(overLimit);
    label->setFont(font);
}

bool isMissing(const RuleError &error)
{
    return error.code.endsWith(QLatin1String("_missing"));
}

} // namespace

void TemplateEditor::revalidate()
{
    const MessageTemplate t = draft();
    const QLocale locale;
    const int length = templateBodyLength(t.body);
    const int fields = int(parseMergeFields(t.body).size());
    showCount(m_characters,
              tr("Characters: %1 / %2")
                  .arg(locale.toString(length), locale.toString(templateBodyMaxLength)),
              length > templateBodyMaxLength);
    showCount(m_fields,
              tr("Merge fields: %1 / %2")
                  .arg(locale.toString(fields), locale.toString(templateMaxMergeFields)),
              fields > templateMaxMergeFields);
    // Only a template that does not count yet needs room among the 200.
    const bool needsRoom = m_loaded.id == 0 || !countsTowardTemplateLimit(m_loaded.status);
    showCount(m_templates,
              tr("Templates: %1 / %2")
                  .arg(locale.toString(m_counted), locale.toString(templatesPerAccountMax)),
              needsRoom && m_counted >= templatesPerAccountMax);

    const MergePreview preview = previewMergeFields(t.body, {templateSampleRecord(t.module)});
    m_preview->setHtml(templatePreviewHtml(t, preview.html));

    const bool locked = isLocked();
    RuleErrors errors;
    if (!locked) {
        MessageTemplate checked = t;
        if (checked.id == 0)
            checked.status = TemplateStatus::Draft;
        errors = checkTemplateSubmission(checked, m_counted);
    }
    QStringList shown;
    for (const RuleError &error : errors) {
        if (!isMissing(error)) // an empty form is not an error yet; Submit just stays off
            shown.append(error.message());
    }
    m_problems->setText(shown.join(QLatin1Char('\n')));
    m_problems->setVisible(!shown.isEmpty());
    m_submit->setEnabled(!locked && !m_submitting && errors.isEmpty() && m_hub);
}

void TemplateEditor::submit()
{
    if (!canSubmit())
        return;
    const MessageTemplate t = draft();
    m_submitting = true;
    m_error->setVisible(false);
    showState();
    // The reply may come after this editor is gone.
    QPointer<TemplateEditor> self(this);
    TemplatesApi(HubApi(m_hub))
        .submit(t, templateExamples(t.body), [self](const HubResult<MessageTemplate> &reply) {
            if (self)
                self->finishSubmit(reply);
        });
}

void TemplateEditor::requestDelete()
{
    if (m_loaded.id == 0 || m_submitting || !m_hub)
        return;
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Delete template"),
                                tr("Delete the template %1 (%2) here and on WhatsApp? Messages "
                                   "already sent stay; it can no longer be sent.")
                                    .arg(m_loaded.name, m_loaded.language),
                                QMessageBox::Cancel, this);
    ask->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton *yes = ask->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("yesDelete"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setDefaultButton(QMessageBox::Cancel);
    connect(ask, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *clicked) {
        if (clicked == yes)
            deleteConfirmed();
    });
    ask->open();
}

void TemplateEditor::deleteConfirmed()
{
    const Id id = m_loaded.id;
    m_submitting = true;
    m_error->setVisible(false);
    showState();
    QPointer<TemplateEditor> self(this);
    TemplatesApi(HubApi(m_hub)).remove(id, [self, id](const HubResult<Done> &reply) {
        if (!self)
            return;
        self->m_submitting = false;
        if (!reply.ok()) {
            self->m_error->setText(reply.error().text());
            self->m_error->setVisible(true);
            self->showState();
            return;
        }
        self->startNew();
        emit self->deleted(id);
    });
}

void TemplateEditor::finishSubmit(const HubResult<MessageTemplate> &reply)
{
    m_submitting = false;
    if (!reply.ok()) {
        m_error->setText(reply.error().text());
        m_error->setVisible(true);
        showState();
        return;
    }
    load(*reply);
    emit submitted(*reply);
}

} // namespace parley::ui

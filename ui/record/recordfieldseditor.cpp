#include "ui/record/recordfieldseditor.h"

#include "core/domain/fieldlabels.h"
#include "core/domain/recordlinks.h"
#include "ui/record/recorderrors.h"
#include "ui/theme/flowrow.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace parley::ui {
namespace {

// Wide enough for a whole phone number with its country code ("+55 31 99123-4567"), so the
// numbers an agent reads off the record are never shown in part.
int fieldMinimumWidth(const QLineEdit &edit)
{
    const QFontMetrics metrics(edit.font());
    return metrics.horizontalAdvance(QStringLiteral("+00 00 00000-00000")) +
           edit.style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, &edit) * 2 + 8;
}

} // namespace

RecordFieldsEditor::RecordFieldsEditor(QWidget *parent) : QWidget(parent)
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels beside their fields, whatever the style: the panel is never narrower than the
    // longest label and a whole phone number (RecordPanel::minimumSizeHint). Wrapping only the
    // long rows (WrapLongRows) pushed the other rows' fields past the group's edge.
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_save = new QPushButton(tr("Save fields"), this);
    m_save->setObjectName(QStringLiteral("saveFields"));
    m_revert = new QPushButton(tr("Undo changes"), this);
    m_revert->setObjectName(QStringLiteral("revertFields"));
    // One under the other when the panel is narrow (Portuguese: "Desfazer alterações").
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(FlowRow::wrap({m_revert, m_save}, this));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QVariantMap changed = changedFields();
        if (!changed.isEmpty())
            emit saveRequested(changed);
    });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_saved.clear();
        for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
            it.value()->setText(m_record.field(it.key()));
        updateButtons();
    });
    updateButtons();
}

void RecordFieldsEditor::setRecord(const Record &record, bool editable)
{
    const bool sameRecord = record.id == m_record.id && record.module == m_record.module;
    QStringList names = moduleFields(record.module);
    for (auto it = record.fields.cbegin(); it != record.fields.cend(); ++it) {
        if (!names.contains(it.key()) && !isLinkField(it.key()))
            names.append(it.key());
    }
    if (!sameRecord || names != m_names || editable != m_editable) {
        // Another record or another set of fields: rebuild, keeping nothing.
        while (m_form->rowCount() > 0)
            m_form->removeRow(0);
        m_editors.clear();
        m_saved.clear();
        m_names = names;
        for (const QString &name : names) {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(QStringLiteral("field:") + name);
            edit->setMinimumWidth(fieldMinimumWidth(*edit));
            edit->setReadOnly(!editable);
            if (!editable)
                edit->setToolTip(viewOnlyReason());
            connect(edit, &QLineEdit::textEdited, this, &RecordFieldsEditor::updateButtons);
            m_form->addRow(fieldLabel(name), edit);
            m_editors.insert(name, edit);
        }
    }
    m_record = record;
    m_editable = editable;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        QLineEdit *edit = it.value();
        const QString stored = record.field(it.key());
        if (m_saved.contains(it.key()) && m_saved.value(it.key()) == stored)
            m_saved.remove(it.key()); // the mirror caught up with the save
        const bool editing = edit->text() != m_record.field(it.key()) && edit->isModified();
        if (!editing && !m_saved.contains(it.key()))
            edit->setText(stored);
    }
    updateButtons();
}

QVariantMap RecordFieldsEditor::changedFields() const
{
    QVariantMap changed;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        const QString stored = m_saved.value(it.key(), m_record.field(it.key()));
        if (text != stored)
            changed.insert(it.key(), text);
    }
    return changed;
}

void RecordFieldsEditor::setSaving(bool saving)
{
    m_saving = saving;
    updateButtons();
}

void RecordFieldsEditor::markSaved()
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (text != m_record.field(it.key()))
            m_saved.insert(it.key(), text);
        it.value()->setModified(false);
    }
    updateButtons();
}

void RecordFieldsEditor::updateButtons()
{
    const bool changed = m_editable && !changedFields().isEmpty();
    m_save->setVisible(m_editable);
    m_revert->setVisible(m_editable);
    m_save->setEnabled(changed && !m_saving);
    m_revert->setEnabled(changed && !m_saving);
}

} // namespace parley::ui

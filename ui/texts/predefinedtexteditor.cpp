#include "ui/texts/predefinedtexteditor.h"

#include "core/rules/mergefields.h"
#include "ui/filters/errorlabel.h"
#include "ui/texts/predefinedtextmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace parley::ui {

PredefinedTextEditor::PredefinedTextEditor(HubClient *hub, QWidget *parent)
    : QDialog(parent), m_texts(HubApi(hub)), m_name(new QLineEdit(this)),
      m_module(new QComboBox(this)), m_body(new QPlainTextEdit(this)),
      m_insertField(new QToolButton(this)), m_fieldMenu(new QMenu(this)),
      m_fieldWarnings(new ErrorLabel(this)), m_status(new QLabel(this)),
      m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("predefinedTextEditor"));
    m_name->setObjectName(QStringLiteral("name"));
    m_module->setObjectName(QStringLiteral("module"));
    m_body->setObjectName(QStringLiteral("body"));
    m_insertField->setObjectName(QStringLiteral("insertField"));
    m_fieldWarnings->setObjectName(QStringLiteral("fieldWarnings"));
    m_status->setObjectName(QStringLiteral("status"));
    m_error->setObjectName(QStringLiteral("error"));

    m_name->setMaxLength(120);
    m_name->setPlaceholderText(tr("For example: Greeting"));
    for (Module module : {Module::Leads, Module::Contacts, Module::Companies, Module::Deals})
        m_module->addItem(moduleTitle(module), int(module));
    m_body->setPlaceholderText(tr("Hi $[Leads.First Name], how can I help?"));
    m_body->setTabChangesFocus(true);
    m_insertField->setText(tr("Insert field"));
    m_insertField->setToolTip(tr("Insert a merge field of the module, filled from the "
                                 "customer's record when the text is used"));
    m_insertField->setPopupMode(QToolButton::InstantPopup);
    m_insertField->setMenu(m_fieldMenu);

    auto *bodyTools = new QHBoxLayout;
    bodyTools->addStretch();
    bodyTools->addWidget(m_insertField);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Module:"), m_module);
    form->addRow(tr("Message:"), m_body);
    form->addRow(QString(), bodyTools);
    form->addRow(QString(), m_fieldWarnings);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &PredefinedTextEditor::save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_status->setVisible(false);

    connect(m_module, &QComboBox::currentIndexChanged, this,
            &PredefinedTextEditor::rebuildFieldMenu);
    connect(m_name, &QLineEdit::textChanged, this, &PredefinedTextEditor::revalidate);
    connect(m_body, &QPlainTextEdit::textChanged, this, &PredefinedTextEditor::revalidate);
    startNew();
}

void PredefinedTextEditor::startNew(Module module)
{
    m_textId = 0;
    setWindowTitle(tr("New predefined text"));
    m_name->clear();
    m_body->clear();
    m_module->setCurrentIndex(m_module->findData(int(module)));
    m_module->setEnabled(true);
    m_module->setToolTip(QString());
    m_error->setVisible(false);
    rebuildFieldMenu();
    revalidate();
}

void PredefinedTextEditor::edit(const PredefinedText &text)
{
    m_textId = text.id;
    setWindowTitle(tr("Edit predefined text"));
    m_name->setText(text.name);
    m_body->setPlainText(text.body);
    m_module->setCurrentIndex(m_module->findData(int(text.module)));
    m_module->setEnabled(false);
    m_module->setToolTip(tr("The module of an existing text cannot change: its merge fields "
                            "depend on it."));
    m_error->setVisible(false);
    rebuildFieldMenu();
    revalidate();
}

QString PredefinedTextEditor::name() const
{
    return m_name->text().trimmed();
}

Module PredefinedTextEditor::module() const
{
    return Module(m_module->currentData().toInt());
}

QString PredefinedTextEditor::body() const
{
    return m_body->toPlainText();
}

QString PredefinedTextEditor::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void PredefinedTextEditor::rebuildFieldMenu()
{
    m_fieldMenu->clear();
    const QString module = moduleName(this->module());
    for (const QString &field : moduleFields(this->module())) {
        QAction *action = m_fieldMenu->addAction(field);
        connect(action, &QAction::triggered, this, [this, module, field] {
            insertField(MergeField{module, field, 0, 0}.written());
        });
    }
    revalidate();
}

void PredefinedTextEditor::insertField(const QString &field)
{
    m_body->insertPlainText(field);
    m_body->setFocus();
}

void PredefinedTextEditor::revalidate()
{
    QStringList warnings;
    for (const MergeField &field : parseMergeFields(body())) {
        const QString line = tr("Unknown field: %1").arg(field.written());
        if (!isKnownMergeField(field.module, field.field) && !warnings.contains(line))
            warnings.append(line);
    }
    m_fieldWarnings->setText(warnings.join(QLatin1Char('\n')));
    m_fieldWarnings->setVisible(!warnings.isEmpty());
    // The hub's predefined_text_incomplete rule, checked before asking it.
    m_save->setEnabled(!m_saving && !name().isEmpty() && !body().trimmed().isEmpty());
}

void PredefinedTextEditor::setSaving(bool saving)
{
    m_saving = saving;
    m_name->setReadOnly(saving);
    m_body->setReadOnly(saving);
    m_insertField->setEnabled(!saving);
    m_module->setEnabled(!saving && !isEditing());
    m_status->setText(saving ? tr("Saving…") : QString());
    m_status->setVisible(saving);
    revalidate();
}

void PredefinedTextEditor::save()
{
    if (m_saving || name().isEmpty() || body().trimmed().isEmpty())
        return;
    m_error->setVisible(false);
    setSaving(true);
    PredefinedText text;
    text.id = isEditing() ? m_textId : 0;
    text.name = name();
    text.module = module();
    text.body = body();
    // The reply may come after this dialog is gone; without a hub it comes at once.
    QPointer<PredefinedTextEditor> self(this);
    m_texts.save(text, [self](const HubResult<PredefinedText> &stored) {
        if (self)
            self->finishSave(stored);
    });
}

void PredefinedTextEditor::finishSave(const HubResult<PredefinedText> &text)
{
    setSaving(false);
    if (text.ok()) {
        m_textId = text->id;
        emit saved(*text);
        if (isVisible())
            accept();
        return;
    }
    m_error->setText(text.error().text());
    m_error->setVisible(true);
}

} // namespace parley::ui

#include "ui/records/newrecorddialog.h"

#include "core/domain/fieldlabels.h"
#include "ui/record/quickactions.h"
#include "ui/theme/tone.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

namespace parley::ui {

NewRecordDialog::NewRecordDialog(Module module, QuickActions *actions, QWidget *parent)
    : QDialog(parent), m_module(module), m_actions(actions)
{
    setObjectName(QStringLiteral("newRecordDialog"));
    setWindowTitle(module == Module::Contacts ? tr("New contact") : tr("New lead"));
    auto *form = new QFormLayout(this);
    for (const QString &field : moduleFields(module)) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("field:") + field);
        form->addRow(fieldLabel(field), edit);
        m_editors.insert(field, edit);
        connect(edit, &QLineEdit::textChanged, this, &NewRecordDialog::updateState);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    setTone(m_problem, Tone::Warning);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(this);
    m_create =
        buttons->addButton(module == Module::Contacts ? tr("Create contact") : tr("Create lead"),
                           QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createRecord"));
    m_create->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(false);
    form->addRow(buttons);
    connect(m_create, &QPushButton::clicked, this, &NewRecordDialog::create);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    updateState();
}

bool NewRecordDialog::canCreate() const
{
    return m_create->isEnabled();
}

QString NewRecordDialog::problemText() const
{
    return m_problem->text();
}

void NewRecordDialog::updateState()
{
    bool anyValue = false;
    for (const QLineEdit *edit : std::as_const(m_editors))
        anyValue = anyValue || !edit->text().trimmed().isEmpty();
    QString problem;
    if (!m_actions->canChange())
        problem = tr("View-only agents cannot create records.");
    else if (!anyValue)
        problem = tr("Fill in at least one field.");
    if (!m_creating)
        m_problem->setText(problem);
    m_create->setEnabled(problem.isEmpty() && !m_creating);
}

void NewRecordDialog::create()
{
    if (!canCreate())
        return;
    QVariantMap fields;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString value = it.value()->text().trimmed();
        if (!value.isEmpty())
            fields.insert(it.key(), value);
    }
    m_creating = true;
    updateState();
    m_actions->createRecord(
        m_module, fields,
        [self = QPointer<NewRecordDialog>(this)](const HubResult<Record> &result) {
            if (!self)
                return;
            self->m_creating = false;
            if (!result.ok()) {
                self->updateState();
                self->m_problem->setText(result.error().text());
                return;
            }
            emit self->created(result->id);
            self->accept();
        });
}

} // namespace parley::ui

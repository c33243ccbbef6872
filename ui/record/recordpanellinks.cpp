// RecordPanel: the dialogs that create deals and link a company (R3.5, R9.3), which write the
// link fields of core/domain/recordlinks.h.
#include "core/domain/recordlinks.h"
#include "core/mirror/mirrorstore.h"
#include "core/mirror/recordreads.h"
#include "ui/record/quickactions.h"
#include "ui/record/recordpanel.h"
#include "ui/record/recordtitle.h"

#include <QInputDialog>
#include <QPointer>

namespace parley::ui {

QInputDialog *RecordPanel::newDeal()
{
    if (m_record.id == 0 || !m_editable)
        return nullptr;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("dealDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New deal"));
    dialog->setLabelText(tr("Deal name"));
    QVariantMap fields{{linkField(m_record.module), QString::number(m_record.id)}};
    if (m_companyId)
        fields.insert(linkField(Module::Companies), QString::number(m_companyId));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, fields](const QString &name) {
        if (name.trimmed().isEmpty())
            return;
        QVariantMap deal = fields;
        deal.insert(QStringLiteral("Deal Name"), name.trimmed());
        m_actions->createRecord(Module::Deals, deal);
    });
    dialog->open();
    return dialog;
}

void RecordPanel::linkCompany()
{
    if (m_record.id == 0 || !m_editable)
        return;
    const Id recordId = m_record.id;
    m_companyAsked = m_store->read<QList<Record>>(
        [](QSqlDatabase db) { return RecordReads(db).recordsOf(Module::Companies); },
        [this, self = QPointer<RecordPanel>(this), recordId](quint64 asked,
                                                             const QList<Record> &all) {
            // Dropped when asked again, or when the panel has moved on to another record.
            if (self && asked == m_companyAsked && recordId == m_record.id)
                openCompanyPicker(all);
        });
}

void RecordPanel::openCompanyPicker(const QList<Record> &all)
{
    m_companyAsked = 0;
    QHash<QString, Id> companies;
    QStringList names;
    for (const Record &company : all) {
        const QString name = recordTitle(company);
        if (!name.isEmpty() && !companies.contains(name.toCaseFolded())) {
            companies.insert(name.toCaseFolded(), company.id);
            names.append(name);
        }
    }
    names.sort(Qt::CaseInsensitive);
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("companyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Link company"));
    dialog->setLabelText(tr("Choose a company, or type a new company's name"));
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(true);
    const Id recordId = m_record.id;
    connect(
        dialog, &QInputDialog::textValueSelected, this,
        [this, companies, recordId](const QString &typed) {
            const QString name = typed.trimmed();
            if (name.isEmpty())
                return;
            const QString field = linkField(Module::Companies);
            if (const Id known = companies.value(name.toCaseFolded())) {
                m_actions->updateRecord(recordId, {{field, QString::number(known)}});
                return;
            }
            m_actions->createRecord(
                Module::Companies, {{QStringLiteral("Company Name"), name}},
                [this, recordId, field](const HubResult<Record> &created) {
                    if (created.ok() && created->id > 0)
                        m_actions->updateRecord(recordId, {{field, QString::number(created->id)}});
                });
        });
    dialog->open();
}

} // namespace parley::ui

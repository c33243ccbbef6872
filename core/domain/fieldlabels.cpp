#include "core/domain/fieldlabels.h"

#include <QCoreApplication>

namespace parley {
namespace {

// Every field of moduleFields(), for lupdate; a custom field has no entry and shows as named.
[[maybe_unused]] const char *const standardFields[] = {
    QT_TRANSLATE_NOOP("RecordField", "First Name"),
    QT_TRANSLATE_NOOP("RecordField", "Last Name"),
    QT_TRANSLATE_NOOP("RecordField", "Full Name"),
    QT_TRANSLATE_NOOP("RecordField", "Company"),
    QT_TRANSLATE_NOOP("RecordField", "Email"),
    QT_TRANSLATE_NOOP("RecordField", "Phone"),
    QT_TRANSLATE_NOOP("RecordField", "Mobile"),
    QT_TRANSLATE_NOOP("RecordField", "Lead Source"),
    QT_TRANSLATE_NOOP("RecordField", "Lead Status"),
    QT_TRANSLATE_NOOP("RecordField", "City"),
    QT_TRANSLATE_NOOP("RecordField", "Country"),
    QT_TRANSLATE_NOOP("RecordField", "Account Name"),
    QT_TRANSLATE_NOOP("RecordField", "Title"),
    QT_TRANSLATE_NOOP("RecordField", "Mailing City"),
    QT_TRANSLATE_NOOP("RecordField", "Mailing Country"),
    QT_TRANSLATE_NOOP("RecordField", "Company Name"),
    QT_TRANSLATE_NOOP("RecordField", "Website"),
    QT_TRANSLATE_NOOP("RecordField", "Industry"),
    QT_TRANSLATE_NOOP("RecordField", "Employees"),
    QT_TRANSLATE_NOOP("RecordField", "Deal Name"),
    QT_TRANSLATE_NOOP("RecordField", "Amount"),
    QT_TRANSLATE_NOOP("RecordField", "Stage"),
    QT_TRANSLATE_NOOP("RecordField", "Closing Date"),
    QT_TRANSLATE_NOOP("RecordField", "Pipeline"),
    QT_TRANSLATE_NOOP("RecordField", "Contact Name"),
};

} // namespace

QString fieldLabel(const QString &field)
{
    return QCoreApplication::translate("RecordField", field.toUtf8().constData());
}

} // namespace parley

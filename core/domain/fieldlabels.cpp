#include "core/domain/fieldlabels.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

QString numberedFieldName(const QString &field, int number)
{
    return QStringLiteral("%1 (%2)").arg(field, QString::number(number));
}

QString fieldLabel(const QString &field)
{
    // numberedFieldName()'s shape; the number has no leading zero and is at least 2.
    static const QRegularExpression numbered(QStringLiteral("^(.+) \\(([2-9]|[1-9][0-9]+)\\)$"));
    if (const QRegularExpressionMatch match = numbered.match(field); match.hasMatch())
        return QCoreApplication::translate("RecordField", "%1 (%2)",
                                           "a field a merge kept twice: its name, its number")
            .arg(fieldLabel(match.captured(1)), match.captured(2));
    return QCoreApplication::translate("RecordField", field.toUtf8().constData());
}

} // namespace parley

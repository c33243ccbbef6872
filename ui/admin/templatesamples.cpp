#include "ui/admin/templatesamples.h"

#include "core/rules/mergefields.h"
#include "core/rules/templateexamples.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace parley::ui {
namespace {

// The translation context of the sample values (a free function has no tr() of its own).
struct Sample {
    Q_DECLARE_TR_FUNCTIONS(TemplateSample)
};

QString sampleValue(const QString &field)
{
    const QLocale locale;
    if (field == QLatin1String("First Name"))
        return Sample::tr("Ana");
    if (field == QLatin1String("Last Name"))
        return Sample::tr("Silva");
    if (field == QLatin1String("Full Name") || field == QLatin1String("Contact Name"))
        return Sample::tr("Ana Silva");
    if (field == QLatin1String("Company") || field == QLatin1String("Account Name") ||
        field == QLatin1String("Company Name"))
        return Sample::tr("Acme Trading");
    if (field == QLatin1String("Email"))
        return QStringLiteral("ana@example.com");
    if (field == QLatin1String("Phone") || field == QLatin1String("Mobile"))
        return QStringLiteral("+55 11 91234-5678");
    if (field == QLatin1String("Website"))
        return QStringLiteral("www.example.com");
    if (field.endsWith(QLatin1String("City")))
        return Sample::tr("São Paulo");
    if (field.endsWith(QLatin1String("Country")))
        return Sample::tr("Brazil");
    if (field == QLatin1String("Lead Source"))
        return Sample::tr("Website");
    if (field == QLatin1String("Lead Status"))
        return Sample::tr("Contacted");
    if (field == QLatin1String("Title"))
        return Sample::tr("Purchasing manager");
    if (field == QLatin1String("Industry"))
        return Sample::tr("Retail");
    if (field == QLatin1String("Employees"))
        return locale.toString(120);
    if (field == QLatin1String("Deal Name"))
        return Sample::tr("Spring order");
    if (field == QLatin1String("Amount"))
        return locale.toCurrencyString(1250.0);
    if (field == QLatin1String("Stage"))
        return Sample::tr("Negotiation");
    if (field == QLatin1String("Closing Date"))
        return locale.toString(QDate::currentDate().addDays(14), QLocale::ShortFormat);
    if (field == QLatin1String("Pipeline"))
        return Sample::tr("Standard");
    return templateExampleValue(field); // a field added later: core's sample, not its name
}

} // namespace

Record templateSampleRecord(Module module)
{
    Record record;
    record.module = module;
    for (const QString &field : moduleFields(module))
        record.fields.insert(field, sampleValue(field));
    return record;
}

QStringList templateExamples(const QString &body)
{
    QStringList examples;
    for (const QString &parameter : toMetaTemplateBody(body).parameters)
        examples.append(sampleValue(parameter.section(QLatin1Char('.'), 1)));
    return examples;
}

} // namespace parley::ui

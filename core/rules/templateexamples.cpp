#include "core/rules/templateexamples.h"

#include "core/rules/templaterules.h"

namespace parley {

QString templateExampleValue(const QString &field)
{
    struct Sample {
        const char *field;
        const char *value;
    };
    // The same people and company as the desktop's preview (ui/admin/templatesamples.cpp).
    static const Sample samples[] = {
        {"First Name", "Ana"},
        {"Last Name", "Silva"},
        {"Full Name", "Ana Silva"},
        {"Contact Name", "Ana Silva"},
        {"Company", "Acme Trading"},
        {"Account Name", "Acme Trading"},
        {"Company Name", "Acme Trading"},
        {"Email", "ana@example.com"},
        {"Phone", "+55 11 91234-5678"},
        {"Mobile", "+55 11 91234-5678"},
        {"Website", "www.example.com"},
        {"Lead Source", "Website"},
        {"Lead Status", "Contacted"},
        {"Title", "Purchasing manager"},
        {"Industry", "Retail"},
        {"Employees", "120"},
        {"Deal Name", "Spring order"},
        {"Amount", "$1,250.00"},
        {"Stage", "Negotiation"},
        {"Closing Date", "12/19/2026"},
        {"Pipeline", "Standard"},
    };
    for (const Sample &sample : samples) {
        if (field == QLatin1String(sample.field))
            return QString::fromUtf8(sample.value);
    }
    if (field.endsWith(QLatin1String("City")))
        return QStringLiteral("São Paulo");
    if (field.endsWith(QLatin1String("Country")))
        return QStringLiteral("Brazil");
    if (field.endsWith(QLatin1String("Street")))
        return QStringLiteral("Rua Augusta 1500");
    if (field.endsWith(QLatin1String("Code")))
        return QStringLiteral("01304-001");
    return QStringLiteral("Sample"); // a field added later still gets a value, never its name
}

QStringList templateExampleValues(const QStringList &parameters)
{
    QStringList values;
    for (const QString &parameter : parameters)
        values.append(templateExampleValue(parameter.section(QLatin1Char('.'), 1)));
    return values;
}

bool checkTemplateExamples(const QStringList &examples, int variables, QString *problem)
{
    if (examples.size() != variables) {
        *problem = QStringLiteral("Give one example per field: the body has %1, the request %2.")
                       .arg(variables)
                       .arg(examples.size());
        return false;
    }
    for (const QString &example : examples) {
        if (example.trimmed().isEmpty()) {
            *problem = QStringLiteral("An example may not be blank.");
            return false;
        }
        if (codePointCount(example) > maxTemplateExampleLength) {
            *problem = QStringLiteral("An example may have at most %1 characters.")
                           .arg(maxTemplateExampleLength);
            return false;
        }
    }
    return true;
}

} // namespace parley
